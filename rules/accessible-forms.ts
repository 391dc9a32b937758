import type { A11yImpact } from '../engine/accessibility';
import { defineRule } from '../engine/rule';
import { a11yEvidence, elementCount, inStage, worstFirst, worstNames } from './a11y-results';

// A barrier in a contact, booking, checkout or signup form loses the sale for whoever meets it:
// the score follows the worst barrier (critical: the form cannot be used; minor: it is harder).
const SCORE_BY_WORST: Record<A11yImpact, number> = { critical: 0, serious: 0.25, moderate: 0.5, minor: 0.75 };

export default defineRule({
  meta: {
    id: 'accessible-forms',
    needs: ['accessibility'],
    title: { en: 'Contact, booking and checkout forms work for everyone', fi: 'Yhteydenotto-, varaus- ja tilauslomakkeet toimivat kaikille' },
    failTitle: { en: 'Purchase-path forms have accessibility barriers', fi: 'Ostopolun lomakkeissa on saavutettavuusesteitä' },
    warn: { title: { en: 'Form accessibility check unfinished', fi: 'Lomakkeiden saavutettavuustarkistus jäi kesken' }, messages: ['notFinished'] },
    fix: {
      en: 'Give every field a visible label tied to it (<label for>), make buttons and their text contrast at least 4.5:1, and name every button and link.',
      fi: 'Anna jokaiselle kentälle näkyvä, kenttään kytketty nimilappu (<label for>), nosta painikkeiden tekstin kontrasti vähintään 4,5:1:een ja nimeä jokainen painike ja linkki.',
    },
    messages: {
      accessible: { en: 'No accessibility violations in the {forms} purchase-path forms on the page.', fi: 'Sivun {forms} ostopolun lomakkeessa ei ole saavutettavuusvirheitä.' },
      barriers: {
        en: 'Barriers in purchase-path forms (elements: {elements}): {worst}. A visitor using a screen reader or with low vision may not get through.',
        fi: 'Ostopolun lomakkeissa on esteitä (elementtejä: {elements}): {worst}. Ruudunlukijaa käyttävä tai heikkonäköinen kävijä ei välttämättä pääse läpi.',
      },
      barriersPartial: {
        en: 'Barriers in purchase-path forms (elements: {elements}): {worst}. {notRun} rules did not run before time ran out, so there may be more.',
        fi: 'Ostopolun lomakkeissa on esteitä (elementtejä: {elements}): {worst}. {notRun} sääntöä jäi ajamatta ajan loputtua, joten esteitä voi olla enemmän.',
      },
      notFinished: {
        en: 'No violations found in the {forms} purchase-path forms, but {notRun} rules did not run before time ran out; the forms count as not checked.',
        fi: '{forms} ostopolun lomakkeesta ei löytynyt virheitä, mutta {notRun} sääntöä jäi ajamatta ajan loputtua; lomakkeet lasketaan tarkistamattomiksi.',
      },
      noForms: { en: 'No contact, booking, checkout or signup form on this page.', fi: 'Sivulla ei ole yhteydenotto-, varaus-, tilaus- tai rekisteröitymislomaketta.' },
    },
  },
  evaluate({ accessibility }) {
    const a11y = accessibility!;
    const barriers = inStage(a11y, 'conversion').sort(worstFirst);
    const notRun = a11y.rulesNotRun.length;
    const data = { forms: a11y.scope.purchaseForms, elements: elementCount(barriers), worst: worstNames(barriers), notRun };
    // Rules that did not run could have found anything in these forms: a partial run scores as the worst case.
    if (barriers.length > 0) {
      const evidence = a11yEvidence(barriers);
      if (notRun > 0) return { outcome: 'fail', message: 'barriersPartial', data, evidence, score: 0 };
      return { outcome: 'fail', message: 'barriers', data, evidence, score: SCORE_BY_WORST[barriers[0]!.impact] };
    }
    if (a11y.scope.purchaseForms === 0) return { outcome: 'na', message: 'noForms' };
    if (notRun > 0) return { outcome: 'fail', message: 'notFinished', data, score: 0 };
    return { outcome: 'pass', message: 'accessible', data };
  },
});
