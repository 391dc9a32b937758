// What kind of business the page belongs to and whom it addresses, as plain facts: cue families
// found in its labels and text, schema.org types, dated articles, currencies of its prices, and a
// consent framework stub of its own. Every pass is linear and capped.
import { cueMatcher, type CueMatcher } from '../cues/match';
import {
  ASSOCIATION, B2B_WORDS, BYLINE, CASE_STUDIES, DELIVERY_WORDS, DEMO, DONATE, EUROPE_WORDS, FREE_TRIAL, LOCAL_TRADES, MEMBERSHIP, MENU, OPENING_HOURS, PER_SEAT, PLANS, SUBSCRIPTION,
} from '../cues/site-kind';
import { CURRENCIES, SIGNAL_LIMITS, type Currency, type SignalCue, type SiteSignals } from '../engine/signals';
import { clip } from '../engine/limits';
import { elementText, fold, jsonLdTypes, type PageIndex } from './page-index';

/** Cues read in labels: link texts, headings, buttons (what navigation and calls to action say). */
const LABEL_CUES: [SignalCue, CueMatcher][] = [
  ['openingHours', cueMatcher(OPENING_HOURS)],
  ['menu', cueMatcher(MENU)],
  ['localTrade', cueMatcher(LOCAL_TRADES)],
  ['demo', cueMatcher(DEMO)],
  ['plans', cueMatcher(PLANS)],
  ['caseStudies', cueMatcher(CASE_STUDIES)],
  ['b2bWords', cueMatcher(B2B_WORDS)],
  ['freeTrial', cueMatcher(FREE_TRIAL)],
  ['subscription', cueMatcher(SUBSCRIPTION)],
  ['donate', cueMatcher(DONATE)],
  ['membership', cueMatcher(MEMBERSHIP)],
  ['association', cueMatcher(ASSOCIATION)],
];
/** Cues read in the page's text as well: they sit in copy and footers rather than in labels. */
const TEXT_CUES = new Set<SignalCue>(['openingHours', 'menu', 'subscription']);
const perSeat = cueMatcher(PER_SEAT);
const delivery = cueMatcher(DELIVERY_WORDS);
const europe = cueMatcher(EUROPE_WORDS);

/** Text read for cues and prices: enough for any page's copy, bounded for a hostile one. */
const TEXT_CAP = 200_000;
const LABEL_CAP = 3000;
const LABEL_CHARS = 120;
const LINE_CHARS = 300;
const PRICE_MATCHES = 400;

// A sign or code next to a number: "7,80 €", "€ 12", "155 kr", "115:-", "EUR 40", "£9". One alternation, no nesting.
const PRICE = /(?:(?<![\p{L}\p{N}])(€|£|\$|eur|gbp|usd|sek|dkk|nok|pln|chf|czk|huf|ron|isk|bgn)\s?\d)|(?:\d\s?(€|£|eur|euro|euros|gbp|usd|sek|dkk|nok|isk|pln|zł|chf|czk|kč|huf|ron|lei|bgn|лв|kr|:-)(?![\p{L}]))/giu;
const CODE_OF: Record<string, Currency> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', $: 'USD', usd: 'USD', sek: 'SEK', dkk: 'DKK', nok: 'NOK', isk: 'ISK', kr: 'KR', ':-': 'KR',
  pln: 'PLN', zł: 'PLN', chf: 'CHF', czk: 'CZK', kč: 'CZK', huf: 'HUF', ron: 'RON', lei: 'RON', bgn: 'BGN', лв: 'BGN',
};

export function currenciesIn(text: string): Currency[] {
  const found = new Set<Currency>();
  PRICE.lastIndex = 0;
  let n = 0;
  for (let m = PRICE.exec(text); m !== null && n < PRICE_MATCHES; m = PRICE.exec(text), n++) {
    const code = CODE_OF[(m[1] ?? m[2] ?? '').toLowerCase()];
    if (code) found.add(code);
    if (found.size === CURRENCIES.length) break;
  }
  return CURRENCIES.filter((c) => found.has(c));
}

// A consent framework stub the page defines itself (IAB TCF v2 `__tcfapi`, v1 `__cmp`): an
// assignment or the locator frame it names, not a call by an ad script that only looks for one.
export const CONSENT_STUB = /(?:__tcfapi|__cmp)\s*=\s*function|(?:__tcfapi|__cmp)["']?\]\s*=|name\s*=\s*["']__(?:tcfapi|cmp)Locator["']|\.name\s*=\s*["']__(?:tcfapi|cmp)Locator/;

function schemaTypes(index: PageIndex): string[] {
  const types = new Set<string>();
  for (const node of index.jsonLd) {
    if (!node || typeof node !== 'object') continue;
    const graph = (node as Record<string, unknown>)['@graph'];
    for (const item of Array.isArray(graph) ? graph : [node]) {
      if (item && typeof item === 'object') for (const t of jsonLdTypes(item as Record<string, unknown>)) types.add(clip(t, SIGNAL_LIMITS.typeName));
      if (types.size >= SIGNAL_LIMITS.schemaTypes) return [...types];
    }
  }
  return [...types];
}

function labels(index: PageIndex): string[] {
  const out: string[] = [];
  for (const link of index.links) {
    if (out.length >= LABEL_CAP) break;
    if (link.text.length > 0 && link.text.length <= LABEL_CHARS) out.push(link.text);
  }
  for (const el of [...index.headings, ...index.query('button, [role="button"]')]) {
    if (out.length >= LABEL_CAP * 2) break;
    const text = fold(elementText(el));
    if (text.length > 0 && text.length <= LABEL_CHARS) out.push(text);
  }
  return out;
}

export function collectSignals(index: PageIndex): SiteSignals {
  const cues = new Set<SignalCue>();
  const labelText = labels(index).join('\n');
  const text = index.text.length > TEXT_CAP ? index.text.slice(0, TEXT_CAP) : index.text;
  for (const [id, matcher] of LABEL_CUES) if (matcher.test(labelText) || (TEXT_CUES.has(id) && matcher.test(text))) cues.add(id);
  if (perSeat.test(text)) cues.add('perSeat');
  if (index.query(BYLINE, 1).length > 0) cues.add('byline');
  for (const line of index.lines) {
    if (line.length <= LINE_CHARS && europe.test(line) && delivery.test(line)) {
      cues.add('deliversEurope');
      break;
    }
  }
  if (index.inlineScripts.some((code) => CONSENT_STUB.test(code))) cues.add('consentStub');
  const dated = index.query('article', SIGNAL_LIMITS.articles).filter((a) => a.querySelector('time[datetime], [itemprop="datePublished"]')).length;
  const ogType = index.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? null;
  return {
    cues: [...cues],
    schemaTypes: schemaTypes(index),
    ogType: ogType === null ? null : clip(ogType, SIGNAL_LIMITS.ogType),
    datedArticles: Math.min(dated, SIGNAL_LIMITS.articles),
    currencies: currenciesIn(text),
  };
}
