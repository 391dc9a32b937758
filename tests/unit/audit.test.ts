import { describe, expect, it } from 'vitest';
import { runAudit } from '../../engine/audit';
import { DEFAULT_CONFIG, type AuditConfig } from '../../engine/config';
import { defineRule, type Rule } from '../../engine/rule';
import { weightedMean } from '../../engine/scoring';
import { RULES } from '../../rules';
import { facts, found } from '../support/rule-tester';
import { ASSET_IDS } from '../../engine/assets';

const text = { en: 'x', fi: 'x' };
const fixed = (id: string, outcome: 'pass' | 'fail' | 'na' | 'review', score?: number): Rule =>
  defineRule({ meta: { id, needs: [], title: text, failTitle: text, fix: text, messages: { m: text } }, evaluate: () => ({ outcome, message: 'm', score }) });

function config(rules: { id: string; weight: number }[]): AuditConfig {
  const empty = { weight: 1, rules: [], assets: [] };
  return { awareness: { ...empty, rules }, consideration: empty, conversion: empty, retention: empty, advocacy: empty, foundation: empty };
}

describe('weightedMean', () => {
  it('ignores parts without a score and weighs the rest', () => {
    expect(weightedMean([{ score: 1, weight: 3 }, { score: 0, weight: 1 }, { score: null, weight: 5 }])).toBe(0.75);
  });
  it('is null when nothing weighs', () => {
    expect(weightedMean([{ score: null, weight: 2 }])).toBeNull();
  });
});

