// Where a link sits says what it is as much as its words do: "Cookies" in the footer is the cookie
// policy, in a bakery's menu a product; "Ohjeet" under a footer column headed "Asiakaspalvelu" is the
// help centre. Both questions walk up a bounded number of ancestors, so a link costs a few steps.
import { fold } from './page-index';

/** The page frame: footer and bottom bars, where policy and help links live. */
export const FOOTER = 'footer, [role="contentinfo"], [class*="footer" i], [id*="footer" i]';
const HEADER = 'header, nav, [role="navigation"], [role="banner"], [class*="header" i], [id*="header" i], [class*="navbar" i], [class*="menu" i]';

export type LinkPlace = 'footer' | 'header' | 'body';

export function linkPlace(el: Element): LinkPlace {
  if (el.closest(FOOTER)) return 'footer';
  if (el.closest(HEADER)) return 'header';
  return 'body';
}

/** A heading's text, folded, when it has at most 50 characters; '' otherwise. Read node by node and given up once
 *  too long or too deep: a "heading" may be a block holding most of the page, and every link asks about it. */
function shortText(el: Element): string {
  let text = '';
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    if (++visited > 200) return '';
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > 200) return '';
    } else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const folded = fold(text);
  return folded.length <= 50 ? folded : '';
}

/** How far up a column's heading is looked for: list item, list, column. */
const COLUMN_DEPTH = 4;
const HEADING = 'h2, h3, h4, h5, h6, [role="heading"], strong, b, dt, .title, .h3, .h4, .h5, .h6, [class*="heading" i], [class*="title" i]';

/**
 * The heading of the link group a link sits in ("Customer service" over a footer column of links),
 * folded, or '' when there is none. Looks at the previous siblings of the link's ancestors up to a
 * column's depth, and at the first heading-like child of each such ancestor.
 */
export function groupHeading(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < COLUMN_DEPTH; depth++, node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'FOOTER' || tag === 'MAIN') break;
    // A heading right before this ancestor ("<h3>Asiakaspalvelu</h3><ul>…</ul>").
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 2; steps++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(HEADING) || sibling.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5')) {
        const text = shortText(sibling);
        if (text) return text;
      }
    }
    if (depth > 0) {
      // A column whose first child is its heading ("<div><h4>Help</h4><ul>…</ul></div>").
      const first = node.firstElementChild;
      if (first && first.matches(HEADING) && !first.contains(el)) {
        const text = shortText(first);
        if (text) return text;
      }
    }
  }
  return '';
}
