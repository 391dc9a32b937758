// Every vendor the page shows, however it was installed: the files it loads (scripts, frames,
// resource timing), what its loaders and tag managers hold (URLs and hosts in inline scripts, a shop's
// app-loader list, config objects, calls to a vendor's global), preloads, consent-parked tags (data-src), <noscript> pixels, the elements a widget leaves and meta
// names. One pass per source over the shared page index, each vendor once, with how it was found.
import { vendorTable, type Family, type TableVendor } from '../cues/vendor-table';
import { Found } from './found';
import { toUrl, type PageIndex } from './page-index';

export type Via = 'loads' | 'frame' | 'parked tag' | 'preload' | 'noscript' | 'inline URL' | 'inline host' | 'inline call' | 'config key' | 'handler' | 'element' | 'meta' | 'global';

export interface Sighting {
  vendor: TableVendor;
  via: Via;
  /** What was seen: the URL, the name or the selector. */
  detail: string;
}

/** Caps: a hostile page can hold any number of each. */
export const SIGHTING_CAPS = {
  urls: 3000,
  urlChars: 500,
  textMatches: 20_000,
  elements: 50,
  handlers: 500,
} as const;

/** URLs in script text, absolute or scheme-relative. */
export const URL_IN_TEXT = /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/[^\s"'<>`\\)]*)?/gi;
// Linear: a run starts only where no host character precedes it (lookbehind), and its repeats are bounded.
const HOST_IN_TEXT = /(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}(?![\w-])/gi;
// A call, a property read or an assignment of a name (Intercom('boot'), Tawk_API.onLoad, _hjSettings = …),
// or window['name']; "Trustpilot.com" in a sentence is a host, not a property, and an empty placeholder
// (tc_vars = [], …DesignMode = false) is declared by platforms whether the tool is in use or not.
const CODE_NAME = /(?<![\w$.])(?:window\.)?([A-Za-z_$][\w$]{1,40})(?=\s?(?:\(|=(?![=>]|\s?(?:false|null|undefined|0|\[\]|\{\}|''|"")\s?(?:[;,)}\r\n]|$))|\[|\.(?!(?:com|net|org|io|eu|de|fi|se|co|uk|fr|nl|dk|no|js|html?|php)\b)[A-Za-z_$]))|window\[['"]([A-Za-z_$][\w$]{1,40})['"]\]/g;
// A config object under a vendor's name: "didomi": {…}, cookiebot: {…}.
const CONFIG_KEY = /(?<![\w$-])["']?([A-Za-z][\w-]{5,40})["']?\s?:\s?\{/g;

const memo = new WeakMap<PageIndex, readonly Sighting[]>();

/** The page's vendors, found once per index (the first step to ask pays; the others read it). */
export function vendorSightings(index: PageIndex): readonly Sighting[] {
  let sightings = memo.get(index);
  if (!sightings) {
    sightings = findSightings(index);
    memo.set(index, sightings);
  }
  return sightings;
}

function findSightings(index: PageIndex): Sighting[] {
  const table = vendorTable();
  const out: Sighting[] = [];
  const seen = new Set<string>();
  const add = (vendor: TableVendor, via: Via, detail: string) => {
    const key = `${vendor.family} ${vendor.item}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ vendor, via, detail: detail.slice(0, 160) });
  };
  let urls = 0;
  const byUrl = (url: URL | null, via: Via, hostOnly = false) => {
    if (!url || !/^https?:$/.test(url.protocol) || ++urls > SIGHTING_CAPS.urls) return;
    const href = url.href.slice(0, SIGHTING_CAPS.urlChars);
    for (const entry of table.byHost(url.hostname)) {
      if (entry.pattern === null || (!hostOnly && entry.pattern.test(href))) add(entry.vendor, via, href);
    }
    if (hostOnly) return;
    const path = url.pathname.toLowerCase();
    for (const { literal, vendor } of table.paths) if (path.includes(literal)) add(vendor, via, href);
  };
  const frames = new Set(index.frameUrls);
  for (const url of index.resourceUrls) byUrl(url, frames.has(url) ? 'frame' : 'loads');
  // Consent managers park tags in data-src until the visitor agrees; they are installed all the same.
  for (const el of index.query('script[data-src], iframe[data-src], img[data-src]', 500)) byUrl(toUrl(el.getAttribute('data-src') ?? '', index.base), 'parked tag');
  // A preload fetches the file. Preconnect and dns-prefetch hints load nothing, and sites keep them after a
  // tool is gone, so they are not read.
  for (const el of index.query('link[rel~="preload" i][href], link[rel~="modulepreload" i][href]', 300)) byUrl(toUrl(el.getAttribute('href') ?? '', index.base), 'preload');
  // Noscript fallbacks (a pixel image, a tag manager's frame) are raw text in a browser and elements in other parsers.
  for (const el of index.query('noscript', 200)) for (const m of textUrls(el.innerHTML)) byUrl(toUrl(m, index.base), 'noscript');
  const code = index.inlineScripts.join('\n');
  for (const m of textUrls(code)) byUrl(toUrl(m, index.base), 'inline URL');
  let count = 0;
  for (const m of code.matchAll(HOST_IN_TEXT)) {
    if (++count > SIGHTING_CAPS.textMatches) break;
    for (const entry of table.byHost(m[0].toLowerCase())) if (entry.pattern === null) add(entry.vendor, 'inline host', m[0]);
  }
  codeNames(code, 'inline call', table.globals, add);
  const markup = pageMarkup(index);
  // javascript: links and click handlers call a vendor's global too ("Cookiebot.renew()").
  codeNames(markup.handlers.join('\n'), 'handler', table.globals, add);
  count = 0;
  for (const m of code.matchAll(CONFIG_KEY)) {
    if (++count > SIGHTING_CAPS.textMatches) break;
    const key = m[1]!.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const vendor of table.configKeys.get(key) ?? []) add(vendor, 'config key', m[0]);
  }
  elementSightings(index, markup.tokens, add);
  for (const el of index.head?.querySelectorAll('meta[name], meta[property]') ?? []) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    for (const vendor of table.meta.get(name) ?? []) add(vendor, 'meta', name);
  }
  return out;
}

function* textUrls(text: string): Generator<string> {
  let count = 0;
  // JSON-escaped slashes ("https:\/\/…") are undone; linear: a run of backslashes is matched only from its start.
  for (const m of text.replace(/(?<!\\)\\+\//g, '/').matchAll(URL_IN_TEXT)) {
    if (++count > SIGHTING_CAPS.textMatches) return;
    yield m[0].startsWith('//') ? `https:${m[0]}` : m[0];
  }
}

function codeNames(code: string, via: Via, globals: ReadonlyMap<string, readonly TableVendor[]>, add: (v: TableVendor, via: Via, detail: string) => void): void {
  let count = 0;
  for (const m of code.matchAll(CODE_NAME)) {
    if (++count > SIGHTING_CAPS.textMatches) break;
    const name = m[1] ?? m[2]!;
    for (const vendor of globals.get(name) ?? []) add(vendor, via, name);
  }
}

/**
 * The widgets' elements. Hundreds of selectors run over every element would cost a scan of each; the
 * page's ids, classes, attribute names and custom tags are read in one walk instead, and only the
 * selectors whose every token the page has are queried, together.
 */
function elementSightings(index: PageIndex, present: ReadonlySet<string>, add: (v: TableVendor, via: Via, detail: string) => void): void {
  const { selectors } = vendorTable();
  const candidates = selectors.filter((s) => s.tokens.length > 0 && s.tokens.every((t) => present.has(t)));
  const list = validSelectors(index.doc, candidates.map((s) => s.selector));
  if (!list) return;
  for (const el of index.query(list, SIGHTING_CAPS.elements)) {
    const hit = candidates.find((s) => matches(el, s.selector));
    if (hit) add(hit.vendor, 'element', hit.selector);
  }
}

/** Attributes that hold a handler: inline events and the click bindings of Vue, Alpine and their kin. */
const HANDLER_ATTRIBUTE = /^(?:on[a-z]+|@click|v-on:click|x-on:click|data-action|data-onclick)$/i;

/**
 * One walk over the page's elements: the tokens its selectors need, and the handlers in its attributes. A
 * handler is an event attribute or any attribute holding a javascript: link (a footer's "Cookies" link may keep
 * "javascript:Didomi.preferences.show()" in a data attribute its script turns into the click).
 */
export function pageMarkup(index: PageIndex): PageMarkup {
  let markup = markups.get(index);
  if (!markup) {
    markup = readMarkup(index);
    markups.set(index, markup);
  }
  return markup;
}

export interface PageMarkup {
  /** "<custom-tag", "[attribute", "#id", ".class": what the page's selectors need. */
  tokens: Set<string>;
  handlers: string[];
}

const markups = new WeakMap<PageIndex, PageMarkup>();

function readMarkup(index: PageIndex): PageMarkup {
  const tokens = new Set<string>();
  const handlers: string[] = [];
  for (const el of index.query('*')) {
    if (el.localName.includes('-')) tokens.add(`<${el.localName}`);
    for (const attr of el.attributes) {
      tokens.add(`[${attr.name}`);
      if (attr.name === 'id') tokens.add(`#${attr.value}`);
      else if (attr.name === 'class') {
        for (const c of attr.value.split(/\s+/)) if (c) tokens.add(`.${c}`);
      } else if (handlers.length < SIGHTING_CAPS.handlers && (HANDLER_ATTRIBUTE.test(attr.name) || /^\s*javascript:/i.test(attr.value))) handlers.push(attr.value.slice(0, SIGHTING_CAPS.urlChars));
    }
  }
  return { tokens, handlers };
}

/** The selectors this browser parses, joined; one it cannot parse would make the whole list throw. */
function validSelectors(doc: Document, list: readonly string[]): string | null {
  const probe = doc.createDocumentFragment();
  const valid = list.filter((s) => {
    try {
      probe.querySelector(s);
      return true;
    } catch {
      return false;
    }
  });
  return valid.length ? [...new Set(valid)].join(', ') : null;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Names of a family's vendors already in `found`'s items are skipped: each vendor once. */
export function addSightings(index: PageIndex, family: Family, found: Found, items = true): void {
  for (const s of vendorSightings(index)) {
    if (s.vendor.family !== family || found.has(s.vendor.item)) continue;
    found.add('script', { text: `${s.vendor.name} (${s.via}: ${s.detail})` }, items ? [s.vendor.item] : []);
  }
}