describe('runAudit', () => {
  it('gives not-applicable rules no weight', () => {
    const report = runAudit(facts(), [fixed('a', 'pass'), fixed('b', 'na'), fixed('c', 'fail')], config([{ id: 'a', weight: 1 }, { id: 'b', weight: 10 }, { id: 'c', weight: 1 }]));
    expect(report.stages[0]!.score).toBe(50);
  });

  it('leaves a stage where nothing applies unscored instead of 0 or 100', () => {
    const report = runAudit(facts(), [fixed('b', 'na'), fixed('r', 'review')], config([{ id: 'b', weight: 1 }, { id: 'r', weight: 1 }]));
    expect(report.stages[0]!.score).toBeNull();
    expect(report.stages[1]!.score).toBeNull();
    expect(report.overall).toBeNull();
  });

  it('turns a throwing rule into an error finding and goes on', () => {
    const broken = defineRule({ meta: { id: 'broken', needs: [], title: text, failTitle: text, fix: text, messages: { m: text } }, evaluate: () => { throw new Error('boom'); } });
    const report = runAudit(facts(), [broken, fixed('ok', 'pass')], config([{ id: 'broken', weight: 5 }, { id: 'ok', weight: 1 }]));
    const [error, ok] = report.stages[0]!.findings;
    expect(error).toMatchObject({ outcome: 'error', messageId: 'engine/ruleCrashed', data: { error: 'boom' } });
    expect(ok!.outcome).toBe('pass');
    // The check that could not run counts as not met, and the stage says it is incomplete.
    expect(report.stages[0]!.score).toBe(17);
    expect(report.stages[0]!.unchecked).toEqual(['broken']);
    expect(report.incomplete).toBe(true);
  });

  it('never scores a site higher because a fact slice is missing', () => {
    const strong = facts(Object.fromEntries(ASSET_IDS.map((id) => [id, found('content', ['visa', 'mobilepay', 'klarna'])])));
    for (const base of [facts(), strong]) {
      const full = runAudit(base, RULES);
      expect(full.incomplete).toBe(false);
      for (const slice of [...Object.keys(base.assets), 'page', 'vitals', 'tools', 'accessibility', 'perf', 'mobile', 'forms'] as const) {
        const partial = structuredClone(base) as ReturnType<typeof facts>;
        if (slice === 'page' || slice === 'vitals' || slice === 'tools' || slice === 'accessibility' || slice === 'perf' || slice === 'mobile' || slice === 'forms') delete partial[slice];
        else delete partial.assets[slice as keyof typeof partial.assets];
        const report = runAudit(partial, RULES);
        expect(report.incomplete, slice).toBe(true);
        expect(report.overall ?? 0, slice).toBeLessThanOrEqual(full.overall ?? 0);
        report.stages.forEach((stage, i) => expect(stage.score ?? 0, `${slice} in ${stage.id}`).toBeLessThanOrEqual(full.stages[i]!.score ?? 0));
      }
    }
  });

  it('marks the audit incomplete when the scan stopped early, though every slice came back', () => {
    const f = facts();
    f.scan = { ms: 8000, stoppedBy: 'time', truncated: true, skipped: [], loading: false, timings: [] };
    expect(runAudit(f, RULES).incomplete).toBe(true);
  });

  it('reports missing fact slices instead of guessing', () => {
    const f = facts();
    delete f.assets['faq'];
    const report = runAudit(f, RULES);
    const faq = report.stages.find((s) => s.id === 'consideration')!.findings.find((x) => x.ruleId === 'faq-available')!;
    expect(faq).toMatchObject({ outcome: 'error', messageId: 'engine/missingFacts' });
  });

  it('ranks pain points by weight and gap, with the points each costs its stage and the overall score', () => {
    const report = runAudit(facts(), [fixed('big', 'fail'), fixed('small', 'fail', 0.5), fixed('fine', 'pass')], config([{ id: 'small', weight: 1 }, { id: 'big', weight: 2 }, { id: 'fine', weight: 1 }]));
    // Only this stage is scored, so its loss is the overall loss.
    expect(report.painPoints.map((p) => [p.finding.ruleId, p.cost, p.overallCost])).toEqual([['big', 50, 50], ['small', 13, 12.5]]);
  });

  it('ranks by what fixing each gap would add to the overall score', () => {
    const cfg = config([{ id: 'heavy', weight: 3 }, { id: 'ok', weight: 5 }]);
    cfg.retention = { weight: 1, rules: [{ id: 'light', weight: 1 }], assets: [] };
    const report = runAudit(facts(), [fixed('heavy', 'fail'), fixed('ok', 'pass'), fixed('light', 'fail')], cfg);
    // light: the whole of one of two equal stages (50 overall); heavy: 3/8 of the other (18.75).
    expect(report.painPoints.map((p) => [p.finding.ruleId, p.cost, p.overallCost])).toEqual([['light', 100, 50], ['heavy', 38, 18.75]]);
    // Fixing the top gap raises the overall score by exactly its cost.
    const fixedReport = runAudit(facts(), [fixed('heavy', 'fail'), fixed('ok', 'pass'), fixed('light', 'pass')], cfg);
    expect((fixedReport.overall ?? 0) - (report.overall ?? 0)).toBeCloseTo(50, 0);
  });

  it('a gap in a stage that weighs more in the overall score costs more overall points', () => {
    const cfg = config([{ id: 'a', weight: 1 }, { id: 'a-ok', weight: 1 }]);
    cfg.conversion = { weight: 3, rules: [{ id: 'c', weight: 1 }, { id: 'c-ok', weight: 1 }], assets: [] };
    const report = runAudit(facts(), [fixed('a', 'fail'), fixed('a-ok', 'pass'), fixed('c', 'fail'), fixed('c-ok', 'pass')], cfg);
    expect(report.painPoints.map((p) => [p.finding.ruleId, p.cost, p.overallCost])).toEqual([['c', 50, 37.5], ['a', 50, 12.5]]);
  });

  it('scores a strong page above a weak one in every journey stage the default config covers', () => {
    const weak = runAudit(facts({ 'contact.phone': found() }), RULES);
    const strong = runAudit(
      facts({
        'contact.phone': found('content', [], [{ kind: 'content', text: '040 123 4567', url: 'tel:+358401234567' }]), 'contact.form': found(), 'contact.chat': found('script', ['intercom']), 'proof.testimonials': found(), 'proof.reviews': found(),
        faq: found(), 'trust.privacy': found('link'), 'commerce.cart': found(),
        'retention.newsletter': found(), 'advocacy.share': found('content', ['facebook']), 'social.profiles': found('content', ['instagram']),
        'content.blog': found(), 'measure.adPixels': found('script', ['meta']), 'offer.pricing': found(), 'payment.methods': found('content', ['visa', 'mobilepay', 'paytrail']),
        'contact.email': found('content', [], [{ kind: 'content', text: 'myynti@aurinko.fi' }]), 'trust.terms': found('link'), 'trust.company': found(),
        'commerce.delivery': found(), 'commerce.returns': found(), 'retention.account': found(), 'retention.loyalty': found(), 'advocacy.referral': found(),
        'measure.analytics': found('script', ['ga4']), 'measure.heatmap': found('script', ['clarity']), 'trust.consent': found('script', ['cookiebot']),
      }),
      RULES,
    );
    for (const id of ['consideration', 'conversion', 'retention', 'advocacy'] as const) {
      const score = (r: typeof weak) => r.stages.find((s) => s.id === id)!.score!;
      expect(score(strong), id).toBeGreaterThan(score(weak));
    }
    expect(strong.overall!).toBe(100);
  });

  it('references only rules that exist, and every rule is used', () => {
    const configured = Object.values(DEFAULT_CONFIG).flatMap((s) => s.rules.map((r) => r.id));
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(configured)).toEqual(new Set(ids));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
