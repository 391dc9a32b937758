import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'tap-targets',
    needs: ['mobile'],
    title: { en: 'Links and buttons are easy to tap', fi: 'Linkit ja painikkeet on helppo napauttaa' },
    failTitle: { en: 'Links and buttons are too small to tap', fi: 'Linkit ja painikkeet ovat liian pieniä napautettaviksi' },
    fix: {
      en: 'Make each link and button at least 24 × 24 CSS px (44 × 44 is better on phones), or space small ones so a 24 px circle around each touches no other; start with the elements listed.',
      fi: 'Tee jokaisesta linkistä ja painikkeesta vähintään 24 × 24 CSS-pikseliä (puhelimella 44 × 44 on parempi) tai jätä pienten väliin tilaa niin, ettei 24 px:n ympyrä minkään ympärillä kosketa toista; aloita luetelluista elementeistä.',
    },
    messages: {
      ok: { en: 'All {checked} links and buttons checked are big enough or spaced apart (WCAG 2.5.8; measured at {width} × {height} CSS px).', fi: 'Kaikki {checked} tarkistettua linkkiä ja painiketta ovat riittävän suuria tai riittävän erillään (WCAG 2.5.8; mitattu {width} × {height} CSS-pikselissä).' },
      crowded: { en: '{crowded} of {checked} links and buttons are smaller than 24 × 24 px and too close to their neighbours, so a finger hits the wrong one (WCAG 2.5.8; measured at {width} × {height} CSS px).', fi: '{crowded}/{checked} linkkiä ja painiketta on alle 24 × 24 px ja liian lähellä naapuriaan, joten sormi osuu väärään (WCAG 2.5.8; mitattu {width} × {height} CSS-pikselissä).' },
      none: { en: 'No links or buttons to measure.', fi: 'Ei mitattavia linkkejä tai painikkeita.' },
    },
  },
  evaluate({ mobile }) {
    const m = mobile!;
    const t = m.tapTargets;
    const data = { checked: t.checked, crowded: t.crowded, width: Math.round(m.viewport.width), height: Math.round(m.viewport.height) };
    if (t.checked === 0) return { outcome: 'na', message: 'none' };
    if (t.crowded === 0) return { outcome: 'pass', message: 'ok', data };
    const evidence = t.selectors.map((selector) => ({ kind: 'content' as const, selector }));
    // A few cramped icons cost less than a whole cramped menu.
    const score = t.crowded <= 3 ? 0.6 : t.crowded <= 10 ? 0.3 : 0;
    return { outcome: 'fail', message: 'crowded', data, evidence, score };
  },
});
