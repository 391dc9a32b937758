// Contact details on a page that belong to someone else: the contact person of a job advertisement (a job board, a
// news site's job column, a staffing firm's listing), the other party of a listing on a portal (an estate agent,
// a car dealer, a marketplace seller), a product's manufacturer, a press release's issuer. The words just before
// them say so. The site's own contact stays where it is, in its frame, or names the site.
import { JOB_AD, OTHER_PARTY } from '../../cues/contact';
import { cueMatcher } from '../../cues/match';
import { brandKeys } from '../loyalty-names';
import type { PageIndex } from '../page-index';

const jobAd = cueMatcher(JOB_AD);
const otherParty = cueMatcher(OTHER_PARTY);
/** How far before the number or address the ad's words are looked for: the sentence and the one before it. */
const WINDOW = 500;
/** A listing's party is named closer: its card holds the role, the name and the details. */
const PARTY_WINDOW = 300;
/** How far after the details the party's name may stand ("0480-66066 · AB Lennart Mäklare"). */
const NAME_AFTER = 120;

export function inJobAd(text: string, at: number): boolean {
  return jobAd.test(text.slice(Math.max(0, at - WINDOW), at));
}

const squash = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/** Another party's details: a role word right before, and the site's own name nowhere near (an estate agent's own
 *  site names itself in its card; a portal names the agency, not itself). */
function inListing(text: string, at: number, brands: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - PARTY_WINDOW), at);
  if (!otherParty.test(before)) return false;
  const near = squash(before + text.slice(at, at + NAME_AFTER));
  return !brands.some((brand) => near.includes(brand));
}

/** The site's names as they are written squashed ("Pontuz Löfgren" on pontuzlofgren.se → "pontuzlofgren"). */
function siteBrands(index: PageIndex): string[] {
  const siteName = index.head?.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  return brandKeys(index.base?.hostname ?? '', siteName.slice(0, 100)).map(squash).filter((b) => b.length >= 3);
}

export interface OthersContact {
  /** Whether the details at this offset of the page text are someone else's. */
  at(at: number): boolean;
  /** The same for a tel: or mailto: link, the first LINKS_CHECKED of a page. */
  link(el: Element): boolean;
}

/** How much of a block's text is read to place a link in it. */
const BLOCK_TEXT = 20_000;
/** Links a page asks about: a page of thousands of tel: or mailto: links is a directory, and past these the rest count. */
const LINKS_CHECKED = 30;

/** A judge of a page's contact details, each read against the page text. */
export function othersContact(index: PageIndex): OthersContact {
  const text = index.text;
  let brands: string[] | undefined;
  const at = (offset: number, inText = text) => inJobAd(inText, offset) || inListing(inText, offset, (brands ??= siteBrands(index)));
  // A link's words are placed where they stand in the page text (an ad's paragraphs are often separate blocks),
  // else in the text before it in the largest small block around it.
  const link = (el: Element): boolean => {
    if (el.closest('footer, header, nav, [role="contentinfo"], address')) return false;
    const own = (el.textContent ?? '').trim();
    if (own.length >= 6) {
      let seen = 0;
      for (let pos = text.indexOf(own); pos !== -1 && seen < 5; pos = text.indexOf(own, pos + own.length), seen++) {
        if (!at(pos)) return false;
      }
      if (seen > 0) return true;
    }
    let block: Element | null = el.parentElement;
    for (let node = block?.parentElement ?? null, depth = 0; node && depth < 5 && !/^(?:BODY|HTML|MAIN)$/i.test(node.tagName); depth++, node = node.parentElement) {
      if ((node.textContent ?? '').length > 1500) break;
      block = node;
    }
    if (!block) return false;
    const blockText = (block.textContent ?? '').slice(0, BLOCK_TEXT);
    const pos = blockText.indexOf(own);
    return pos >= 0 && at(pos, blockText);
  };
  let checked = 0;
  return { at, link: (el) => ++checked <= LINKS_CHECKED && link(el) };
}
