// One table of every vendor Polku knows, from the generated Wappalyzer data and the hand lists,
// compiled once into lookups: by host, by URL path literal, by global name, by config key, by selector.
// A vendor the hand lists know keeps their item id (the corpus and the reports use it), so each
// vendor is reported once whichever way it was found.
import { AUTOCONSENT_RULES } from '../data/consent-rules.generated';
import { WAPPALYZER_ROWS } from '../data/vendors.generated';
import { BOOKING_VENDORS } from './booking';
import { CONSENT_VENDORS } from './consent';
import { CONSENT_HOOKS } from './consent-hooks';
import { EMAIL_MARKETING_VENDORS } from './email-marketing';
import { hostLookup } from './match';
import { AD_PIXEL_VENDORS, ANALYTICS_VENDORS, HEATMAP_VENDORS } from './measure';
import { CHAT_VENDORS, REVIEW_VENDORS, type Vendor } from './vendors';

export const FAMILIES = ['chat', 'consent', 'analytics', 'heatmap', 'adPixels', 'reviews', 'booking', 'payment', 'email', 'loyalty', 'referral'] as const;
export type Family = (typeof FAMILIES)[number];

export interface TableVendor {
  family: Family;
  /** Item id: the hand list's when the vendor is on one, else the name folded ("Lucky Orange" → "luckyorange"). */
  item: string;
  name: string;
}

interface UrlPattern {
  vendor: TableVendor;
  /** Tested on the whole URL (compiled on first use: most hosts never appear); null when any URL on the host counts. */
  pattern: { test(url: string): boolean } | null;
}

/** A pattern compiled when first tested; one the engine refuses matches nothing. */
function lazyPattern(source: string): { test(url: string): boolean } {
  let re: RegExp | null | undefined;
  return { test: (url) => (re === undefined ? (re = compile(source)) : re)?.test(url) ?? false };
}

const HAND: Partial<Record<Family, readonly Vendor[]>> = {
  chat: CHAT_VENDORS,
  consent: CONSENT_VENDORS,
  analytics: ANALYTICS_VENDORS,
  heatmap: HEATMAP_VENDORS,
  adPixels: AD_PIXEL_VENDORS,
  reviews: REVIEW_VENDORS,
  booking: BOOKING_VENDORS,
  email: EMAIL_MARKETING_VENDORS,
};

/**
 * Global names of the hand lists' vendors (the objects their snippets define), for vendors whose
 * generated record is skipped or lacks them.
 */
/** A vendor's file names wherever a site serves it from, where the data knows only one folder ("/tealium/utag.js"):
 *  Tealium's loader is "utag.js" on the vendor's CDN, in a site's own folder, or saved beside a page. */
const HAND_PATHS: readonly { family: Family; item: string; literals: readonly string[] }[] = [
  { family: 'analytics', item: 'tealium', literals: ['/utag.js', '/utag.sync.js'] },
  // Webtrends' tag was served from the site's own host ("/js/webtrends/webtrends.js", "webtrends.load.js").
  { family: 'analytics', item: 'webtrends', literals: ['/webtrends.js', '/webtrends.min.js', '/webtrends.load.js', '/webtrends_tag.js'] },
];

const HAND_GLOBALS: readonly { family: Family; item: string; names: readonly string[] }[] = [
  { family: 'adPixels', item: 'meta', names: ['fbq', '_fbq'] },
  { family: 'adPixels', item: 'tiktok', names: ['TiktokAnalyticsObject'] },
  { family: 'adPixels', item: 'pinterest', names: ['pintrk'] },
  { family: 'adPixels', item: 'linkedin', names: ['_linkedin_partner_id', '_linkedin_data_partner_ids'] },
  { family: 'adPixels', item: 'bing', names: ['uetq', 'UET'] },
  { family: 'adPixels', item: 'snapchat', names: ['snaptr'] },
  { family: 'adPixels', item: 'criteo', names: ['criteo_q'] },
  { family: 'analytics', item: 'ua', names: ['GoogleAnalyticsObject', 'gaGlobal', '_gaq'] },
  { family: 'analytics', item: 'gtm', names: ['google_tag_manager'] },
  { family: 'analytics', item: 'matomo', names: ['_paq', 'Matomo', 'Piwik'] },
  { family: 'analytics', item: 'adobe', names: ['s_gi', '_satellite'] },
  { family: 'heatmap', item: 'hotjar', names: ['hj', '_hjSettings'] },
  { family: 'heatmap', item: 'mouseflow', names: ['_mfq', 'mouseflow'] },
  { family: 'chat', item: 'zendesk', names: ['zE', 'zESettings', 'zEmbed'] },
  { family: 'chat', item: 'tawk', names: ['Tawk_API'] },
  { family: 'chat', item: 'crisp', names: ['$crisp', 'CRISP_WEBSITE_ID'] },
  { family: 'chat', item: 'intercom', names: ['Intercom', 'intercomSettings'] },
  // Consent platforms' globals are in CONSENT_HOOKS; these are set by their snippets, not called from a settings link.
  { family: 'consent', item: 'cookiebot', names: ['CookieConsent'] },
  { family: 'consent', item: 'didomi', names: ['didomiConfig'] },
];

