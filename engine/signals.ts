// Page facts that say what kind of business a site is and whom it addresses: words of each kind,
// schema.org types, dated articles, the currencies its prices are in, a consent framework stub.
// Read by engine/site-kind.ts (the kind) and rules/context.ts (the audience). Plain facts, no judgement.
import { z } from 'zod';
import { list, text, type SchemaMode } from './schema-kit';

/** Cue families found on the page (cues/site-kind.ts). */
export const SIGNAL_CUES = [
  'openingHours', 'menu', 'localTrade', 'demo', 'perSeat', 'plans', 'caseStudies', 'b2bWords', 'freeTrial',
  'subscription', 'byline', 'donate', 'membership', 'association', 'deliversEurope', 'consentStub',
] as const;
export type SignalCue = (typeof SIGNAL_CUES)[number];

/** Currencies prices are written in; `KR` is a Nordic crown (kr, :-) whose country the sign does not tell. */
export const CURRENCIES = ['EUR', 'GBP', 'USD', 'KR', 'SEK', 'DKK', 'NOK', 'ISK', 'PLN', 'CHF', 'CZK', 'HUF', 'RON', 'BGN'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const SIGNAL_LIMITS = { schemaTypes: 20, typeName: 60, ogType: 40, articles: 200 } as const;

export function siteSignalsSchema(mode: SchemaMode) {
  return z.object({
    cues: list(z.enum(SIGNAL_CUES), SIGNAL_CUES.length, mode),
    /** JSON-LD `@type`s of the page's top-level items. */
    schemaTypes: list(text(SIGNAL_LIMITS.typeName, mode), SIGNAL_LIMITS.schemaTypes, mode),
    ogType: text(SIGNAL_LIMITS.ogType, mode).nullable(),
    /** Articles with a publication date (`<article>` holding a `<time>` or datePublished), capped. */
    datedArticles: z.number().int().min(0).max(SIGNAL_LIMITS.articles),
    currencies: list(z.enum(CURRENCIES), CURRENCIES.length, mode),
  });
}
export const SiteSignalsSchema = siteSignalsSchema('strict');
export type SiteSignals = z.infer<typeof SiteSignalsSchema>;
