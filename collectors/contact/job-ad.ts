// A phone or email in a job advertisement is the ad's contact person's (a job board, a news site's job column, a
// staffing firm's listing): the words just before it say so. The site's own contact stays where it is, in its frame.
import { JOB_AD } from '../../cues/contact';
import { cueMatcher } from '../../cues/match';

const jobAd = cueMatcher(JOB_AD);
/** How far before the number or address the ad's words are looked for: the sentence and the one before it. */
const WINDOW = 250;

export function inJobAd(text: string, at: number): boolean {
  return jobAd.test(text.slice(Math.max(0, at - WINDOW), at));
}

/** The same for a tel: or mailto: link, judged by the text before it in the largest small block around it (a paragraph,
 *  a list item, an ad's box of up to 1,500 characters). */
export function linkInJobAd(el: Element): boolean {
  if (el.closest('footer, header, nav, [role="contentinfo"], address')) return false;
  let block: Element | null = null;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 6 && !/^(?:BODY|HTML|MAIN)$/i.test(node.tagName); depth++, node = node.parentElement) {
    if ((node.textContent ?? '').length > 1500) break;
    block = node;
  }
  if (!block) return false;
  const text = block.textContent ?? '';
  const at = text.indexOf(el.textContent ?? '');
  return inJobAd(text, at >= 0 ? at : text.length);
}