/** Items for generated vendors whose folded name is not the id the corpus and reports use. */
const ITEM_OF_NAME: Readonly<Record<string, string>> = {
  'Commanders Act TagCommander': 'tagcommander',
  'Piwik PRO Core': 'piwikpro',
  'IBM Coremetrics': 'coremetrics',
  'AT Internet': 'atinternet',
  'Microsoft Clarity': 'clarity',
  'Snap Pixel': 'snapchat',
  'Twitter Ads': 'x',
  'Microsoft Advertising': 'bing',
  'Adobe Analytics': 'adobe',
  'Adobe Experience Platform Launch': 'adobe',
  'Adobe DTM': 'adobe',
  'Matomo Analytics': 'matomo',
  'Matomo Tag Manager': 'matomo',
  'Yandex.Metrika': 'yandex',
  'Tawk.to': 'tawk',
  'Zendesk Chat': 'zendesk',
  'Trusted Shops': 'trustedshops',
  'Judge.me': 'judgeme',
  'Reviews.io': 'reviewsio',
};

const foldName = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

function compile(source: string): RegExp | null {
  try {
    return new RegExp(source, 'i');
  } catch {
    return null;
  }
}

/** Config keys are read only for the families whose tools are configured that way in practice (a consent
 *  manager's or a chat's settings object); an analytics or ad key ("segment", "pinterest") names too much else. */
const configKeyFamily = (family: Family) => family === 'consent' || family === 'chat' || family === 'heatmap' || family === 'reviews';
/** Words and networks a page's own data uses as keys. */
const NOT_CONFIG_KEYS = new Set(['messenger', 'whatsapp', 'facebook', 'google', 'twitter', 'instagram', 'linkedin', 'clarity', 'reviews', 'review', 'rating', 'ratings', 'consent', 'cookies', 'livechat', 'support', 'contact', 'message', 'messages', 'widget', 'chatbot',
  // vendors named by an everyday word that a page's own settings use as a key ("tooltip: {…}", "inside: {…}")
  'tooltip', 'inside', 'capacity', 'certainly', 'dynamics', 'gravity', 'groove', 'merlin', 'poster', 'retain', 'sharpen', 'tactful', 'ultimate', 'yonder', 'kindly', 'decibel', 'gladly',
  'sameday', 'pancake', 'mottle', 'clutch', 'podium', 'privado', 'lightspeed', 'glassbox', 'phonon', 'stamped', 'transcend', 'sitehood', 'harafunnel',
  // CRM platforms that also sell a chat: their settings on a page are forms and tracking more often than chat
  'hubspot', 'salesforce', 'pipedrive']);

function addConfigKey(keys: Map<string, TableVendor[]>, key: string, vendor: TableVendor): void {
  if (/^[a-z][a-z0-9]{5,}$/.test(key) && !NOT_CONFIG_KEYS.has(key)) push(keys, key, vendor);
}

/** A generated vendor of one family, its row's fields by name. */
export interface GeneratedVendor {
  name: string;
  family: Family;
  hosts: readonly string[];
  urls: readonly (readonly [string, string])[];
  paths: readonly string[];
  globals: readonly string[];
  selectors: readonly string[];
  meta: readonly string[];
}

export function generatedVendors(): GeneratedVendor[] {
  const out: GeneratedVendor[] = [];
  const field = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : []);
  for (const family of FAMILIES) {
    for (const [name, h, u, p, j, d, m] of WAPPALYZER_ROWS[family] ?? []) {
      out.push({ name, family, hosts: field(h), urls: field(u), paths: field(p), globals: field(j), selectors: field(d), meta: field(m) });
    }
  }
  return out;
}

