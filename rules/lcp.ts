import { defineRule } from '../engine/rule';
import { LCP_MS, thresholdScore } from './vitals-thresholds';

export default defineRule({
  meta: {
    id: 'lcp',
    needs: ['vitals'],
    title: { en: 'The main content appears quickly', fi: 'Pääsisältö näkyy nopeasti' },
    failTitle: { en: 'The main content appears slowly', fi: 'Pääsisältö näkyy hitaasti' },
    fix: {
      en: 'Compress and size the largest image, serve it early (no lazy-loading above the fold) and cut render-blocking scripts.',
      fi: 'Pakkaa ja mitoita suurin kuva, lataa se heti (ei viivästettyä latausta näkyvällä alueella) ja karsi renderöintiä estäviä skriptejä.',
    },
    messages: {
      good: { en: 'Largest content appeared in {seconds} s (good: ≤ 2.5 s).', fi: 'Suurin sisältö näkyi {seconds} s:ssa (hyvä: ≤ 2,5 s).' },
      slow: { en: 'Largest content took {seconds} s to appear (good: ≤ 2.5 s); visitors leave before it shows.', fi: 'Suurimman sisällön näkymiseen kului {seconds} s (hyvä: ≤ 2,5 s); kävijä lähtee ennen kuin se näkyy.' },
      notMeasured: { en: 'Load speed could not be measured on this visit (the tab was in the background, or restored from cache). Reload the page and scan again.', fi: 'Latausnopeutta ei voitu mitata tällä käynnillä (välilehti oli taustalla tai palautettiin välimuistista). Lataa sivu uudelleen ja skannaa uudestaan.' },
    },
  },
  evaluate({ vitals }) {
    const lcp = vitals!.lcp;
    if (lcp === null) return { outcome: 'na', message: 'notMeasured' };
    const data = { seconds: (lcp / 1000).toFixed(1) };
    const score = thresholdScore(lcp, LCP_MS);
    return score === 1 ? { outcome: 'pass', message: 'good', data } : { outcome: 'fail', message: 'slow', data, score };
  },
});
