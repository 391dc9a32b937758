import { defineRule } from '../engine/rule';
import { TTFB_MS, timingResult } from './vitals-thresholds';

export default defineRule({
  meta: {
    id: 'ttfb',
    needs: ['vitals'],
    title: { en: 'The server answers quickly', fi: 'Palvelin vastaa nopeasti' },
    failTitle: { en: 'The server answers slowly', fi: 'Palvelin vastaa hitaasti' },
    fix: {
      en: 'Cache the pages on the server or a CDN, cut redirects before the page, and check slow database queries or plugins.',
      fi: 'Välimuistita sivut palvelimella tai CDN:ssä, karsi uudelleenohjaukset ennen sivua ja tarkista hitaat tietokantakyselyt tai lisäosat.',
    },
    messages: {
      good: { en: 'The server answered in {seconds} s (good: ≤ 0.8 s).', fi: 'Palvelin vastasi {seconds} s:ssa (hyvä: ≤ 0,8 s).' },
      slow: { en: 'The server took {seconds} s to answer (good: ≤ 0.8 s); everything else waits on it.', fi: 'Palvelimen vastaukseen kului {seconds} s (hyvä: ≤ 0,8 s); kaikki muu odottaa sitä.' },
      notMeasured: { en: 'Server response time could not be measured on this visit.', fi: 'Palvelimen vasteaikaa ei voitu mitata tällä käynnillä.' },
    },
  },
  evaluate: ({ vitals }) => timingResult(vitals!.ttfb, TTFB_MS),
});
