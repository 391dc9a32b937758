import { defineRule } from '../engine/rule';
import { a11yEvidence, byRule, elementCount, IMPACT_WEIGHT, NOT_RUN_WEIGHT, worstNames } from './a11y-results';

// Score = P / (P + Σ w(impact of each violated rule) + 4 × rules not run), where P is the number of
// rules that passed and w is 4 critical, 3 serious, 2 moderate, 1 minor. A page is judged relative
// to what was checked on it (a page with 30 passing rules and one serious violation keeps 30/33),
// every violated rule counts once wherever it hurts, and a rule that never ran counts as a critical
// violation, so a partial run can only score lower than the full one would have. Undecided rules
// weigh nothing (a person must look).
export default defineRule({
  meta: {
    id: 'accessibility',
    needs: ['accessibility'],
    title: { en: 'Everyone can use the page (WCAG 2 A and AA)', fi: 'Sivua voi käyttää jokainen (WCAG 2, tasot A ja AA)' },
    failTitle: { en: 'WCAG A/AA violations found', fi: 'Sivulta löytyi WCAG A/AA -virheitä' },
    warn: { title: { en: 'Accessibility check unfinished', fi: 'Saavutettavuustarkistus jäi kesken' }, messages: ['cleanPartial'] },
    fix: {
      en: 'Fix the listed rules, worst first: give images text alternatives, fields labels and text enough contrast; each selector shows where.',
      fi: 'Korjaa luetellut kohdat pahimmasta alkaen: anna kuville tekstivastineet, kentille nimilaput ja tekstille riittävä kontrasti; valitsin näyttää kohdan.',
    },
    messages: {
      clean: { en: 'No WCAG A/AA violations found by axe in {checked} rules that applied.', fi: 'axe ei löytänyt WCAG A/AA -virheitä {checked} sivuun sopivasta säännöstä.' },
      cleanPartial: {
        en: 'No violations in the {checked} rules checked, but {notRun} of {total} rules did not run before time ran out; they count as not met.',
        fi: 'Tarkistetuissa {checked} säännössä ei ollut virheitä, mutta {notRun}/{total} sääntöä jäi ajamatta ajan loputtua; ne lasketaan täyttymättömiksi.',
      },
      violations: {
        en: '{rules} of {checked} WCAG rules violated on {elements} elements; worst: {worst}.',
        fi: '{rules}/{checked} WCAG-sääntöä rikkoutuu {elements} elementissä; pahimmat: {worst}.',
      },
      violationsPartial: {
        en: '{rules} of {checked} WCAG rules violated on {elements} elements; worst: {worst}. {notRun} of {total} rules did not run before time ran out and count as not met.',
        fi: '{rules}/{checked} WCAG-sääntöä rikkoutuu {elements} elementissä; pahimmat: {worst}. {notRun}/{total} sääntöä jäi ajamatta ajan loputtua, ja ne lasketaan täyttymättömiksi.',
      },
      nothingApplied: { en: 'None of the WCAG rules applied to this page.', fi: 'Mikään WCAG-sääntö ei koskenut tätä sivua.' },
    },
  },
  evaluate({ accessibility }) {
    const a11y = accessibility!;
    const rules = byRule(a11y.violations);
    const notRun = a11y.rulesNotRun.length;
    const penalty = rules.reduce((sum, v) => sum + IMPACT_WEIGHT[v.impact], 0) + NOT_RUN_WEIGHT * notRun;
    if (a11y.passes + rules.length + notRun === 0) return { outcome: 'na', message: 'nothingApplied' };
    const score = a11y.passes / (a11y.passes + penalty);
    const data = { checked: a11y.passes + rules.length, notRun, total: a11y.rulesTotal, rules: rules.length, elements: elementCount(rules), worst: worstNames(rules) };
    const evidence = a11yEvidence(a11y.violations);
    if (rules.length > 0) return { outcome: 'fail', message: notRun > 0 ? 'violationsPartial' : 'violations', data, evidence, score };
    if (notRun > 0) return { outcome: 'fail', message: 'cleanPartial', data, score };
    return { outcome: 'pass', message: 'clean', data };
  },
});
