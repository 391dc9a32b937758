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

/** A link inside running prose: a paragraph longer than `chars` ("logging in to some sites", a regulator named in news). */
export function inProse(el: Element, chars = 200): boolean {
  const paragraph = el.closest('p');
  return paragraph !== null && (paragraph.textContent ?? '').length > chars;
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
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT']);
const HEADING_CLASS = /heading|title|(?:^|\s)h[3-6](?:\s|$)/i;

/** h2–h6, strong, b, dt, role="heading", or a class naming a heading or title. By tag and attributes: a selector
 *  match per link and level costs more than the question is worth. */
function isHeadingLike(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading' || HEADING_CLASS.test(el.getAttribute('class') ?? '');
}

/** A heading among the first children ("<div><h3>Help</h3>…</div>"); a block's descendants are not searched, since a
 *  block before a link may hold most of the page. */
function hasHeadingChild(el: Element): boolean {
  let child = el.firstElementChild;
  for (let i = 0; child && i < 5; i++, child = child.nextElementSibling) if (/^H[2-5]$/.test(child.tagName.toUpperCase())) return true;
  return false;
}

/**
 * The heading of the link group a link sits in ("Customer service" over a footer column of links),
 * folded, or '' when there is none. Looks at the previous siblings of the link's ancestors up to a
 * column's depth, and at the first heading-like child of each such ancestor.
 */
export function groupHeading(el: Element): string {
  let node: Element | null = el;
  // The child of `node` on the way up from the link: the first child holds the link exactly when it is this one.
  let below: Element | null = null;
  for (let depth = 0; node && depth < COLUMN_DEPTH; depth++, below = node, node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'FOOTER' || tag === 'MAIN') break;
    // A heading right before this ancestor ("<h3>Asiakaspalvelu</h3><ul>…</ul>").
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 2; steps++, sibling = sibling.previousElementSibling) {
      if (isHeadingLike(sibling) || hasHeadingChild(sibling)) {
        const text = shortText(sibling);
        if (text) return text;
      }
    }
    if (depth > 0) {
      // A column whose first child is its heading ("<div><h4>Help</h4><ul>…</ul></div>").
      const first = node.firstElementChild;
      if (first && first !== below && isHeadingLike(first)) {
        const text = shortText(first);
        if (text) return text;
      }
    }
  }
  return '';
}
