// One walk over the document that every collector shares: links, scripts, frames, forms,
// images, headings and visible text. Collectors read this index instead of re-walking the DOM.
import { Budget, runNow, SCAN_BUDGET, type Steps } from './budget';

export interface LinkInfo {
  el: Element;
  href: string;
  url: URL | null;
  /** Link text, aria-label, title and image alts, lower-cased and folded. */
  text: string;
  rawText: string;
  /** The URL's path decoded and lower-cased ("" without a URL): many collectors match it, so it is made once. */
  path: string;
}

/** A tree the walk read: the document, a shadow root, or a same-origin iframe's document. */
export interface IndexRoot {
  node: Document | DocumentFragment;
  /** Links in it resolve against this (an iframe has its own). */
  base: URL | null;
}

export interface PageIndex {
  doc: Document;
  /** The document's head, or null (read safely: a document may have lost its root element). */
  head: Element | null;
  base: URL | null;
  roots: IndexRoot[];
  links: LinkInfo[];
  /** Absolute URLs of external scripts, iframes and resource timing entries (not preconnect hints: a hint loads nothing). */
  resourceUrls: URL[];
  /** Absolute URLs of the page's iframes (embedded forms, booking widgets, videos). */
  frameUrls: URL[];
  inlineScripts: string[];
  forms: Element[];
  images: Element[];
  headings: Element[];
  /** Visible text of the body, whitespace-folded. */
  text: string;
  /** The same text as lines, split once for every collector that reads it line by line. */
  readonly lines: readonly string[];
  jsonLd: unknown[];
  /** The page held more than the walk read (its node, text or time budget ran out). */
  truncated: boolean;
  /** Elements matching `selector` in every root (document, shadow roots, same-origin iframes), capped.
   *  Shared between collectors that ask the same: read it, do not change it. */
  query(selector: string, limit?: number): readonly Element[];
}

export interface IndexOptions {
  /** URLs the page loaded (resource timing), where the caller can see them. */
  resourceNames?: readonly string[];
  /** The shadow root of an element, closed ones too where the browser lets an extension see them. */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /** The document's address, when it is not where the document lives: a fetched page parsed inert. */
  url?: string;
}

/** Caps on what the index keeps: a hostile page can hold millions of any of these. */
export const INDEX_CAPS = {
  text: 1_000_000,
  /** When the page is bigger than that, its end is read as well, up to these. */
  tailNodes: 20_000,
  tailText: 100_000,
  links: 6_000,
  forms: 500,
  images: 5_000,
  headings: 5_000,
  scripts: 3_000,
  inlineScriptChars: 20_000,
  inlineScriptsTotal: 2_000_000,
  templates: 50,
  frames: 200,
  jsonLdChars: 3_000_000,
  jsonLdItems: 2_000,
  resourceNames: 500,
  query: 8_000,
  cloakedLinks: 300,
  /** Markup of <noscript> fallbacks read for their links, in all. */
  noscriptChars: 300_000,
} as const;

/** Distinct selectors whose results the index keeps. */
const QUERY_MEMO = 256;

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

/** How many nodes the walk visits between looks at the clock. */
const CHECK_EVERY = 256;

const openShadowRoot = (el: Element): ShadowRoot | null => el.shadowRoot;

/**
 * Builds the index in one walk that can pause (see budget.ts). The walk reads the body's visible
 * text in render order and finds the trees it must also read: open shadow roots (closed ones
 * through `shadowRootOf`), declarative shadow roots still in their template, and same-origin iframes.
 */
