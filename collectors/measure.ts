// Measurement tools: web analytics, heatmaps / session recording and advertiser pixels.
// Evidence is what the page loads or would load (script, frame, pixel, tag snippet), so presence is `script`.
import { AD_PIXEL_VENDORS, AMP_ANALYTICS_TYPES, ANALYTICS_VENDORS, GOOGLE_TAG_IDS, HEATMAP_VENDORS, PIXEL_CONFIGS, type TagVendor } from '../cues/measure';
import { hostIs } from '../cues/match';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { toUrl, type PageIndex } from './page-index';
import { addSightings, URL_IN_TEXT } from './vendor-sightings';

type Family = 'analytics' | 'heatmap' | 'adPixels';

const FAMILIES: Record<Family, readonly TagVendor[]> = {
  analytics: ANALYTICS_VENDORS,
  heatmap: HEATMAP_VENDORS,
  adPixels: AD_PIXEL_VENDORS,
};

/** Where tags show themselves: URLs the page loads and the text of inline snippets. */
export interface TagHaystack {
  urls: URL[];
  /** Inline scripts, one entry per script, with JSON-escaped slashes undone. */
  scripts: string[];
}

const MAX_TEXT_URLS = 2000;

export function tagHaystack(index: PageIndex): TagHaystack {
  const doc = index.doc;
  const urls = [...index.resourceUrls];
  const push = (href: string | null) => {
    const url = href ? toUrl(href.trim(), index.base) : null;
    if (url && /^https?:$/.test(url.protocol)) urls.push(url);
  };
  // Consent managers park tags in data-src until the visitor agrees; they still count.
  for (const el of doc.querySelectorAll('script[data-src], iframe[data-src], img[data-src]')) push(el.getAttribute('data-src'));
  for (const img of index.images) if (img.tagName === 'IMG') push(img.getAttribute('src'));
  for (const el of doc.querySelectorAll('amp-analytics[config]')) push(el.getAttribute('config'));
  // Tag libraries announced in head attributes (e.g. a meta holding the tag manager's library URL). A bare
  // origin there is a hint or a policy (a Content-Security-Policy lists allowed hosts), not a loaded tag.
  for (const el of index.head?.querySelectorAll('meta:not([http-equiv]), link:not([rel~="preconnect"]):not([rel~="dns-prefetch"])') ?? []) {
    for (const attr of el.attributes) {
      if (!attr.value.includes('//')) continue;
      for (const m of attr.value.match(URL_IN_TEXT) ?? []) if (/\/\/[^/]+\/./.test(m)) push(m.startsWith('//') ? `https:${m}` : m);
    }
  }
  // Linear: a run of backslashes is matched only from where it starts (lookbehind), not rescanned from each.
  const scripts = index.inlineScripts.map((s) => s.replace(/(?<!\\)\\+\//g, '/'));
  // Noscript fallbacks (GTM frame, pixel images) are raw text in a browser and elements in other parsers.
  const texts = [...scripts, ...[...doc.querySelectorAll('noscript')].map((el) => el.innerHTML)];
  let count = 0;
  for (const text of texts) {
    for (const m of text.matchAll(URL_IN_TEXT)) {
      if (++count > MAX_TEXT_URLS) break;
      push(m[0].startsWith('//') ? `https:${m[0]}` : m[0]);
    }
  }
  return { urls, scripts };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Sign {
  family: Family;
  vendor: TagVendor;
}

/** Vendors by each host they load from, so a URL is looked up by its host and parent domains. */
const BY_HOST = new Map<string, Sign[]>();
const ANY_HOST: Sign[] = [];
for (const family of Object.keys(FAMILIES) as Family[]) {
  for (const vendor of FAMILIES[family]) {
    for (const host of vendor.hosts) BY_HOST.set(host, [...(BY_HOST.get(host) ?? []), { family, vendor }]);
    if (vendor.anyHostPaths) ANY_HOST.push({ family, vendor });
  }
}

function signsOfUrl(url: URL): Sign[] {
  const labels = url.hostname.split('.');
  const path = `${url.pathname}${url.search}`;
  const out: Sign[] = [];
  for (let i = 0; i < labels.length - 1; i++) {
    for (const sign of BY_HOST.get(labels.slice(i).join('.')) ?? []) if (!sign.vendor.paths || sign.vendor.paths.test(path)) out.push(sign);
  }
  for (const sign of ANY_HOST) if (sign.vendor.anyHostPaths!.test(url.pathname)) out.push(sign);
  return out;
}

/** One pass over the snippets finds every vendor: a regex of all markers, one of all dedicated hosts. */
function textSigns(): { markers: RegExp; hosts: RegExp; byMarker: Map<string, Sign>; byHost: Map<string, Sign> } {
  const byMarker = new Map<string, Sign>();
  const byHost = new Map<string, Sign>();
  for (const family of Object.keys(FAMILIES) as Family[]) {
    for (const vendor of FAMILIES[family]) {
      for (const m of vendor.markers ?? []) if (!byMarker.has(m)) byMarker.set(m, { family, vendor });
      // A host that also serves other things is named in snippets without meaning the tool.
      if (!vendor.paths) for (const h of vendor.hosts) if (!byHost.has(h)) byHost.set(h, { family, vendor });
    }
  }
  const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  return {
    markers: new RegExp(alt(byMarker.keys()), 'g'),
    hosts: new RegExp(`(?<![\\w-])(?:${alt(byHost.keys())})(?![\\w-])`, 'gi'),
    byMarker,
    byHost,
  };
}

const SIGNS = textSigns();

// Quoted Google tag ids. The short "G-…" form is only read in snippets that are about tags, so a product
// code is not taken for one; GTM-, UA- and AW- ids have shapes of their own.
const GOOGLE_ID = /(?<=["'=])(?:GTM-[A-Z0-9]{4,9}|GT?-[A-Z0-9]{7,12}|UA-\d{4,10}-\d{1,4}|AW-\d{6,12}|DC-\d{6,12})(?![A-Za-z0-9_-])/g;
const TAG_CONTEXT = /gtag|googletagmanager|google_tag|google-analytics|googleanalytics|datalayer|_gaq|_gat\b|\bga\(|measurement_?id|tracking_?id|\bga4\b|conversion/i;

function googleItem(id: string): (typeof GOOGLE_TAG_IDS)[number] | undefined {
  return GOOGLE_TAG_IDS.find((g) => g.id.test(id));
}

export function detectTags(index: PageIndex): Record<Family, Found> {
  const found: Record<Family, Found> = { analytics: new Found(), heatmap: new Found(), adPixels: new Found() };
  const seen: Record<Family, Set<string>> = { analytics: new Set(), heatmap: new Set(), adPixels: new Set() };
  const add = (family: Family, item: string, detail: { url?: string; text?: string; el?: Element }) => {
    if (seen[family].has(item)) return;
    seen[family].add(item);
    found[family].add('script', detail, [item]);
  };
  const hay = tagHaystack(index);

  for (const url of hay.urls) {
    // gtag.js loads analytics and ads alike; its id says which (also from a first-party tagging server).
    if (url.pathname === '/gtag/js' || (hostIs(url.hostname, 'googletagmanager.com') && url.pathname.startsWith('/gtag/'))) {
      const google = googleItem(url.searchParams.get('id') ?? '');
      if (google) add(google.asset, google.item, { url: url.href });
      continue;
    }
    for (const sign of signsOfUrl(url)) add(sign.family, sign.vendor.item, { url: url.href });
  }

  for (const script of hay.scripts) {
    const context = TAG_CONTEXT.test(script);
    for (const m of script.matchAll(GOOGLE_ID)) {
      const google = googleItem(m[0]);
      if (google && (context || !/^GT?-/.test(m[0]))) add(google.asset, google.item, { text: m[0] });
    }
  }

  const inline = hay.scripts.join('\n');
  for (const config of PIXEL_CONFIGS) {
    const m = config.pattern.exec(inline);
    if (m) add(config.asset, config.item, { text: m[0] });
  }
  for (const m of inline.matchAll(SIGNS.markers)) {
    const sign = SIGNS.byMarker.get(m[0]);
    if (sign) add(sign.family, sign.vendor.item, { text: m[0] });
  }
  for (const m of inline.matchAll(SIGNS.hosts)) {
    const sign = SIGNS.byHost.get(m[0].toLowerCase());
    if (sign) add(sign.family, sign.vendor.item, { text: m[0] });
  }

  // AMP pages declare analytics as elements; their JSON config carries the account ids.
  for (const el of index.query('amp-analytics[type]')) {
    const type = AMP_ANALYTICS_TYPES[(el.getAttribute('type') ?? '').toLowerCase()];
    if (type) add(type.asset, type.item, { text: `amp-analytics type=${el.getAttribute('type')}`, el });
    for (const m of (el.textContent ?? '').matchAll(GOOGLE_ID)) {
      const google = googleItem(m[0]);
      if (google) add(google.asset, google.item, { text: m[0], el });
    }
  }
  for (const family of ['analytics', 'heatmap', 'adPixels'] as const) addSightings(index, family, found[family]);
  return found;
}

export const measureCollector: AssetCollector = {
  id: 'measure',
  assets: ['measure.analytics', 'measure.heatmap', 'measure.adPixels'],
  collect(index) {
    const found = detectTags(index);
    return {
      'measure.analytics': found.analytics.result(),
      'measure.heatmap': found.heatmap.result(),
      'measure.adPixels': found.adPixels.result(),
    };
  },
};
