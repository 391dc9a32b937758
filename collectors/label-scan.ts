// Policy pages (terms, delivery, returns, Impressum…) show up as short labels: a footer link, a button,
// a heading. A phrase may stand anywhere in a label ("Zahlung & Versand"); a bare word only counts
// when it is the whole label ("Delivery", not "Pizza delivery near you").
import type { CueMatcher } from '../cues/match';
import type { Found } from './found';
import { fold, safeDecode, type LinkInfo, type PageIndex } from './page-index';

export interface LabelCues {
  /** Phrases that name the asset anywhere in a short label. */
  phrases: CueMatcher;
  /** Words that name the asset only as the whole label. */
  labels?: CueMatcher;
  /** Tokens of a link path ("/de/zahlung-versand" → zahlung, versand) that lead to such a page. */
  pathTokens?: ReadonlySet<string>;
  /** Endings of a compound path token ("leveringsvoorwaarden", "mueuegitingimused"): languages that
   *  compound need no list of every compound. */
  pathEndings?: readonly string[];
  /** Longest label still read as a label rather than prose. */
  maxLabel?: number;
}

/** The label without leading or trailing punctuation and arrows ("» AGB |" → "agb"), once when the
 *  link repeats its text in aria-label or title ("Buy Now Buy Now" → "buy now"). */
export function labelOf(text: string): string {
  return remembered(labels, text, labelOfText);
}

/** Every link-reading collector asks the same links the same questions; pure answers are kept,
 *  at most REMEMBERED per cache (a page's links are capped, a cache is cleared when full). */
const labels = new Map<string, string>();
const tokens = new Map<string, string[]>();
const REMEMBERED = 20_000;

export function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= REMEMBERED) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

function labelOfText(text: string): string {
  // Linear: the trailing run is matched only from where it starts (lookbehind); unanchored, "!!!…!a" was
  // rescanned to its end from every "!" (quadratic). Leading first, so "::!!" still empties as before.
  const label = fold(text).replace(/^[^\p{L}\p{N}]+/u, '').replace(/(?<![^\p{L}\p{N}.)'’])[^\p{L}\p{N}.)'’]+$/u, '');
  const words = label.split(' ');
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) return words.slice(0, half).join(' ');
  return label;
}

/** The phrase is the whole label, give or take a closing dot ("Company Info."). */
export function isWholeLabel(words: CueMatcher, label: string): boolean {
  const hit = words.find(label);
  return hit !== null && hit.length >= label.length - 1;
}

export function labelNames(cues: LabelCues, text: string): boolean {
  const label = labelOf(text);
  if (label.length === 0 || label.length > (cues.maxLabel ?? 60)) return false;
  return cues.phrases.test(label) || (cues.labels !== undefined && isWholeLabel(cues.labels, label));
}

/** Lower-case words of a URL path, diacritics folded: "/de/R%C3%BCckgabe_Info.htm" → de, ruckgabe, info, htm.
 *  Long segments are article slugs ("/news/oil-prices-rise-again"), not policy pages, and give no words. */
export function pathTokens(url: URL): string[] {
  return remembered(tokens, url.pathname, pathTokensOf);
}

function pathTokensOf(pathname: string): string[] {
  return safeDecode(pathname)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split('/')
    .map((segment) => segment.replace(/\.\w+$/, '').split(/[^a-z0-9]+/).filter((t) => t.length > 0))
    .filter((tokens) => tokens.length <= 3)
    .flat();
}

const fieldLabels = new WeakMap<Element, string>();

/** The field name written just before a link ("<b>Betingelser:</b> <a>Salgsbetingelser for nettbutikken</a>",
 *  "Delivery: <a>…</a>"): it says what the link is when the link's own words are a sentence. */
export function fieldLabelOf(el: Element): string {
  let label = fieldLabels.get(el);
  if (label === undefined) {
    let prev = el.previousSibling;
    if (prev && prev.nodeType === 3 && (prev.textContent ?? '').trim() === '') prev = prev.previousSibling;
    const text = (prev?.textContent ?? '').slice(-60).trim();
    const field = /([^.:;!?|\n]{2,40}):$/u.exec(text);
    label = field ? field[1]!.trim() : '';
    fieldLabels.set(el, label);
  }
  return label;
}

export function linkLeadsTo(cues: LabelCues, link: LinkInfo): boolean {
  const url = link.url;
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  if (labelNames(cues, link.text)) return true;
  const field = fieldLabelOf(link.el);
  if (field !== '' && labelNames(cues, field)) return true;
  // Its visible words alone, when an aria-label or title adds others ("Refunds" labelled "footer link: Help and support: Refunds").
  const visible = link.el.textContent ?? '';
  if (visible.trim() !== '' && visible.length < link.rawText.length && labelNames(cues, visible)) return true;
  // By path only from a label-sized link: a long teaser's slug ("/blog/free-shipping-tips") is an article.
  if ((!cues.pathTokens && !cues.pathEndings) || labelOf(link.text).length > (cues.maxLabel ?? 60)) return false;
  return pathTokens(url).some((t) => pathTokenNames(cues, t));
}

function pathTokenNames(cues: LabelCues, token: string): boolean {
  return (cues.pathTokens?.has(token) ?? false) || (cues.pathEndings?.some((end) => token.endsWith(end)) ?? false);
}

export function scanLabelLinks(index: PageIndex, cues: LabelCues, found: Found): void {
  for (const link of index.links) {
    if (linkLeadsTo(cues, link)) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
}

export function scanLabelHeadings(index: PageIndex, cues: LabelCues, found: Found): void {
  for (const heading of index.headings) {
    if (labelNames(cues, heading.textContent ?? '')) found.add('content', { text: fold(heading.textContent ?? ''), el: heading });
  }
}

const linkLabels = new WeakMap<PageIndex, Set<string>>();

/** Labels of the page's links: a line of text that is only a link label is a link, not content. */
export function isLinkLabel(index: PageIndex, line: string): boolean {
  let labels = linkLabels.get(index);
  if (!labels) {
    labels = new Set(index.links.map((link) => labelOf(link.el.textContent ?? '')).filter((l) => l.length > 0));
    linkLabels.set(index, labels);
  }
  return labels.has(labelOf(line));
}