export function* buildIndex(doc: Document, budget: Budget, options: IndexOptions = {}): Steps<PageIndex> {
  const base = options.url !== undefined ? declaredBase(doc, options.url) : servedBase(toUrl(doc.baseURI ?? '', null) ?? toUrl(doc.URL ?? '', null));
  const roots: IndexRoot[] = [{ node: doc, base }];
  const reader = options.shadowRootOf ?? openShadowRoot;
  const addRoot = (root: IndexRoot) => roots.push(root);
  // `body` of a document whose root element was removed: null in a browser, a throw in linkedom.
  const body = safely(() => doc.body) ?? doc.documentElement;
  const walk = yield* walkText(body, budget, budget.limits.maxNodes, INDEX_CAPS.text, budget.limits.walkShare, reader, addRoot, base);
  if (walk.truncated) {
    // A page too big to read whole is still read at its end: the footer holds the address, the
    // company id and the policy links.
    for (const tail of tailOf(doc)) {
      const end = yield* walkText(tail, budget, INDEX_CAPS.tailNodes, INDEX_CAPS.tailText, 1, reader, addRoot, base);
      walk.text += `\n${end.text}`;
    }
  }
  let lines: string[] | undefined;
  // Several collectors ask for the same broad selectors ("button, [role=button]"); the index is a
  // snapshot, so each is run once. The selectors come from the code, a few dozen, but the memo is capped all the same.
  const queried = new Map<string, Element[]>();
  const query = (selector: string, limit: number = INDEX_CAPS.query): Element[] => {
    const key = `${limit} ${selector}`;
    let found = queried.get(key);
    if (!found) {
      if (queried.size >= QUERY_MEMO) queried.clear();
      found = headAndTail(roots.map((root) => root.node.querySelectorAll(selector)), limit);
      queried.set(key, found);
    }
    return found;
  };
  const index: PageIndex = {
    doc,
    head: safely(() => doc.head),
    base,
    roots,
    links: [],
    resourceUrls: [],
    frameUrls: [],
    inlineScripts: [],
    forms: query('form', INDEX_CAPS.forms),
    images: query('img, [role="img"], svg[aria-label]', INDEX_CAPS.images),
    headings: query('h1, h2, h3, h4, h5, h6, [role="heading"], legend, summary', INDEX_CAPS.headings),
    text: walk.text,
    get lines() {
      return (lines ??= walk.text.split('\n'));
    },
    jsonLd: [],
    truncated: walk.truncated,
    query,
  };
  yield;
  const baseOf = new Map<Node, URL | null>(roots.map((root) => [root.node, root.base]));
  // Only a page with frames or shadow roots has links under another base; asking each link for its root walks up the tree
  // in some DOMs (a deep page with many links made that quadratic).
  const baseOfLink = (el: Element): URL | null => (roots.length > 1 ? baseOf.get(el.getRootNode()) ?? base : base);
  for (const el of headAndTail(roots.map((root) => root.node.querySelectorAll('a[href], area[href]')), INDEX_CAPS.links)) {
    const href = el.getAttribute('href') ?? '';
    index.links.push(linkInfo(el, baseOfLink(el), /^\s*javascript:/i.test(href) ? scriptLinkTarget(href) ?? undefined : undefined));
    if (index.links.length % CHECK_EVERY === 0) yield;
  }
  // Links some sites hide from search engines: a span with the address in a data attribute, often base64-encoded,
  // that a script turns into a click. A visitor clicks them like any link.
  for (const el of query(CLOAKED_LINK, INDEX_CAPS.cloakedLinks)) {
    // A clickable card or table row is not a link label: only short ones are read.
    if (el.tagName === 'A' || el.tagName === 'AREA' || (el.textContent ?? '').length > 200) continue;
    const href = CLOAK_ATTRIBUTES.map((name) => cloakedHref(el.getAttribute(name) ?? '')).find((h) => h !== null) ?? null;
    if (href && index.links.length < INDEX_CAPS.links) index.links.push(linkInfo(el, baseOfLink(el), href));
  }
  noscriptLinks(index, query, base);
  yield;
  let inlineTotal = 0;
  let jsonLdTotal = 0;
  // Scripts a consent manager keeps in a <template> until the visitor agrees are installed all the same (as the labels
  // count them); the template's content is inert, and is only read.
  const templated = query('template', INDEX_CAPS.templates).flatMap((t) => {
    const content = (t as HTMLTemplateElement).content as DocumentFragment | undefined;
    return content ? Array.prototype.slice.call(content.querySelectorAll('script'), 0, 20) as Element[] : [];
  });
  for (const script of [...query('script', INDEX_CAPS.scripts), ...templated]) {
    const src = script.getAttribute('src');
    if (src) {
      pushUrl(index.resourceUrls, src, base);
      continue;
    }
    const type = script.getAttribute('type') ?? '';
    if (type.includes('ld+json')) {
      // Parsing is linear, but a hostile page may ship megabytes: past the cap the rest is not read.
      const source = script.textContent ?? '';
      jsonLdTotal += source.length;
      if (jsonLdTotal > INDEX_CAPS.jsonLdChars) index.truncated = true;
      else for (const item of parseJsonLd(source)) if (index.jsonLd.length < INDEX_CAPS.jsonLdItems) index.jsonLd.push(item);
      yield;
    } else if (inlineTotal < INDEX_CAPS.inlineScriptsTotal) {
      const code = (script.textContent ?? '').slice(0, INDEX_CAPS.inlineScriptChars);
      inlineTotal += code.length;
      index.inlineScripts.push(code);
    }
  }
  for (const frame of query('iframe[src]', INDEX_CAPS.frames)) {
    const url = toUrl(frame.getAttribute('src') ?? '', base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
      index.frameUrls.push(url);
      index.resourceUrls.push(url);
    }
  }
  for (const name of (options.resourceNames ?? []).slice(0, INDEX_CAPS.resourceNames)) pushUrl(index.resourceUrls, name, base);
  return index;
}

