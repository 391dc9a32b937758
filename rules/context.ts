// Facts about the kind of site that several rules need to decide whether they apply.
import { detectionOf, type Facts } from '../engine/facts';

/** The page sells online: a cart, or payment methods on show. */
export function sellsOnline(facts: Facts): boolean {
  return detectionOf(facts, 'commerce.cart').present !== 'none' || detectionOf(facts, 'payment.methods').present !== 'none';
}

// EU and EEA languages and country domains: where consent before tracking is the law (GDPR, ePrivacy).
const EU_LANGS = new Set(['fi', 'sv', 'da', 'no', 'nb', 'nn', 'is', 'de', 'fr', 'nl', 'it', 'es', 'pt', 'pl', 'cs', 'sk', 'sl', 'hu', 'ro', 'bg', 'hr', 'el', 'et', 'lv', 'lt', 'ga', 'mt']);
const EU_TLDS = new Set(['eu', 'fi', 'se', 'dk', 'no', 'is', 'de', 'at', 'fr', 'nl', 'be', 'lu', 'it', 'es', 'pt', 'ie', 'pl', 'cz', 'sk', 'si', 'hu', 'ro', 'bg', 'hr', 'gr', 'ee', 'lv', 'lt', 'mt', 'cy', 'li', 'ax']);

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The site addresses a European audience: an EU/EEA country domain or page language. */
export function europeanSite(facts: Facts): boolean {
  const tld = hostOf(facts.page?.url ?? '').split('.').pop() ?? '';
  const lang = (facts.page?.lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return EU_TLDS.has(tld) || EU_LANGS.has(lang);
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
