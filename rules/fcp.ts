import { defineRule } from '../engine/rule';
import { FCP_MS, timingResult } from './vitals-thresholds';

export default defineRule({
  meta: {
    id: 'fcp',
    needs: ['vitals'],
    title: { en: 'Something appears on screen quickly', fi: 'Näytölle ilmestyy jotain nopeasti' },
    failTitle: { en: 'The screen stays blank too long', fi: 'Näyttö pysyy liian kauan tyhjänä' },
    fix: {
      en: 'Inline the critical CSS, defer the other styles and scripts, and preload the main web font so the first text paints at once.',
      fi: 'Sisällytä kriittinen CSS sivuun, lykkää muita tyylejä ja skriptejä ja esilataa pääfontti, jotta ensimmäinen teksti piirtyy heti.',
    },
    messages: {
      good: { en: 'First content appeared in {seconds} s (good: ≤ 1.8 s).', fi: 'Ensimmäinen sisältö näkyi {seconds} s:ssa (hyvä: ≤ 1,8 s).' },
      slow: { en: 'The screen stayed blank for {seconds} s (good: ≤ 1.8 s); a visitor sees nothing happen.', fi: 'Näyttö pysyi tyhjänä {seconds} s (hyvä: ≤ 1,8 s); kävijä ei näe mitään tapahtuvan.' },
      notMeasured: { en: 'First paint could not be measured on this visit (a background tab or a page restored from cache).', fi: 'Ensimmäistä piirtoa ei voitu mitata tällä käynnillä (taustavälilehti tai välimuistista palautettu sivu).' },
    },
  },
  evaluate: ({ vitals }) => timingResult(vitals!.fcp, FCP_MS),
});