/**
 * Links of <noscript> fallbacks: a menu a script loads later may ship its plain copy there (Drupal's ajax blocks),
 * and a browser that runs scripts keeps that copy as raw text. It is parsed into an inert template (nothing loads
 * or runs) and its links are read; the fallback's text stays out of the page's text.
 */
function noscriptLinks(index: PageIndex, query: PageIndex['query'], base: URL | null): void {
  let read = 0;
  for (const el of query('noscript', 100)) {
    if (el.firstElementChild || index.links.length >= INDEX_CAPS.links) continue; // parsed as elements already (no scripting)
    const markup = el.textContent ?? '';
    if (!markup.includes('<a') || (read += markup.length) > INDEX_CAPS.noscriptChars) continue;
    const template = index.doc.createElement('template');
    // A page that enforces Trusted Types refuses markup from a string: its fallbacks are then not read.
    if (!safely(() => ((template.innerHTML = markup), true))) continue;
    for (const a of template.content.querySelectorAll('a[href]')) {
      if (index.links.length >= INDEX_CAPS.links) break;
      index.links.push(linkInfo(a, base));
    }
  }
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

interface WalkResult {
  text: string;
  truncated: boolean;
}

/**
 * The visible text under `top` as the browser renders it: text nodes join ("Stra<b>ß</b>e" stays
 * one word), blocks break lines. Iterative, so a page nested thousands deep cannot overflow the
 * stack; it stops at the node, text and time budgets and says so.
 */
function* walkText(
  top: Element | null,
  budget: Budget,
  maxNodes: number,
  maxText: number,
  /** Share of the scan's time the walk may use (the end of a big page gets the rest). */
  share: number,
  shadowRootOf: (el: Element) => ShadowRoot | null,
  addRoot: (root: IndexRoot) => void,
  base: URL | null,
): Steps<WalkResult> {
  if (!top) return { text: '', truncated: false };
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let truncated = false;
  const stack: (Node | string)[] = [top];
  while (stack.length > 0) {
    if (++visited % CHECK_EVERY === 0) {
      yield;
      if (!budget.ok(share)) {
        truncated = true;
        break;
      }
    }
    if (visited > maxNodes) {
      if (maxNodes === budget.limits.maxNodes) budget.noteNodeLimit();
      truncated = true;
      break;
    }
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (length + item.length > maxText) {
        parts.push(item.slice(0, maxText - length));
        truncated = true;
        break;
      }
      parts.push(item);
      length += item.length;
      continue;
    }
    if (item.nodeType !== 1) {
      pushChildren(item, stack);
      continue;
    }
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME') {
      // A same-origin frame is part of the page a visitor sees (an embedded contact form); others stay closed.
      const frameDoc = safely(() => (el as HTMLIFrameElement).contentDocument);
      if (frameDoc?.body) {
        addRoot({ node: frameDoc, base: toUrl(frameDoc.baseURI ?? '', null) });
        stack.push('\n', frameDoc.body, '\n');
      }
      continue;
    }
    if (tag === 'TEMPLATE') {
      // A declarative shadow root the parser left as a template (an inert document, or an old browser).
      const content = (el as HTMLTemplateElement).content;
      if (content) {
        addRoot({ node: content, base });
        pushChildren(content, stack);
      }
      continue;
    }
    pushChildren(el, stack);
    const shadow = safely(() => shadowRootOf(el));
    if (shadow) {
      addRoot({ node: shadow, base });
      pushChildren(shadow, stack);
    }
  }
  return { text: foldLines(parts.join('')), truncated };
}

