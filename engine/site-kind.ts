// What kind of business a site is, inferred from its facts: the kind sets which checks apply and
// how much they weigh (engine/config.ts, KIND_PROFILES). Pure. Each kind collects points from the
// signals that speak for it; the reasons are message ids (i18n/site-kind.ts), never text.
import type { AssetId } from './assets';
import { detectionOf, type Facts } from './facts';
import type { MessageData } from './rule';
import type { SignalCue } from './signals';

export const SITE_KINDS = ['shop', 'service', 'b2b', 'publisher', 'nonprofit'] as const;
export type SiteKindId = (typeof SITE_KINDS)[number];

/**
 * When nothing speaks clearly for a kind: a local service. Most of Polku's users are small service
 * businesses, and its profile judges a site's own sales (cart, payment, delivery) only when the
 * site sells online, so an unclear page is judged as it was before kinds existed: an unclear shop
 * still meets the checks of what it sells, and a brochure site is not failed for lacking a cart.
 */
export const DEFAULT_KIND: SiteKindId = 'service';

/** Points below which a kind is not claimed, and the lead it needs over the next kind. */
const MIN_POINTS = 2.5;
const MIN_LEAD = 1;

export interface KindReason {
  /** `kind/<signal>`, rendered by i18n/site-kind.ts. */
  messageId: string;
  data: MessageData;
}

export interface SiteKind {
  /** The kind the audit used: the user's choice, else the inferred one. */
  id: SiteKindId;
  inferred: SiteKindId;
  /** 0–1: how clearly the facts point to the inferred kind. */
  confidence: number;
  /** Why the inferred kind (its signals, strongest first; `kind/default` when nothing was clear). */
  reasons: KindReason[];
}

/** JSON-LD types by the kind they point to (schema.org names; subtypes that say the trade). */
export const KIND_TYPES = {
  shop: ['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'OnlineStore', 'Store'],
  service: [
    'LocalBusiness', 'Restaurant', 'FoodEstablishment', 'CafeOrCoffeeShop', 'Bakery', 'BarOrPub', 'Dentist', 'MedicalBusiness', 'MedicalClinic', 'Physician', 'HealthAndBeautyBusiness',
    'HairSalon', 'BeautySalon', 'DaySpa', 'RealEstateAgent', 'HomeAndConstructionBusiness', 'Plumber', 'Electrician', 'HousePainter', 'RoofingContractor', 'GeneralContractor',
    'AutoRepair', 'LegalService', 'Attorney', 'AccountingService', 'Hotel', 'LodgingBusiness', 'ExerciseGym', 'SportsActivityLocation', 'ProfessionalService', 'VeterinaryCare', 'Optician',
  ],
  b2b: ['SoftwareApplication', 'WebApplication', 'SaaS'],
  publisher: ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'NewsMediaOrganization', 'Periodical', 'PublicationIssue'],
  articles: ['Article', 'BlogPosting', 'OpinionNewsArticle', 'TechArticle', 'Recipe', 'HowTo'],
  nonprofit: ['NGO', 'NonprofitOrganization', 'GovernmentOrganization', 'FundingScheme', 'DonateAction'],
} as const;

interface Signal {
  kind: SiteKindId;
  points: number;
  reason: KindReason;
}

const reason = (key: string, data: MessageData = {}): KindReason => ({ messageId: `kind/${key}`, data });

function assetSignals(facts: Facts): Signal[] {
  const out: Signal[] = [];
  const has = (id: AssetId, how?: 'content') => {
    const d = detectionOf(facts, id);
    return how ? d.present === 'content' || d.present === 'script' : d.present !== 'none';
  };
  const cart = detectionOf(facts, 'commerce.cart').present;
  if (cart === 'content' || cart === 'script') out.push({ kind: 'shop', points: 3, reason: reason('cart') });
  else if (cart === 'link') out.push({ kind: 'shop', points: 1, reason: reason('cartLink') });
  if (has('payment.methods')) out.push({ kind: 'shop', points: 1, reason: reason('payment') });
  if (has('commerce.delivery') && has('commerce.returns')) out.push({ kind: 'shop', points: 1, reason: reason('deliveryReturns') });
  if (detectionOf(facts, 'content.blog').present === 'content') out.push({ kind: 'publisher', points: 1, reason: reason('articles') });
  if (has('contact.booking')) out.push({ kind: 'service', points: 1.5, reason: reason('booking') });
  if (has('contact.address', 'content') && has('contact.phone')) out.push({ kind: 'service', points: 1, reason: reason('addressPhone') });
  return out;
}

