// Whether the page is an article that writes about products rather than a page of a site that sells:
// prices and payment brands in a news story or an editorial test are not the site's own offer.
import { EDITORIAL_TYPES } from '../cues/commerce';
import { hasCart } from './commerce';
import { jsonLdTypes, type PageIndex } from './page-index';

/** The page's own type is an article or review (a review nested in a product does not count). */
export function isArticle(index: PageIndex): boolean {
  return hasArticleOgType(index) || hasArticleJsonLd(index);
}

function hasArticleOgType(index: PageIndex): boolean {
  const ogType = index.doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return /^article$/i.test(ogType.trim());
}

// WordPress SEO plugins mark every page og:type "article"; a story also carries a publishing date.
const DATED = 'meta[property$="published_time" i], meta[name$="published_time" i], [itemprop="datePublished"], time[datetime], time[pubdate]';

function hasArticleJsonLd(index: PageIndex): boolean {
  const topLevel = index.jsonLd.flatMap((node) => {
    const graph = node && typeof node === 'object' ? (node as Record<string, unknown>)['@graph'] : undefined;
    return Array.isArray(graph) ? graph : [node];
  });
  return topLevel.some((node) => node !== null && typeof node === 'object' && jsonLdTypes(node as Record<string, unknown>).some((t) => (EDITORIAL_TYPES as readonly string[]).includes(t)));
}

/** An article on a site that shows no cart: it may name prices and payment brands of others. A page
 *  marked "article" with no date is a site's own page (a restaurant's lunch page), not a story. */
export function isEditorialOnly(index: PageIndex): boolean {
  let editorial = editorialPages.get(index);
  if (editorial === undefined) {
    const article = hasArticleJsonLd(index) || (hasArticleOgType(index) && index.doc.querySelector(DATED) !== null);
    editorial = article && !hasCart(index);
    editorialPages.set(index, editorial);
  }
  return editorial;
}

/** Pricing, payment and both policies ask; the answer is kept per page. */
const editorialPages = new WeakMap<PageIndex, boolean>();