/** Where a page ends: its footer, and the last block of the body. */
function tailOf(doc: Document): Element[] {
  const footer = doc.querySelector('body > footer, [role="contentinfo"], body > div:last-of-type footer');
  const body = safely(() => doc.body);
  const last = body?.lastElementChild ?? null;
  return [...new Set([footer, last])].filter((el): el is Element => el !== null && el !== body);
}

/** The first and last of many items, `limit` in all: a cap that keeps a page's header and footer. */
export function headAndTail<T>(lists: readonly ArrayLike<T>[], limit: number): T[] {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  if (total <= limit) return lists.flatMap((list) => Array.from(list));
  const at = (i: number): T => {
    for (const list of lists) {
      if (i < list.length) return list[i]!;
      i -= list.length;
    }
    throw new RangeError('index past the lists');
  };
  const head = Math.ceil(limit / 2);
  const out: T[] = [];
  for (let i = 0; i < head; i++) out.push(at(i));
  for (let i = total - (limit - head); i < total; i++) out.push(at(i));
  return out;
}

function pushChildren(parent: Node, stack: (Node | string)[]): void {
  for (let child = parent.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3) stack.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'IFRAME') {
        stack.push(el);
        continue;
      }
      if (SKIP_TEXT.has(tag) && !(tag === 'TEMPLATE' && el.hasAttribute('shadowrootmode'))) continue;
      if (el.hasAttribute('hidden')) continue;
      const gap = BLOCK.has(tag) ? '\n' : SEPARATE.has(tag) ? ' ' : '';
      if (gap) stack.push(gap);
      stack.push(el);
      if (gap) stack.push(gap);
      else if (laidOutApart(el.previousSibling, el)) stack.push(' ');
    }
  }
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Two leaf elements side by side with nothing between them, each a few characters of words: "<span>Collse Heide 26</span>
 * <span>5674 VN Nuenen</span>" in a flex column. Their text runs together in the markup but not on screen, where a
 * flex or grid container lays them out apart. A price's parts ("<span>12</span><sup>99</sup>") and a word's styled
 * letter stay joined: short pieces are not taken apart. Only leaves are read, so the check is constant per element.
 */
function laidOutApart(before: Node | null, el: Element): boolean {
  if (!before || before.nodeType !== 1 || el.firstElementChild || (before as Element).firstElementChild) return false;
  if (BLOCK.has((before as Element).tagName.toUpperCase())) return false;
  const left = (before.textContent ?? '').slice(-200).trim();
  const right = (el.textContent ?? '').slice(0, 200).trim();
  if (left.length < 3 || right.length < 3 || !WORD_END.test(left) || !WORD_START.test(right)) return false;
  // Digits on both sides join only long pieces: "Heide 26" + "5674 VN Nuenen", not "1 295" + "00".
  return !(/\d$/.test(left) && /^\d/.test(right)) || (left.length >= 4 && right.length >= 4);
}

