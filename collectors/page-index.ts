// One walk over the document that every collector shares: links, scripts, frames, forms,
// images, headings and visible text. Collectors read this index instead of re-walking the DOM.

export interface LinkInfo {
  el: Element;
  href: string;
  url: URL | null;
  /** Link text, aria-label, title and image alts, lower-cased and folded. */
  text: string;
  rawText: string;
}

export interface PageIndex {
  doc: Document;
  base: URL | null;
  links: LinkInfo[];
  /** Absolute URLs of external scripts, iframes and resource timing entries (not preconnect hints: a hint loads nothing). */
  resourceUrls: URL[];
  inlineScripts: string[];
  forms: Element[];
  images: Element[];
  headings: Element[];
  /** Visible text of the body, whitespace-folded. */
  text: string;
  jsonLd: unknown[];
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

const cache = new WeakMap<Document, PageIndex>();

export function indexPage(doc: Document, resourceNames: readonly string[] = []): PageIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const base = servedBase(toUrl(doc.baseURI ?? '', null) ?? toUrl(doc.URL ?? '', null));
  const index: PageIndex = {
    doc,
    base,
    links: [...doc.querySelectorAll('a[href], area[href]')].map((el) => linkInfo(el, base)),
    resourceUrls: [],
    inlineScripts: [],
    forms: [...doc.querySelectorAll('form')],
    images: [...doc.querySelectorAll('img, [role="img"], svg[aria-label]')],
    headings: [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], legend, summary')],
    text: visibleText(doc.body ?? doc.documentElement),
    jsonLd: [],
  };
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) pushUrl(index.resourceUrls, src, base);
    else if ((script.getAttribute('type') ?? '').includes('ld+json')) index.jsonLd.push(...parseJsonLd(script.textContent ?? ''));
    else index.inlineScripts.push((script.textContent ?? '').slice(0, 20_000));
  }
  for (const frame of doc.querySelectorAll('iframe[src]')) pushUrl(index.resourceUrls, frame.getAttribute('src') ?? '', base);
  for (const name of resourceNames.slice(0, 500)) pushUrl(index.resourceUrls, name, base);
  cache.set(doc, index);
  return index;
}

/** A local file is read as if served from localhost, so that its site links ("/tietosuoja")
 *  count as links like on the live site instead of as file paths. */
function servedBase(base: URL | null): URL | null {
  return base?.protocol === 'file:' ? new URL(base.pathname, 'http://localhost') : base;
}

/** Lower-case, fold diacritics-free whitespace; keeps ä, ö, å since they carry meaning in Nordic cues. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function visibleText(root: Element | null): string {
  if (!root) return '';
  const parts: string[] = [];
  // Iterative, so a hostile page nested thousands deep cannot overflow the stack. Text nodes join
  // as the browser renders them ("Stra<b>ß</b>e" stays one word); blocks break lines.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    for (let child = item.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === 3) stack.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TEXT.has(tag) || el.hasAttribute('hidden')) continue;
        const gap = BLOCK.has(tag) ? '\n' : SEPARATE.has(tag) ? ' ' : '';
        if (gap) stack.push(gap);
        stack.push(el);
        if (gap) stack.push(gap);
      }
    }
  }
  return parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Inline elements that stand apart as words (links in a row, form controls). */
const SEPARATE = new Set(['A', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA']);

const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BR', 'ADDRESS', 'BLOCKQUOTE', 'DT', 'DD', 'FIGCAPTION', 'LABEL', 'BUTTON', 'OPTION']);

export function elementText(el: Element): string {
  const alts = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '');
  return [el.textContent ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', ...alts].join(' ');
}

function linkInfo(el: Element, base: URL | null): LinkInfo {
  const href = (el.getAttribute('href') ?? '').trim();
  const rawText = elementText(el).replace(/\s+/g, ' ').trim();
  return { el, href, url: toUrl(href, base), text: fold(rawText), rawText };
}

export function toUrl(href: string, base: URL | null): URL | null {
  try {
    return base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
}

function pushUrl(list: URL[], href: string, base: URL | null): void {
  const url = toUrl(href, base);
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) list.push(url);
}

function parseJsonLd(text: string): unknown[] {
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? data : [data];
  } catch {
    return [];
  }
}

/** A short selector that finds the element again: its id, or a tag path with nth-of-type. */
export function selectorOf(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && parts.length < 5) {
    const tag = node.tagName.toLowerCase();
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      parts.unshift(`${tag}#${id}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    if (!parent || tag === 'html' || tag === 'body') {
      parts.unshift(tag);
      break;
    }
    const same = [...parent.children].filter((c) => c.tagName === node!.tagName);
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return parts.join(' > ');
}

/** Every object in JSON-LD, including nested @graph members and values. */
export function jsonLdNodes(index: PageIndex): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || out.length > 500 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    out.push(obj);
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  visit(index.jsonLd, 0);
  return out;
}

export function jsonLdTypes(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** decodeURIComponent that keeps the raw text when the page's URL is malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
