import { cueMatcher } from '../cues/match';
import { REVIEW_WORDS, TESTIMONIAL_HEADING } from '../cues/proof';
import { REVIEW_VENDORS } from '../cues/vendors';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { fold, jsonLdNodes, jsonLdTypes, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';

const testimonialHeading = cueMatcher(TESTIMONIAL_HEADING);
const reviewWord = cueMatcher(REVIEW_WORDS);

// "4,8 / 5", "4.5 out of 5", "★★★★☆", "212 reviews", "(37 arvostelua)"
const RATING = /\b[0-5](?:[.,]\d)?\s*(?:\/|out of|of|av|von|af|sur|\u2044)\s*5\b|[★⭐]{3,}|★{1,5}☆{1,4}/i;
const REVIEW_COUNT = /\b\d[\d\s.,]*\s*(?:reviews?|ratings?|arvostelu[a-z]*|arvio[a-z]*|recensioner|omdömen|bewertungen|rezensionen|anmeldelser|vurderinger|avis)\b/iu;

function detectTestimonials(index: PageIndex): Found {
  const found = new Found();
  for (const heading of index.headings) {
    const text = fold(heading.textContent ?? '');
    if (text.length > 0 && text.length < 80 && testimonialHeading.test(text)) found.add('content', { text, el: heading });
  }
  for (const el of index.doc.querySelectorAll('[class*="testimonial" i], [id*="testimonial" i], [class*="asiakaskokemus" i]')) {
    if ((el.textContent ?? '').trim().length > 40) {
      found.add('content', { text: (el.textContent ?? '').slice(0, 120), el });
      break;
    }
  }
  for (const link of index.links) {
    if (link.text.length < 60 && testimonialHeading.test(link.text)) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
  return found;
}

function detectReviews(index: PageIndex): Found {
  const found = new Found();
  for (const node of jsonLdNodes(index)) {
    const types = jsonLdTypes(node);
    if (types.includes('AggregateRating') || types.includes('Review') || (node['aggregateRating'] && typeof node['aggregateRating'] === 'object')) {
      found.add('content', { text: `JSON-LD ${types.join(', ') || 'aggregateRating'}` });
      break;
    }
  }
  for (const el of index.doc.querySelectorAll('[itemtype*="AggregateRating"], [itemprop="aggregateRating"], [itemprop="ratingValue"], [itemtype*="schema.org/Review"]')) {
    found.add('content', { text: (el.textContent ?? '').slice(0, 120), el });
    break;
  }
  for (const line of index.text.split('\n')) {
    if (line.length > 300) continue;
    if (RATING.test(line) && (reviewWord.test(line) || REVIEW_COUNT.test(line) || /★|⭐/.test(line))) found.add('content', { text: line });
    else if (REVIEW_COUNT.test(line) && line.length < 80) found.add('content', { text: line });
    if (found.found) break;
  }
  for (const el of index.doc.querySelectorAll('[aria-label], [title]')) {
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    if (RATING.test(label) && reviewWord.test(label)) {
      found.add('content', { text: label, el });
      break;
    }
  }
  scanVendors(index, REVIEW_VENDORS, found);
  return found;
}

export const proofCollector: AssetCollector = {
  id: 'proof',
  assets: ['proof.testimonials', 'proof.reviews'],
  collect: (index) => ({
    'proof.testimonials': detectTestimonials(index).result(),
    'proof.reviews': detectReviews(index).result(),
  }),
};