export interface VendorTable {
  byHost: (host: string) => readonly UrlPattern[];
  /** Lower-case literals that name a vendor's file wherever it is served from ("/tealium/utag.js"). */
  paths: readonly { literal: string; vendor: TableVendor }[];
  /** Global names (case kept) → vendors. */
  globals: ReadonlyMap<string, readonly TableVendor[]>;
  /** A vendor's folded one-word name used as a config key ("didomi": {…}) → vendors. */
  configKeys: ReadonlyMap<string, readonly TableVendor[]>;
  /** Each with the ids, classes, attribute names and custom tags an element must have for it to match. */
  selectors: readonly { selector: string; vendor: TableVendor; tokens: readonly string[] }[];
  meta: ReadonlyMap<string, readonly TableVendor[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The hand item of a generated vendor: the same folded name, or a host its records share. */
function handItem(family: Family, name: string, hosts: readonly string[], handByHost: Map<Family, (host: string) => readonly Vendor[]>): string | undefined {
  const list = HAND[family];
  if (!list) return undefined;
  const folded = foldName(name);
  const byName = list.find((v) => v.item === folded);
  if (byName) return byName.item;
  const lookup = handByHost.get(family);
  for (const host of hosts) {
    const hit = lookup?.(host)[0];
    if (hit) return hit.item;
  }
  return undefined;
}

/**
 * What a page must hold for a plain selector to match anything: "#id", ".class", "[attr" (lower-case) and
 * "<custom-tag". Attribute values are left out ("[href*='.adroll.com']" asks for an href, not a class).
 */
export function selectorTokens(selector: string): string[] {
  const tokens = [...selector.matchAll(/\[\s?([\w:-]+)/g)].map((m) => `[${m[1]!.toLowerCase()}`);
  const outside = selector.replace(/\[[^\]]*\]/g, ' ');
  for (const m of outside.matchAll(/([#.])([\w-]+)/g)) tokens.push(`${m[1]}${m[2]}`);
  for (const m of outside.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*-[\w-]*)/gi)) tokens.push(`<${m[1]!.toLowerCase()}`);
  return [...new Set(tokens)];
}

export function buildVendorTable(): VendorTable {
  const hostEntries: { host: string; entry: UrlPattern }[] = [];
  const paths: { literal: string; vendor: TableVendor }[] = [];
  const globals = new Map<string, TableVendor[]>();
  const configKeys = new Map<string, TableVendor[]>();
  const selectors: { selector: string; vendor: TableVendor }[] = [];
  const meta = new Map<string, TableVendor[]>();
  const handByHost = new Map<Family, (host: string) => readonly Vendor[]>();
  for (const family of FAMILIES) {
    const list = HAND[family];
    if (list) handByHost.set(family, hostLookup(list, (v) => v.hosts));
  }

  for (const record of generatedVendors()) {
    const { family, name } = record;
    const hosts = [...record.hosts, ...record.urls.map(([host]) => host)];
    const item = ITEM_OF_NAME[name] ?? handItem(family, name, hosts, handByHost) ?? foldName(name);
    const vendor: TableVendor = { family, item, name };
    for (const host of record.hosts) hostEntries.push({ host, entry: { vendor, pattern: null } });
    for (const [host, source] of record.urls) hostEntries.push({ host, entry: { vendor, pattern: lazyPattern(source) } });
    for (const literal of record.paths) paths.push({ literal, vendor });
    for (const global of record.globals) push(globals, global, vendor);
    for (const selector of record.selectors) selectors.push({ selector, vendor });
    for (const metaName of record.meta) push(meta, metaName, vendor);
    if (configKeyFamily(family) && !/\s/.test(name.trim())) addConfigKey(configKeys, foldName(name), vendor);
  }
  // The hand lists' hosts and markers stay with their collectors; their vendors' global names and
  // hosts join here so that loaders, hints and globals find them too.
  for (const family of FAMILIES) {
    for (const v of HAND[family] ?? []) {
      const vendor: TableVendor = { family, item: v.item, name: v.item };
      const pathBound = 'paths' in v && v.paths !== undefined;
      if (!pathBound) for (const host of v.hosts) hostEntries.push({ host, entry: { vendor, pattern: null } });
      if (configKeyFamily(family)) addConfigKey(configKeys, v.item, vendor);
    }
  }
  for (const { family, item, names } of HAND_GLOBALS) for (const name of names) push(globals, name, { family, item, name: item });
  for (const { family, item, literals } of HAND_PATHS) for (const literal of literals) paths.push({ literal, vendor: { family, item, name: item } });
  // Consent platforms known by their settings hooks and the marks on the tags they govern more than by the data's selectors.
  for (const { item, selectors: list = [], calls = [] } of CONSENT_HOOKS) {
    const vendor: TableVendor = { family: 'consent', item, name: item };
    for (const selector of list) selectors.push({ selector, vendor });
    for (const name of calls) push(globals, name, vendor);
  }
  for (const rule of AUTOCONSENT_RULES) {
    const vendor: TableVendor = { family: 'consent', item: foldName(rule.n), name: rule.n };
    for (const selector of rule.s) selectors.push({ selector, vendor });
  }
  const lookup = hostLookup(hostEntries, (e) => [e.host]);
  return {
    byHost: (host) => lookup(host).map((e) => e.entry),
    paths,
    globals,
    configKeys,
    selectors: selectors.map((s) => ({ ...s, tokens: selectorTokens(s.selector) })),
    meta,
  };
}

let table: VendorTable | undefined;
/** Built on first use: the scanner pays for it only when it scans. */
export const vendorTable = (): VendorTable => (table ??= buildVendorTable());
