import { defineRule } from '../engine/rule';
import { CLS, thresholdScore } from './vitals-thresholds';

export default defineRule({
  meta: {
    id: 'cls',
    needs: ['vitals'],
    title: { en: 'The layout stays still while loading', fi: 'Asettelu pysyy paikallaan latautuessa' },
    failTitle: { en: 'The layout jumps while loading', fi: 'Asettelu hyppii latautuessa' },
    fix: {
      en: 'Reserve space for images, ads and embeds with width and height, and do not insert banners above content after load.',
      fi: 'Varaa tila kuville, mainoksille ja upotuksille leveydellä ja korkeudella, äläkä lisää bannereita sisällön yläpuolelle latauksen jälkeen.',
    },
    messages: {
      good: { en: 'Layout shift {cls} (good: ≤ 0.1).', fi: 'Asettelun siirtymä {cls} (hyvä: ≤ 0,1).' },
      shifty: { en: 'Layout shift {cls} (good: ≤ 0.1): content jumps under the visitor’s finger.', fi: 'Asettelun siirtymä {cls} (hyvä: ≤ 0,1): sisältö hyppii kävijän sormen alla.' },
      notMeasured: { en: 'Layout stability could not be measured on this visit.', fi: 'Asettelun vakautta ei voitu mitata tällä käynnillä.' },
    },
  },
  evaluate({ vitals }) {
    const cls = vitals!.cls;
    if (cls === null) return { outcome: 'na', message: 'notMeasured' };
    const data = { cls: cls.toFixed(2) };
    const score = thresholdScore(cls, CLS);
    return score === 1 ? { outcome: 'pass', message: 'good', data } : { outcome: 'fail', message: 'shifty', data, score };
  },
});
