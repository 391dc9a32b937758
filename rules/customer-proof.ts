import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'customer-proof',
    needs: ['proof.testimonials', 'proof.reviews'],
    title: { en: 'Customers vouch for the offer', fi: 'Asiakkaat puhuvat tarjonnan puolesta' },
    failTitle: { en: 'No testimonials or reviews found', fi: 'Asiakaskokemuksia tai arvosteluja ei löytynyt' },
    warn: { title: { en: 'Customer proof only behind a link', fi: 'Asiakaskokemukset vain linkin takana' }, messages: ['linkOnly'] },
    fix: {
      en: 'Show two or three short customer testimonials with names, or ratings from a review service, next to the offer.',
      fi: 'Näytä tarjouksen vieressä kaksi tai kolme lyhyttä asiakaskokemusta nimineen tai arvosanat arviointipalvelusta.',
    },
    messages: {
      found: { en: 'Proof found: {kinds}.', fi: 'Näyttöä löytyi: {kinds}.' },
      linkOnly: { en: 'Customer proof is only behind a link; visitors comparing offers rarely follow it.', fi: 'Asiakasnäyttö on vain linkin takana; vertaileva kävijä harvoin seuraa sitä.' },
      none: { en: 'No testimonials, references, case studies or reviews were found.', fi: 'Asiakaskokemuksia, referenssejä, asiakastarinoita tai arvosteluja ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const testimonials = detectionOf(facts, 'proof.testimonials');
    const reviews = detectionOf(facts, 'proof.reviews');
    const evidence = [...testimonials.evidence, ...reviews.evidence].slice(0, 6);
    const shown = [testimonials, reviews].filter((d) => d.present === 'content' || d.present === 'script');
    if (shown.length > 0) {
      const kinds = [testimonials.present !== 'none' ? 'testimonials' : '', reviews.present !== 'none' ? 'reviews' : ''].filter(Boolean).join(' + ');
      return { outcome: 'pass', message: 'found', data: { kinds }, evidence };
    }
    if (testimonials.present === 'link' || reviews.present === 'link') return { outcome: 'fail', message: 'linkOnly', score: 0.5, evidence };
    return { outcome: 'fail', message: 'none' };
  },
});
