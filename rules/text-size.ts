import { defineRule } from '../engine/rule';

/** Share of the text under 12 px: some fine print is normal; past a fifth the page is hard to read. */
const SOME = 0.2;
const MOST = 0.4;

export default defineRule({
  meta: {
    id: 'text-size',
    needs: ['mobile'],
    title: { en: 'The text is large enough to read', fi: 'Teksti on riittävän suurta luettavaksi' },
    failTitle: { en: 'The text is too small to read', fi: 'Teksti on liian pientä luettavaksi' },
    fix: {
      en: 'Set body text to at least 16 px and nothing under 12 px; use rem units so visitors’ own text size settings apply. Start with the elements listed.',
      fi: 'Aseta leipäteksti vähintään 16 px:iin eikä mitään alle 12 px:n; käytä rem-yksiköitä, jotta kävijän omat tekstikokoasetukset toimivat. Aloita luetelluista elementeistä.',
    },
    messages: {
      ok: { en: '{share} % of the text is under 12 px (measured at {width} × {height} CSS px).', fi: '{share} % tekstistä on alle 12 px (mitattu {width} × {height} CSS-pikselissä).' },
      small: { en: '{share} % of the text is set under 12 px, too small to read on a phone without zooming (measured at {width} × {height} CSS px).', fi: '{share} % tekstistä on alle 12 px, liian pientä luettavaksi puhelimella ilman zoomausta (mitattu {width} × {height} CSS-pikselissä).' },
      noText: { en: 'No visible text to measure.', fi: 'Ei mitattavaa näkyvää tekstiä.' },
    },
  },
  evaluate({ mobile }) {
    const m = mobile!;
    if (m.text.chars === 0) return { outcome: 'na', message: 'noText' };
    const share = m.text.smallChars / m.text.chars;
    const data = { share: Math.round(share * 100), width: Math.round(m.viewport.width), height: Math.round(m.viewport.height) };
    if (share < SOME) return { outcome: 'pass', message: 'ok', data };
    const evidence = m.text.selectors.map((selector) => ({ kind: 'content' as const, selector }));
    return { outcome: 'fail', message: 'small', data, evidence, score: share >= MOST ? 0 : 0.5 };
  },
});
