import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'share-buttons',
    needs: ['advocacy.share'],
    title: { en: 'Pleased visitors can share the page', fi: 'Tyytyväinen kävijä voi jakaa sivun' },
    failTitle: { en: 'No share buttons found', fi: 'Jakopainikkeita ei löytynyt' },
    fix: {
      en: 'Add share links for the networks your customers use (Facebook, LinkedIn, WhatsApp) to products and articles.',
      fi: 'Lisää tuotteisiin ja artikkeleihin jakolinkit asiakkaidesi käyttämiin palveluihin (Facebook, LinkedIn, WhatsApp).',
    },
    messages: {
      found: { en: 'Share buttons: {networks}.', fi: 'Jakopainikkeet: {networks}.' },
      none: { en: 'No share buttons were found.', fi: 'Jakopainikkeita ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const share = detectionOf(facts, 'advocacy.share');
    if (share.present === 'none') return { outcome: 'fail', message: 'none' };
    return { outcome: 'pass', message: 'found', data: { networks: share.items.join(', ') || share.present }, evidence: share.evidence.slice(0, 3) };
  },
});
