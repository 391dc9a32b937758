// The common shape of many assets: a heading on this page that names it (content),
// or a link whose text or path names it (link).
import type { CueMatcher } from '../cues/match';
import type { Found } from './found';
import { fieldLabelOf } from './label-scan';
import { fold, type PageIndex } from './page-index';

export interface CueScan {
  words: CueMatcher;
  /** Matches a link's path (lower-case) that leads to such a page. */
  path?: RegExp;
  /** Longest heading or link text still read as a label rather than prose. */
  maxLabel?: number;
}

export function scanHeadings(index: PageIndex, scan: CueScan, found: Found): void {
  const max = scan.maxLabel ?? 80;
  for (const heading of index.headings) {
    const text = fold(heading.textContent ?? '');
    if (text.length > 0 && text.length <= max && scan.words.test(text)) found.add('content', { text, el: heading });
  }
}

export function scanLinks(index: PageIndex, scan: CueScan, found: Found): void {
  const max = scan.maxLabel ?? 80;
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    const byText = link.text.length <= max && scan.words.test(link.text);
    const byPath = scan.path?.test(link.path) ?? false;
    const byField = !byText && !byPath && scan.words.test(fieldLabelOf(link.el));
    if (byText || byPath || byField) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
}
