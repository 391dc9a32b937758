import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

// Seeds 000 and 003: reviews are how satisfied customers recommend the business to the next one.
export default defineRule({
  meta: {
    id: 'reviews-visible',
    needs: ['proof.reviews'],
    title: { en: 'Customers are invited to rate and review', fi: 'Asiakkaita pyydetään arvioimaan' },
    failTitle: { en: 'No ratings or reviews found', fi: 'Arvosanoja tai arvosteluja ei löytynyt' },
    warn: { title: { en: 'Ratings not shown on the page', fi: 'Arvosanat eivät näy sivulla' }, messages: ['scriptOnly', 'linked'] },
    fix: {
      en: 'Collect ratings after each purchase (e.g. Google reviews or a review service) and show them on the site.',
      fi: 'Kerää arviot jokaisen oston jälkeen (esim. Google-arvostelut tai arviointipalvelu) ja näytä ne sivustolla.',
    },
    messages: {
      shown: { en: 'Ratings or reviews are shown.', fi: 'Arvosanoja tai arvosteluja näytetään.' },
      scriptOnly: { en: 'A review tool is installed ({tools}), but no ratings show in the page itself.', fi: 'Arviointityökalu on asennettu ({tools}), mutta sivulla ei näy arvosanoja.' },
      linked: { en: 'Reviews only behind a link.', fi: 'Arvostelut vain linkin takana.' },
      none: { en: 'No ratings, reviews or review widget were found.', fi: 'Arvosanoja, arvosteluja tai arviointiwidgetiä ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const reviews = detectionOf(facts, 'proof.reviews');
    const evidence = reviews.evidence.slice(0, 3);
    switch (reviews.present) {
      case 'content':
        return { outcome: 'pass', message: 'shown', evidence };
      case 'script':
        // The widget would have rendered by now in a live page: installed, paid for, and silent.
        return { outcome: 'fail', message: 'scriptOnly', data: { tools: reviews.items.join(', ') || '?' }, score: 0.3, evidence };
      case 'link':
        return { outcome: 'fail', message: 'linked', score: 0.4, evidence };
      default:
        return { outcome: 'fail', message: 'none' };
    }
  },
});
