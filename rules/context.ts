// Facts about the kind of site that several rules need to decide whether they apply.
import { detectionOf, type Facts } from '../engine/facts';
import type { RuleContext } from '../engine/rule';
import { cueMatcher } from '../cues/match';
import { EUROPEAN_COUNTRIES } from '../cues/site-kind';
import type { Currency } from '../engine/signals';

/** The site sells online: it is audited as a shop, or shows a cart or payment methods. */
export function sellsOnline(facts: Facts, context?: RuleContext): boolean {
  if (context?.kind === 'shop') return true;
  return detectionOf(facts, 'commerce.cart').present !== 'none' || detectionOf(facts, 'payment.methods').present !== 'none';
}

// EU and EEA languages, country domains and countries, and the UK (its GDPR and PECR keep the same
// rule): where consent before tracking is the law (GDPR, ePrivacy).
const EU_LANGS = new Set(['fi', 'sv', 'da', 'no', 'nb', 'nn', 'is', 'de', 'fr', 'nl', 'it', 'es', 'pt', 'pl', 'cs', 'sk', 'sl', 'hu', 'ro', 'bg', 'hr', 'el', 'et', 'lv', 'lt', 'ga', 'mt']);
const EU_TLDS = new Set(['eu', 'fi', 'se', 'dk', 'no', 'is', 'de', 'at', 'fr', 'nl', 'be', 'lu', 'it', 'es', 'pt', 'ie', 'pl', 'cz', 'sk', 'si', 'hu', 'ro', 'bg', 'hr', 'gr', 'ee', 'lv', 'lt', 'mt', 'cy', 'li', 'ax', 'uk']);
const EU_REGIONS = new Set([...EU_TLDS].filter((c) => c !== 'eu' && c !== 'uk').concat('gb'));
// Every currency of the EU, the EEA and the UK; `KR` is a Nordic crown.
const EU_CURRENCIES = new Set<Currency>(['EUR', 'GBP', 'KR', 'SEK', 'DKK', 'NOK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN']);
const europeanCountry = cueMatcher(EUROPEAN_COUNTRIES);

/** Why the site addresses a European audience: each sign found (none: it does not, as far as the facts tell). */
export type AudienceSign = 'domain' | 'language' | 'currency' | 'address' | 'delivery';

export function europeanAudience(facts: Facts): AudienceSign[] {
  const signs: AudienceSign[] = [];
  const tld = hostOf(facts.page?.url ?? '').split('.').pop() ?? '';
  if (EU_TLDS.has(tld)) signs.push('domain');
  const [lang = '', region = ''] = (facts.page?.lang ?? '').toLowerCase().split(/[-_]/);
  if (EU_LANGS.has(lang) || EU_REGIONS.has(region)) signs.push('language');
  if (facts.signals?.currencies.some((c) => EU_CURRENCIES.has(c))) signs.push('currency');
  const address = facts.assets['contact.address'];
  if (address && address.present !== 'none' && address.evidence.some((e) => europeanCountry.test(e.text ?? ''))) signs.push('address');
  if (facts.signals?.cues.includes('deliversEurope')) signs.push('delivery');
  return signs;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}


const MARKET_TLDS = new Set(['fi', 'se', 'dk', 'no', 'de', 'at', 'ch', 'nl', 'be', 'pl', 'pt', 'es', 'it', 'ee', 'fr']);
/** A language's home market, when the address does not name a country. */
const MARKET_OF_LANG: Record<string, string> = { fi: 'fi', sv: 'se', da: 'dk', no: 'no', nb: 'no', nn: 'no', de: 'de', nl: 'nl', pl: 'pl', pt: 'pt', es: 'es', it: 'it', et: 'ee', fr: 'fr' };

/**
 * The market (a country code) the page speaks to, for local habits such as payment methods:
 * the country domain (.ax counts as Finland), else the region of its language tag ("de-AT"),
 * else the language's home market. Null for a .com in English or in Brazilian Portuguese.
 */
export function market(facts: Facts): string | null {
  const tld = hostOf(facts.page?.url ?? '').split('.').pop() ?? '';
  if (tld === 'ax') return 'fi';
  if (MARKET_TLDS.has(tld)) return tld;
  const [lang = '', region = ''] = (facts.page?.lang ?? '').toLowerCase().split(/[-_]/);
  // A region names the country outright: "sv-FI" is Finland, "pt-BR" no market of ours.
  if (region) return MARKET_TLDS.has(region) ? region : null;
  return MARKET_OF_LANG[lang] ?? null;
}