/** Spaces folded and blank lines dropped, by lines rather than a `\s*\n\s*` pattern, which is
 *  quadratic on a long run of other whitespace. */
function foldLines(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function safely<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}

/** The whole index at once, without pausing: for tests and Node, where no page waits on it. */
export function indexPage(doc: Document, options: IndexOptions = {}): PageIndex {
  return runNow(buildIndex(doc, new Budget(), options));
}

/** The visible text of one element (a footer, an address block), read to the end without pausing. */
export function visibleText(root: Element | null): string {
  const budget = new Budget({ ...SCAN_BUDGET, timeMs: Number.POSITIVE_INFINITY, maxNodes: 50_000 });
  return runNow(walkText(root, budget, budget.limits.maxNodes, INDEX_CAPS.text, 1, () => null, () => undefined, null)).text;
}

/** Inline elements that stand apart as words (links in a row, form controls). */
const SEPARATE = new Set(['A', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA']);

const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BR', 'ADDRESS', 'BLOCKQUOTE', 'DT', 'DD', 'FIGCAPTION', 'LABEL', 'BUTTON', 'OPTION']);

export function elementText(el: Element): string {
  const names = [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  // Most links hold only text: no image to look for.
  if (!el.firstElementChild) return withNames(el.textContent ?? '', names);
  const alts = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '');
  // CSS-in-JS frameworks put <style> inside links and buttons: its rules are no part of the label. A <br> parts
  // words ("Espace<br>membre") that textContent would glue.
  const text = el.querySelector('style, script, br') ? textWithoutCode(el) : (el.textContent ?? '');
  return withNames(text, [...names, ...alts]);
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text and the names that add to it: a title that repeats the link's words (<a title="Wissenswertes">Wissenswertes</a>,
 *  common in menus) would double the label and push it past every length a label may have. */
function withNames(text: string, names: readonly string[]): string {
  let seen = squeeze(text);
  const parts = [text];
  for (const name of names) {
    const said = squeeze(name);
    // A name as long as a paragraph is kept as it is: looking for it in the text would cost its length times the text's.
    if (said.length === 0 || (said.length <= 200 && seen.includes(said))) continue;
    parts.push(name);
    seen += ` ${said}`;
  }
  return parts.join(' ');
}

/** The text of `el` without its <style> and <script> elements, a <br> read as a space, from at most 500 nodes. */
function textWithoutCode(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  for (let seen = 0; stack.length > 0 && seen < 500; seen++) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && /^BR$/i.test((node as Element).tagName)) parts.push(' ');
    else if (node.nodeType === 1 && !/^(?:STYLE|SCRIPT)$/i.test((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts.join('');
}

/** Attributes that hold a cloaked link's address (data-href; "data-ub64e", "data-obf" and "data-obfuscate-href" of
 *  SEO link-masking scripts, which decode the address on a click). */
const CLOAK_ATTRIBUTES = ['data-href', 'data-ub64e', 'data-obf', 'data-link', 'data-obfuscate-href', 'data-obfuscated-href', 'data-encoded-href', 'data-encoded-url', 'data-base64', 'data-b64'] as const;
export const CLOAKED_LINK = CLOAK_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

/** The address of a cloaked link: a path or URL as written, or one encoded in base64 ("L3NlcnZpY2Uv…" → "/service/…"). */
export function cloakedHref(value: string): string | null {
  const text = value.trim();
  if (/^(?:https?:\/\/|\/)[^\s]*$/i.test(text)) return text;
  if (text.length < 8 || text.length > 600 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    const decoded = atob(text).trim();
    return /^(?:https?:\/\/|\/)[\x21-\x7e]*$/i.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** Where a script link goes when it only navigates: "javascript:void(location=atob('aHR0cHM6…'))",
 *  "javascript:location.href='/kontakt'", "javascript:window.open('https://…')"; null for anything else. */
export function scriptLinkTarget(href: string): string | null {
  const script = href.slice(0, 600);
  const encoded = /atob\(\s*['"]([A-Za-z0-9+/=]{8,400})['"]\s*\)/.exec(script);
  if (encoded) return cloakedHref(encoded[1]!);
  const plain = /(?:location(?:\.href)?\s*=|location\.assign\(|window\.open\()\s*['"]([^'"\s]{1,300})['"]/.exec(script);
  return plain ? cloakedHref(plain[1]!) : null;
}

export function linkInfo(el: Element, base: URL | null, cloaked?: string): LinkInfo {
  const href = (cloaked ?? el.getAttribute('href') ?? '').trim();
  const rawText = elementText(el).replace(/\s+/g, ' ').trim();
  const url = toUrl(href, base);
  return { el, href, url, text: fold(rawText), rawText, path: url ? safeDecode(url.pathname).toLowerCase() : '' };
}

/** An inert document resolves links against where it was fetched from, or its own <base href> there. */
function declaredBase(doc: Document, url: string): URL | null {
  const address = toUrl(url, null);
  const declared = safely(() => doc.querySelector('base[href]')?.getAttribute('href'));
  return (declared ? toUrl(declared, address) : null) ?? address;
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
    // The caller copies items one by one: spreading a 300,000-item array into push overflows the stack.
    return Array.isArray(data) ? data.slice(0, INDEX_CAPS.jsonLdItems) : [data];
  } catch {
    return [];
  }
}

/** The registrable part of a host, near enough: "shop.example.co.uk" → "example.co.uk". An IP
 *  address is its own site ("127.0.0.1" is not the site "0.1"). */
export function siteOf(host: string): string {
  const lower = host.toLowerCase();
  if (/^[\d.]+$/.test(lower) || lower.includes(':') || lower.startsWith('[')) return lower;
  const labels = lower.split('.');
  const tail = labels.length > 2 && /^[a-z]{2}$/.test(labels.at(-1)!) && /^(?:co|com|org|net|ac|gov|or|ne)$/.test(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-tail).join('.');
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
    parts.unshift(positioned(node, tag));
    node = parent;
  }
  return parts.join(' > ');
}

/** `tag:nth-of-type(n)` when the element has same-tag siblings. Counting stops at a few thousand
 *  siblings (a hostile page may have a million): past that the bare tag is the best short name. */
function positioned(el: Element, tag: string): string {
  const MAX = 5000;
  let before = 0;
  let seen = 0;
  for (let sib = el.previousElementSibling; sib && seen < MAX; sib = sib.previousElementSibling, seen++) if (sib.tagName === el.tagName) before++;
  let after = 0;
  for (let sib = el.nextElementSibling; sib && after === 0 && seen < MAX; sib = sib.nextElementSibling, seen++) if (sib.tagName === el.tagName) after++;
  if (seen >= MAX) return tag;
  return before + after > 0 ? `${tag}:nth-of-type(${before + 1})` : tag;
}

/** Where a sentence ends inside a paragraph: ". " before a capital or a digit ("… Monaco). PAIEMENT : …"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d])/u;
/** How much of one paragraph is split: a policy is stated near its start, and the split stays cheap. */
const MAX_PARAGRAPH = 4000;
const shortLinesMemo = new WeakMap<PageIndex, Map<number, readonly string[]>>();

/** The page's lines, each longer than `max` cut into its sentences: a product page's "Delivery and payment"
 *  paragraph states each policy in a sentence of its own. Sentences still longer than `max` are kept whole. */
export function shortLines(index: PageIndex, max: number): readonly string[] {
  let byMax = shortLinesMemo.get(index);
  if (!byMax) shortLinesMemo.set(index, (byMax = new Map()));
  let out = byMax.get(max);
  if (!out) {
    const lines: string[] = [];
    for (const line of index.lines) {
      if (line.length <= max) lines.push(line);
      else for (const sentence of line.slice(0, MAX_PARAGRAPH).split(SENTENCE_END)) lines.push(sentence);
    }
    byMax.set(max, (out = lines));
  }
  return out;
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
