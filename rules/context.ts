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


/** The market the page speaks to, for local habits such as payment methods. */
export function market(facts: Facts): string | null {
  const tld = hostOf(facts.page?.url ?? '').split('.').pop() ?? '';
  const byTld: Record<string, string> = { fi: 'fi', ax: 'fi', se: 'sv', dk: 'da', no: 'no', de: 'de', at: 'de', ch: 'de', nl: 'nl' };
  if (byTld[tld]) return byTld[tld]!;
  const lang = (facts.page?.lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const byLang: Record<string, string> = { fi: 'fi', sv: 'sv', da: 'da', no: 'no', nb: 'no', nn: 'no', de: 'de', nl: 'nl' };
  return byLang[lang] ?? null;
}
