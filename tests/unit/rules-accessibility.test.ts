// The accessibility rules on hand-built axe results: outcomes, scores, and that a partial run never looks better.
import { describe, expect, it } from 'vitest';
import type { A11yViolation } from '../../engine/accessibility';
import { evaluateRule, runAudit } from '../../engine/audit';
import { RULES } from '../../rules';
import accessibility from '../../rules/accessibility';
import accessibleForms from '../../rules/accessible-forms';
import productImageAlt from '../../rules/product-image-alt';
import { a11yFacts, facts, testRule } from '../support/rule-tester';

const v = (id: string, impact: A11yViolation['impact'], count: number, stage: A11yViolation['stage']): A11yViolation => ({ id, impact, count, stage, selectors: [`#${id}-1`] });
const withA11y = (overrides: Parameters<typeof a11yFacts>[0]) => facts({}, { accessibility: a11yFacts(overrides) });

describe('accessibility (foundation)', () => {
  testRule(accessibility, [
    { name: 'nothing violated', facts: withA11y({ passes: 30 }), outcome: 'pass', message: 'clean', score: 1 },
    // 30 passed, one serious (3): 30 / 33.
    { name: 'one serious violation', facts: withA11y({ passes: 30, violations: [v('color-contrast', 'serious', 5, 'foundation')] }), outcome: 'fail', message: 'violations', score: 30 / 33 },
    // A rule split across stages counts once, at its worst impact: 30 / (30 + 4).
    {
      name: 'a rule split across stages counts once',
      facts: withA11y({ passes: 30, violations: [v('label', 'critical', 2, 'conversion'), v('label', 'serious', 1, 'foundation')] }),
      outcome: 'fail', message: 'violations', score: 30 / 34,
    },
    // Two rules not run count as critical violations: 30 / (30 + 8).
    { name: 'time ran out with nothing found', facts: withA11y({ passes: 30, rulesNotRun: ['color-contrast', 'target-size'], stoppedBy: 'time' }), outcome: 'fail', message: 'cleanPartial', score: 30 / 38 },
    { name: 'nothing applied', facts: withA11y({ passes: 0 }), outcome: 'na', message: 'nothingApplied' },
  ]);

  it('names the worst rules first, with counts, and carries their selectors', () => {
    const finding = evaluateRule(accessibility, withA11y({ violations: [v('region', 'moderate', 9, 'foundation'), v('image-alt', 'critical', 2, 'consideration')] }));
    expect(finding.data).toMatchObject({ rules: 2, elements: 11, worst: 'image-alt ×2, region ×9' });
    expect(finding.evidence.map((e) => e.selector)).toEqual(['#image-alt-1', '#region-1']);
  });
});

describe('accessible-forms (purchase)', () => {
  testRule(accessibleForms, [
    { name: 'no purchase form', facts: withA11y({ violations: [v('label', 'critical', 1, 'foundation')] }), outcome: 'na', message: 'noForms' },
    { name: 'clean forms', facts: withA11y({ scope: { purchaseForms: 2, productImages: 0 } }), outcome: 'pass', message: 'accessible' },
    { name: 'an unlabelled field', facts: withA11y({ scope: { purchaseForms: 1, productImages: 0 }, violations: [v('label', 'critical', 3, 'conversion')] }), outcome: 'fail', message: 'barriers', score: 0 },
    { name: 'a low-contrast button', facts: withA11y({ scope: { purchaseForms: 1, productImages: 0 }, violations: [v('color-contrast', 'serious', 1, 'conversion')] }), outcome: 'fail', message: 'barriers', score: 0.25 },
    {
      name: 'a partial run with a barrier scores as the worst case',
      facts: withA11y({ scope: { purchaseForms: 1, productImages: 0 }, violations: [v('autocomplete-valid', 'minor', 1, 'conversion')], rulesNotRun: ['label'] }),
      outcome: 'fail', message: 'barriersPartial', score: 0,
    },
    { name: 'a partial run with nothing found is not a pass', facts: withA11y({ scope: { purchaseForms: 1, productImages: 0 }, rulesNotRun: ['label'] }), outcome: 'fail', message: 'notFinished', score: 0 },
  ]);
});

describe('product-image-alt (consideration)', () => {
  testRule(productImageAlt, [
    { name: 'no product images', facts: withA11y({ violations: [v('image-alt', 'critical', 1, 'foundation')] }), outcome: 'na', message: 'noProducts' },
    { name: 'all described', facts: withA11y({ scope: { purchaseForms: 0, productImages: 8 } }), outcome: 'pass', message: 'described' },
    { name: 'three of four missing', facts: withA11y({ scope: { purchaseForms: 0, productImages: 4 }, violations: [v('image-alt', 'critical', 3, 'consideration')] }), outcome: 'fail', message: 'missing', score: 0.25 },
    { name: 'other rules not run do not matter', facts: withA11y({ scope: { purchaseForms: 0, productImages: 4 }, rulesNotRun: ['color-contrast'] }), outcome: 'pass', message: 'described' },
    { name: 'the image rule not run', facts: withA11y({ scope: { purchaseForms: 0, productImages: 4 }, rulesNotRun: ['image-alt'] }), outcome: 'fail', message: 'notFinished', score: 0 },
  ]);
});

describe('a missing slice', () => {
  it.each([accessibility, accessibleForms, productImageAlt])('leaves $meta.id unchecked, never passed', (rule) => {
    expect(evaluateRule(rule, facts({}, { accessibility: undefined }))).toMatchObject({ outcome: 'error', messageId: 'engine/missingFacts' });
  });
});

describe('a partial axe run', () => {
  it('never scores any stage higher than the full run it was cut from', () => {
    const full = a11yFacts({ passes: 25, scope: { purchaseForms: 1, productImages: 3 }, violations: [v('label', 'critical', 1, 'conversion'), v('image-alt', 'critical', 1, 'consideration')] });
    // The same page cut short: the rules that found the violations never ran.
    const cut = a11yFacts({ passes: 25, scope: full.scope, rulesNotRun: ['label', 'image-alt'], stoppedBy: 'time' });
    const a = runAudit(facts({}, { accessibility: full }), RULES);
    const b = runAudit(facts({}, { accessibility: cut }), RULES);
    b.stages.forEach((stage, i) => expect(stage.score ?? 0, stage.id).toBeLessThanOrEqual(a.stages[i]!.score ?? 0));
    expect(b.overall!).toBeLessThanOrEqual(a.overall!);
  });
});