const CUE_SIGNALS: Partial<Record<SignalCue, { kind: SiteKindId; points: number }>> = {
  openingHours: { kind: 'service', points: 1.5 },
  menu: { kind: 'service', points: 2 },
  localTrade: { kind: 'service', points: 1 },
  demo: { kind: 'b2b', points: 2.5 },
  perSeat: { kind: 'b2b', points: 2 },
  plans: { kind: 'b2b', points: 1 },
  caseStudies: { kind: 'b2b', points: 1.5 },
  b2bWords: { kind: 'b2b', points: 1 },
  freeTrial: { kind: 'b2b', points: 1.5 },
  subscription: { kind: 'publisher', points: 2 },
  byline: { kind: 'publisher', points: 1 },
  donate: { kind: 'nonprofit', points: 2.5 },
  membership: { kind: 'nonprofit', points: 1 },
  association: { kind: 'nonprofit', points: 1.5 },
};

function typeSignals(types: readonly string[]): Signal[] {
  const out: Signal[] = [];
  const hit = (list: readonly string[]) => types.filter((t) => list.includes(t));
  const kinds: [SiteKindId, readonly string[], number][] = [
    ['shop', KIND_TYPES.shop, 2],
    ['service', KIND_TYPES.service, 3],
    ['b2b', KIND_TYPES.b2b, 2],
    ['publisher', KIND_TYPES.publisher, 3],
    ['publisher', KIND_TYPES.articles, 1.5],
    ['nonprofit', KIND_TYPES.nonprofit, 3],
  ];
  for (const [kind, list, points] of kinds) {
    const found = hit(list);
    if (found.length > 0) out.push({ kind, points, reason: reason('schemaType', { types: found.slice(0, 3).join(', ') }) });
  }
  return out;
}

function pageSignals(facts: Facts): Signal[] {
  const signals = facts.signals;
  if (!signals) return [];
  const out: Signal[] = [];
  for (const cue of signals.cues) {
    const s = CUE_SIGNALS[cue];
    if (s) out.push({ ...s, reason: reason(cue) });
  }
  out.push(...typeSignals(signals.schemaTypes));
  if (signals.datedArticles >= 5) out.push({ kind: 'publisher', points: 2, reason: reason('datedArticles', { count: signals.datedArticles }) });
  else if (signals.datedArticles >= 2) out.push({ kind: 'publisher', points: 1, reason: reason('datedArticles', { count: signals.datedArticles }) });
  // Weak: many site builders mark every page an article.
  if (/^article$/i.test(signals.ogType ?? '')) out.push({ kind: 'publisher', points: 0.5, reason: reason('ogArticle') });
  return out;
}

/** The kind the facts point to, how clearly, and why. */
export function inferSiteKind(facts: Facts): Omit<SiteKind, 'id'> {
  const signals = [...assetSignals(facts), ...pageSignals(facts)];
  const points = new Map<SiteKindId, number>(SITE_KINDS.map((k) => [k, 0]));
  for (const s of signals) points.set(s.kind, points.get(s.kind)! + s.points);
  const ranked = [...SITE_KINDS].sort((a, b) => points.get(b)! - points.get(a)! || SITE_KINDS.indexOf(a) - SITE_KINDS.indexOf(b));
  const top = ranked[0]!;
  const best = points.get(top)!;
  const lead = best - points.get(ranked[1]!)!;
  if (best < MIN_POINTS || lead < MIN_LEAD) return { inferred: DEFAULT_KIND, confidence: 0, reasons: [reason('default')] };
  const reasons = signals
    .filter((s) => s.kind === top)
    .sort((a, b) => b.points - a.points)
    .map((s) => s.reason);
  // Clear when the kind has many points and leads by most of them.
  const confidence = Math.round(Math.min(1, best / 6) * (lead / best) * 100) / 100;
  return { inferred: top, confidence, reasons };
}

export function isSiteKind(value: unknown): value is SiteKindId {
  return typeof value === 'string' && (SITE_KINDS as readonly string[]).includes(value);
}

/** The kind to audit with: the user's choice when there is one, else the inferred kind. */
export function resolveSiteKind(facts: Facts, chosen?: SiteKindId | null): SiteKind {
  const inferred = inferSiteKind(facts);
  return { id: chosen ?? inferred.inferred, ...inferred };
}
