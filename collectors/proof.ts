// proof.testimonials and proof.reviews: what customers and the press say, and how they rate.
import { cueMatcher, entriesByHost } from '../cues/match';
import { EDITORIAL_GRADE, REFERENCE_LINK_LABEL, REVIEW_PROMPT, REVIEW_WORDS, TESTIMONIAL_HEADING, TESTIMONIAL_PATH } from '../cues/proof';
import { REVIEW_PROFILE_LINKS, REVIEW_VENDORS } from '../cues/vendors';
import type { AssetCollector } from './collector';
import { isArticle } from './editorial';
import { Found } from './found';
import { elementText, fold, jsonLdNodes, jsonLdTypes, toUrl, type LinkInfo, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';
import { addSightings } from './vendor-sightings';

const testimonialWords = cueMatcher(TESTIMONIAL_HEADING);
const referenceLabel = new Set<string>(REFERENCE_LINK_LABEL);
const reviewWord = cueMatcher(REVIEW_WORDS);
const reviewPrompt = cueMatcher(REVIEW_PROMPT);
const editorialGrade = cueMatcher(EDITORIAL_GRADE);

// "4,8 / 5", "4.5 out of 5", "★★★★☆", "212 reviews", "(37 arvostelua)"
const RATING = /\b[0-5](?:[.,]\d{1,2})?\s*(?:\/|out of|of|av|von|af|sur|su|\u2044)\s*5\b|\b(?:10|\d)(?:[.,]\d)?\s*(?:\/|out of)\s*10\b|[★⭐]{3,}|★{1,5}☆{1,4}/i;
// Linear: at most 24 digits and separators between the number's start and the word (was "[\d\s.,]*\s*": from
// every digit of "1 1 1 …" it ran to the end and back).
const REVIEW_COUNT =
  /\b\d[\d\s.,]{0,24}(?:reviews?|ratings?|arvostelu[a-z]*|arvio[a-z]*|recensioner|omdömen|bewertungen|rezensionen|anmeldelser|vurderinger|avis|beoordelingen|recensies|reseñas|opiniones|valoraciones|recensioni|valutazioni|avaliações|opiniões|opinii|opinie|recenzji|recenzje|ocen|arvustust?|hinnangut?)(?![\p{L}])/iu;

/** A link to another page of the same site (not a fragment of this one). */
function leadsToOwnPage(link: LinkInfo, index: PageIndex): boolean {
  const url = link.url;
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  const base = index.base;
  if (!base) return true;
  const site = (host: string) => host.replace(/^www\./, '');
  return site(url.hostname) === site(base.hostname) && url.pathname !== base.pathname;
}

/** A quote that names who said it: a <cite>, a caption, or a closing "– Name" line. */
function attributed(quote: Element): boolean {
  if (quote.querySelector('cite, footer, figcaption')) return true;
  const next = quote.nextElementSibling;
  if (next && /^(CITE|FIGCAPTION|FOOTER)$/i.test(next.tagName)) return true;
  const figure = quote.closest('figure');
  if (figure?.querySelector('figcaption')) return true;
  return /(?:^|\n|\s)[–—-]\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?[^\n]{0,60}$/u.test((quote.textContent ?? '').trim());
}

/** Short quotes side by side: three or more, or two that name who said them — a testimonial
 *  carousel or a press-quote strip (not embedded posts). Outside articles one signed quote is
 *  enough: a business page quotes its customers; a news story quotes its sources. */
function quoteStrip(index: PageIndex): Element | null {
  const article = isArticle(index);
  const signedNeeded = article ? 2 : 1;
  const parents = new Map<Element, number>();
  const signed = new Map<Element, number>();
  // Quotes are blockquotes, or elements a theme names "quote" ("testimonial__quote").
  for (const quote of index.query('blockquote, [class~="quote" i], [class$="-quote" i], [class$="__quote" i]')) {
    const cls = (quote.getAttribute('class') ?? '').toLowerCase();
    if (/twitter|instagram|tiktok|facebook|reddit|wp-embedded/.test(cls)) continue;
    const length = (quote.textContent ?? '').trim().length;
    if (length < 20 || length > 600 || !quote.parentElement) continue;
    // Page builders wrap each quote in its own block: the section is what groups them.
    const group = quote.closest('section') ?? quote.parentElement;
    const count = (parents.get(group) ?? 0) + 1;
    parents.set(group, count);
    const named = (signed.get(group) ?? 0) + (attributed(quote) ? 1 : 0);
    signed.set(group, named);
    // A story's pull quotes are its sources' words: there only quotes that name customers count.
    if ((!article && count >= 3) || named >= signedNeeded) return group;
  }
  return null;
}

function detectTestimonials(index: PageIndex): Found {
  const found = new Found();
  for (const heading of index.headings) {
    const text = fold(heading.textContent ?? '');
    if (text.length > 0 && text.length < 80 && testimonialWords.test(text)) found.add('content', { text, el: heading });
  }
  for (const el of index.query('[class*="testimonial" i], [id*="testimonial" i], [class*="asiakaskokemus" i], [class*="kundenstimme" i]')) {
    if ((el.textContent ?? '').trim().length > 40) {
      found.add('content', { text: (el.textContent ?? '').slice(0, 120), el });
      break;
    }
  }
  const strip = quoteStrip(index);
  if (strip) found.add('content', { text: (strip.textContent ?? '').slice(0, 120), el: strip });
  for (const link of index.links) {
    const ownPage = leadsToOwnPage(link, index);
    const byText = link.text.length < 60 && testimonialWords.test(link.text);
    const byLabel = ownPage && referenceLabel.has(link.text.replace(/[^\p{L}\s'’]/gu, '').trim());
    const byPath = ownPage && TESTIMONIAL_PATH.test(link.path);
    if (byText || byLabel || byPath) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
  return found;
}

/** Star widgets marked by class: a rating with a count or a review word beside it. */
function starWidgets(index: PageIndex, found: Found): void {
  let seen = 0;
  for (const el of index.query('[class*="rating" i], [class*="stars" i], [data-rating], [data-score]')) {
    if (++seen > 300) break;
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    // Energy labels, age ratings and film classifications are not customer ratings.
    if (/energy|energie|age-|pegi|fsk|content-rating|credit/.test(cls)) continue;
    const parent = el.parentElement && el.parentElement.children.length <= 20 ? el.parentElement : el;
    const context = fold(parent.textContent ?? '').slice(0, 300);
    const value = el.getAttribute('data-rating') ?? el.getAttribute('data-score') ?? el.getAttribute('aria-valuenow');
    const rated = (value !== null && /^\d(?:[.,]\d+)?$/.test(value.trim())) || /(?:rating|stars?)[-_]?\d/.test(cls) || RATING.test(context) || RATING.test(el.getAttribute('aria-label') ?? '');
    if (rated && (REVIEW_COUNT.test(context) || reviewWord.test(context) || /\(\d+\)/.test(context))) {
      found.add('content', { text: context.slice(0, 120), el });
      return;
    }
  }
}

/** "Write a review", "Be the first to review": an empty reviews widget still is one. */
function reviewPrompts(index: PageIndex, found: Found): void {
  // Links carry their folded text already; headings and buttons are read here. Looked at in
  // place, without copying the lists: most pages have no prompt and every item is read.
  const prompt = (el: Element, text: string): boolean => {
    if (text.length === 0 || text.length > 60 || !reviewPrompt.test(text)) return false;
    found.add('content', { text, el });
    return true;
  };
  for (const link of index.links) if (prompt(link.el, link.text)) return;
  for (const list of [index.headings, index.query('button, [role="button"]')]) {
    for (const el of list) if (prompt(el, fold(elementText(el)))) return;
  }
  // Themes also print the prompt as a plain line ("No reviews yet.", "Be the first to review “Oak table”").
  const line = index.lines.find((l) => l.length <= 120 && reviewPrompt.test(l));
  if (line) found.add('content', { text: line });
}

/** The business's page on a review platform, unless the link is a mention inside an article's prose. */
function reviewProfileLinks(index: PageIndex, found: Found): void {
  for (const link of index.links) {
    const url = link.url;
    if (!url) continue;
    const platform = entriesByHost(REVIEW_PROFILE_LINKS)(url.hostname).find((p) => p.path.test(url.pathname.toLowerCase()));
    if (!platform) continue;
    const paragraph = link.el.closest('p');
    if (paragraph && (paragraph.textContent ?? '').length > 200) continue;
    found.add('link', { text: link.rawText || platform.item, url: url.href, el: link.el }, [platform.item]);
  }
}

/** Review tools whose only trace is a stylesheet. */
function reviewStylesheets(index: PageIndex, found: Found): void {
  for (const sheet of index.query('link[rel~="stylesheet"][href]')) {
    const url = toUrl(sheet.getAttribute('href') ?? '', index.base);
    const vendor = url && entriesByHost(REVIEW_VENDORS)(url.hostname)[0];
    if (vendor) found.add('script', { url: url.href }, [vendor.item]);
  }
}

/** Google Customer Reviews: its badge loads Google's shared platform script with a callback of the badge's name
 *  (…/platform.js?onload=renderBadge) or calls gapi.ratingbadge; the host alone is any Google widget. */
function googleReviewsBadge(index: PageIndex, found: Found): void {
  const loader = index.resourceUrls.find((url) => url.hostname === 'apis.google.com' && /[?&]onload=render(?:Badge|OptIn)\b/.test(url.search));
  if (loader) found.add('script', { url: loader.href }, ['googlecustomerreviews']);
  else if (index.inlineScripts.some((script) => script.includes('gapi.ratingbadge'))) found.add('script', { text: 'gapi.ratingbadge' }, ['googlecustomerreviews']);
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
  for (const el of index.query('[itemtype*="AggregateRating"], [itemprop="aggregateRating"], [itemprop="ratingValue"], [itemtype*="schema.org/Review"]')) {
    found.add('content', { text: (el.textContent ?? '').slice(0, 120), el });
    break;
  }
  for (const line of index.lines) {
    // "Our rating: 4.5/5" is the editor's grade of someone else's product, not the site's reviews.
    if (line.length > 300 || editorialGrade.test(line)) continue;
    if (RATING.test(line) && (reviewWord.test(line) || REVIEW_COUNT.test(line) || /★|⭐/.test(line))) found.add('content', { text: line });
    else if (REVIEW_COUNT.test(line) && line.length < 80) found.add('content', { text: line });
    if (found.found) break;
  }
  for (const el of index.query('[aria-label], [title]')) {
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    if (RATING.test(label) && reviewWord.test(label)) {
      found.add('content', { text: label, el });
      break;
    }
  }
  if (!found.found) starWidgets(index, found);
  if (!found.found) reviewPrompts(index, found);
  reviewProfileLinks(index, found);
  scanVendors(index, REVIEW_VENDORS, found);
  googleReviewsBadge(index, found);
  addSightings(index, 'reviews', found);
  reviewStylesheets(index, found);
  return found;
}

// Two collectors, so that each is its own step of the scan (the page gets its turn in between).
export const testimonialsCollector: AssetCollector = {
  id: 'testimonials',
  assets: ['proof.testimonials'],
  collect: (index) => ({ 'proof.testimonials': detectTestimonials(index).result() }),
};

export const reviewsCollector: AssetCollector = {
  id: 'reviews',
  assets: ['proof.reviews'],
  collect: (index) => ({ 'proof.reviews': detectReviews(index).result() }),
};
