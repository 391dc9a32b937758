import { defineRule } from '../engine/rule';
import { INP_MS, timingResult } from './vitals-thresholds';

export default defineRule({
  meta: {
    id: 'inp',
    needs: ['vitals'],
    title: { en: 'The page reacts quickly to taps and clicks', fi: 'Sivu reagoi nopeasti napautuksiin ja klikkauksiin' },
    failTitle: { en: 'The page reacts slowly to taps and clicks', fi: 'Sivu reagoi hitaasti napautuksiin ja klikkauksiin' },
    fix: {
      en: 'Break long scripts into smaller tasks, load third-party widgets after the page, and keep click handlers light.',
      fi: 'Pilko pitkät skriptit pienempiin osiin, lataa kolmansien osapuolten widgetit sivun jälkeen ja pidä klikkauskäsittelijät kevyinä.',
    },
    messages: {
      good: { en: 'The page answered interactions in {ms} ms (good: ≤ 200 ms).', fi: 'Sivu vastasi vuorovaikutukseen {ms} ms:ssa (hyvä: ≤ 200 ms).' },
      slow: { en: 'The page took {ms} ms to answer an interaction (good: ≤ 200 ms); taps feel ignored.', fi: 'Sivulta kului {ms} ms vastata vuorovaikutukseen (hyvä: ≤ 200 ms); napautukset tuntuvat jäävän huomiotta.' },
      notMeasured: { en: 'No click, tap or key press on this page yet, so responsiveness was not measured. That is normal; use the page, then scan again.', fi: 'Sivulla ei ole vielä klikattu, napautettu tai näppäilty, joten reagointia ei mitattu. Se on tavallista; käytä sivua ja skannaa uudelleen.' },
    },
  },
  evaluate: ({ vitals }) => timingResult(vitals!.inp, INP_MS),
});
