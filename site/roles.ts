// Which asset's link judgement leads to each key page: the collectors already decide which links
// lead to the FAQ, the delivery terms or the contact page, so the site audit follows those links
// instead of keeping a second list of words.
import { FAQ } from '../cues/faq';
import { cueMatcher, type CueMatcher } from '../cues/match';
import { COMPANY_LINK, COOKIE_POLICY, PRIVACY, TERMS } from '../cues/trust';
import type { AssetId } from '../engine/assets';
import type { PageRole } from '../engine/site';

export const ROLE_SOURCES: readonly { role: Exclude<PageRole, 'start'>; asset: AssetId }[] = [
  { role: 'contact', asset: 'contact.form' },
  { role: 'faq', asset: 'faq' },
  { role: 'pricing', asset: 'offer.pricing' },
  { role: 'delivery', asset: 'commerce.delivery' },
  { role: 'returns', asset: 'commerce.returns' },
  { role: 'terms', asset: 'trust.terms' },
  { role: 'privacy', asset: 'trust.privacy' },
  { role: 'company', asset: 'trust.company' },
  { role: 'cart', asset: 'commerce.cart' },
  // A second page behind the prices: the product or service a price on the start page belongs to.
  { role: 'product', asset: 'offer.pricing' },
  { role: 'blog', asset: 'content.blog' },
];

// A key page's title and h1 say what the page is, whatever the link to it said ("Lue lisää" →
// "Tietosuojaseloste | Yritys Oy"). The same cue lists the collectors use, read as labels: a title
// part that is a short label naming the asset, not a word somewhere in an article's headline. (A page
// titled "Contact" is no proof of a form on it, so contact is not among them.)
const TITLE_CUES: readonly { asset: AssetId; words: CueMatcher }[] = [
  { asset: 'trust.privacy', words: cueMatcher(PRIVACY, COOKIE_POLICY) },
  { asset: 'trust.terms', words: cueMatcher(TERMS) },
  { asset: 'trust.company', words: cueMatcher(COMPANY_LINK) },
  { asset: 'faq', words: cueMatcher(FAQ) },
];

/** Longest title part still read as the name of a page. */
const MAX_TITLE_PART = 60;

/** The assets a page's title or h1 names as what the page is, with the words that said so. */
export function rolesNamedByPage(page: { title: string; h1: readonly string[] }): { asset: AssetId; text: string }[] {
  const parts = [page.title, ...page.h1]
    .flatMap((text) => text.split(/\s[|–—·:-]\s|\s[|–—·]|[|–—·]\s/))
    .map((part) => part.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0 && part.length <= MAX_TITLE_PART);
  const named: { asset: AssetId; text: string }[] = [];
  for (const { asset, words } of TITLE_CUES) {
    const part = parts.find((p) => {
      const hit = words.find(p);
      // The cue must be most of the part: "Tietosuojaseloste", "Privacy policy of Example", not "Our privacy promise to you and the planet".
      return hit !== null && hit.length * 2 >= p.length;
    });
    if (part) named.push({ asset, text: part });
  }
  return named;
}
