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

/** The same for a tel: or mailto: link, judged by the text of the block it stands in. */
export function linkInJobAd(el: Element): boolean {
  if (el.closest('footer, header, nav, [role="contentinfo"], address')) return false;
  const block = el.closest('p, li, td, dd');
  if (!block) return false;
  const text = block.textContent ?? '';
  const own = el.textContent ?? '';
  const at = text.indexOf(own);
  return inJobAd(text.slice(0, 2000), at >= 0 ? Math.min(at, 2000) : Math.min(text.length, 2000));
}
