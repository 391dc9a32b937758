// A phone or email in a job advertisement is the ad's contact person's (a job board, a news site's job column, a
// staffing firm's listing): the words just before it say so. The site's own contact stays where it is, in its frame.
import { JOB_AD } from '../../cues/contact';
import { cueMatcher } from '../../cues/match';

const jobAd = cueMatcher(JOB_AD);
/** How far before the number or address the ad's words are looked for: the sentence and the one before it. */
const WINDOW = 500;

export function inJobAd(text: string, at: number): boolean {
  return jobAd.test(text.slice(Math.max(0, at - WINDOW), at));
}

/** How much of a block's text is read to place a link in it. */
const BLOCK_TEXT = 20_000;

/** The same for a tel: or mailto: link: where its words stand in the page text (an ad's paragraphs are often separate
 *  blocks), else the text before it in the largest small block around it. */
function linkInJobAd(el: Element, pageText: string): boolean {
  if (el.closest('footer, header, nav, [role="contentinfo"], address')) return false;
  const own = (el.textContent ?? '').trim();
  if (own.length >= 6) {
    let seen = 0;
    for (let at = pageText.indexOf(own); at !== -1 && seen < 5; at = pageText.indexOf(own, at + own.length), seen++) {
      if (!inJobAd(pageText, at)) return false;
    }
    if (seen > 0) return true;
  }
  let block: Element | null = el.parentElement;
  for (let node = block?.parentElement ?? null, depth = 0; node && depth < 5 && !/^(?:BODY|HTML|MAIN)$/i.test(node.tagName); depth++, node = node.parentElement) {
    if ((node.textContent ?? '').length > 1500) break;
    block = node;
  }
  if (!block) return false;
  const text = (block.textContent ?? '').slice(0, BLOCK_TEXT);
  const at = text.indexOf(own);
  return at >= 0 && inJobAd(text, at);
}

/** Links a page asks about: a page of thousands of tel: or mailto: links is a directory, and past these the rest count. */
const LINKS_CHECKED = 30;

/** A judge of a page's tel: and mailto: links, each read against the page text, the first LINKS_CHECKED of them. */
export function jobAdLinks(pageText: string): (el: Element) => boolean {
  let checked = 0;
  return (el) => ++checked <= LINKS_CHECKED && linkInJobAd(el, pageText);
}
