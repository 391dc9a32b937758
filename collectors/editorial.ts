// Whether the page is an article that writes about products rather than a page of a site that sells:
// prices and payment brands in a news story or an editorial test are not the site's own offer.
import { EDITORIAL_TYPES } from '../cues/commerce';
import { hasCart } from './commerce';
import { jsonLdTypes, type PageIndex } from './page-index';

/** The page's own type is an article or review (a review nested in a product does not count). */
export function isArticle(index: PageIndex): boolean {
  const ogType = index.doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(ogType.trim())) return true;
  const topLevel = index.jsonLd.flatMap((node) => {
    const graph = node && typeof node === 'object' ? (node as Record<string, unknown>)['@graph'] : undefined;
    return Array.isArray(graph) ? graph : [node];
  });
  return topLevel.some((node) => node !== null && typeof node === 'object' && jsonLdTypes(node as Record<string, unknown>).some((t) => (EDITORIAL_TYPES as readonly string[]).includes(t)));
}

/** An article on a site that shows no cart: it may name prices and payment brands of others. */
export function isEditorialOnly(index: PageIndex): boolean {
  return isArticle(index) && !hasCart(index);
}
