// The one place where rules meet stages and weights (cf. Lighthouse categories.*.auditRefs).
import type { AssetId } from './assets';
import type { SiteKindId } from './site-kind';

export const STAGE_IDS = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The parts of the site foundation, each scored on its own as well (seed 004: speed, mobile, security). */
export const FOUNDATION_GROUPS = ['speed', 'mobile', 'accessibility', 'security', 'measurement'] as const;
export type FoundationGroup = (typeof FOUNDATION_GROUPS)[number];

export interface RuleRef {
  id: string;
  weight: number;
  /** The part of the stage the rule belongs to, where a stage has parts (the foundation). */
  group?: FoundationGroup;
}

export interface StageConfig {
  /** Weight of the stage in the overall score. */
  weight: number;
  rules: RuleRef[];
  /** Assets listed under the stage as "what was found". */
  assets: AssetId[];
}

export type AuditConfig = Record<StageId, StageConfig>;

// Weights say how much a check matters to its stage (3 = decisive, 1 = nice to have). Seeds 002
// and 004 put contact, proof, trust and payment first; the purchase and comparison stages weigh
// most in the overall score because that is where a visitor is won or lost.
export const DEFAULT_CONFIG: AuditConfig = {
  awareness: {
    weight: 1,
    rules: [
      { id: 'page-title', weight: 3 },
      { id: 'meta-description', weight: 2 },
      { id: 'single-h1', weight: 1 },
      { id: 'content-hub', weight: 2 },
      { id: 'social-profiles', weight: 1 },
      { id: 'ad-pixels', weight: 1 },
      // Being found: Lighthouse's SEO checks (crawlable, indexable, described) belong with the title
      // and description checks above. Weight 1, as it partly re-checks them.
      { id: 'lighthouse-seo', weight: 1 },
    ],
    assets: ['content.blog', 'social.profiles', 'measure.adPixels'],
  },
  consideration: {
    weight: 1.5,
    rules: [
      { id: 'customer-proof', weight: 3 },
      { id: 'faq-available', weight: 2 },
      { id: 'pricing-visible', weight: 2 },
      { id: 'product-image-alt', weight: 1 },
    ],
    assets: ['proof.testimonials', 'proof.reviews', 'faq', 'offer.pricing'],
  },
  conversion: {
    weight: 1.5,
    rules: [
      { id: 'contact-available', weight: 3 },
      { id: 'contact-beyond-phone', weight: 3 },
      // Local services only (KIND_PROFILES): a table, an appointment or a visit booked online.
      { id: 'online-booking', weight: 2 },
      { id: 'business-email', weight: 1 },
      { id: 'payment-methods', weight: 2 },
      { id: 'local-payment-methods', weight: 2 },
      { id: 'privacy-policy', weight: 2 },
      { id: 'terms-available', weight: 1 },
      { id: 'company-identity', weight: 2 },
      { id: 'delivery-info', weight: 2 },
      { id: 'returns-policy', weight: 1 },
      { id: 'path-links', weight: 2 },
      { id: 'accessible-forms', weight: 2 },
      { id: 'form-friction', weight: 2 },
      // A tap-to-call number is a way to reach the business (conversion), judged from the contact detection.
      { id: 'phone-tel-link', weight: 1 },
    ],
    assets: [
      'contact.phone', 'contact.email', 'contact.form', 'contact.chat', 'contact.address', 'contact.booking',
      'payment.methods', 'commerce.cart', 'commerce.delivery', 'commerce.returns',
      'trust.privacy', 'trust.terms', 'trust.company', 'trust.badges',
    ],
  },
  retention: {
    weight: 0.75,
    rules: [
      { id: 'newsletter-signup', weight: 2 },
      { id: 'customer-account', weight: 1 },
      { id: 'loyalty-programme', weight: 1 },
    ],
    assets: ['retention.newsletter', 'retention.account', 'retention.loyalty'],
  },
  advocacy: {
    weight: 0.75,
    rules: [
      { id: 'reviews-visible', weight: 2 },
      { id: 'share-buttons', weight: 1 },
      { id: 'referral-programme', weight: 1 },
    ],
    // Ratings are listed once, under consideration (JOURNEY.md); the reviews check still weighs here.
    assets: ['advocacy.share', 'advocacy.referral'],
  },
  foundation: {
    weight: 1,
    rules: [
      { id: 'https', weight: 3, group: 'security' },
      { id: 'mobile-viewport', weight: 2, group: 'mobile' },
      { id: 'lcp', weight: 2, group: 'speed' },
      { id: 'cls', weight: 1, group: 'speed' },
      { id: 'accessibility', weight: 2, group: 'accessibility' },
      { id: 'inp', weight: 1, group: 'speed' },
      { id: 'fcp', weight: 1, group: 'speed' },
      { id: 'ttfb', weight: 1, group: 'speed' },
      { id: 'page-weight', weight: 2, group: 'speed' },
      { id: 'render-blocking', weight: 1, group: 'speed' },
      { id: 'third-party-share', weight: 1, group: 'speed' },
      { id: 'content-fits-screen', weight: 2, group: 'mobile' },
      { id: 'tap-targets', weight: 1, group: 'mobile' },
      { id: 'text-size', weight: 1, group: 'mobile' },
      { id: 'analytics-installed', weight: 2, group: 'measurement' },
      { id: 'consent-before-tracking', weight: 2, group: 'measurement' },
      { id: 'heatmaps', weight: 1, group: 'measurement' },
      // Only with `polku --lighthouse`; otherwise not applicable and weighing nothing.
      { id: 'lighthouse-performance', weight: 2, group: 'speed' },
      { id: 'lighthouse-accessibility', weight: 2, group: 'accessibility' },
      { id: 'lighthouse-best-practices', weight: 1, group: 'security' },
    ],
    assets: ['measure.analytics', 'measure.heatmap', 'trust.consent'],
  },
};

/** How a kind of site is judged: the checks that do not apply to it, weights that differ, and the
 *  assets it is not judged on (listed as not applicable when missing, never as failures). */
export interface KindProfile {
  notApplicable: readonly string[];
  /** Rule id → weight, where the kind weighs a check otherwise than its stage does. */
  weights: Readonly<Record<string, number>>;
  assetsNotApplicable: readonly AssetId[];
}

// Each kind's path (seeds 002 and 004; JOURNEY.md). A shop is judged on selling and not on booking;
// booking online is judged for local services alone.
// A local service (clinic, restaurant, salon, estate agent, craftsman) is judged on being reached,
// trusted and reviewed; its sales checks (payment, delivery) apply only where it sells online
// (the rules' own condition), and a loyalty programme, customer account or returns policy is not
// expected of it. B2B and SaaS weigh proof (case studies), the enquiry form and prices or a quote.
// A publisher weighs the newsletter, the subscriber's account and consent before tracking (ad-funded).
// A nonprofit (association, foundation, public body) weighs the newsletter, content and social reach.
// Product images without alt text bar visitors on any kind of site: that rule applies wherever products show.
const SALES_AFTERCARE = ['delivery-info', 'returns-policy', 'loyalty-programme', 'customer-account'];
const SHOP_ASSETS: AssetId[] = ['commerce.cart', 'commerce.delivery', 'commerce.returns', 'retention.loyalty', 'retention.account', 'payment.methods'];

export const KIND_PROFILES: Record<SiteKindId, KindProfile> = {
  shop: {
    notApplicable: ['online-booking'],
    weights: { 'payment-methods': 3, 'returns-policy': 2 },
    assetsNotApplicable: ['contact.booking'],
  },
  service: {
    notApplicable: ['returns-policy', 'loyalty-programme', 'customer-account', 'referral-programme'],
    weights: { 'phone-tel-link': 2, 'reviews-visible': 3 },
    assetsNotApplicable: [...SHOP_ASSETS, 'advocacy.referral'],
  },
  b2b: {
    notApplicable: [...SALES_AFTERCARE, 'payment-methods', 'local-payment-methods', 'online-booking'],
    weights: { 'customer-proof': 4, 'contact-beyond-phone': 4, 'pricing-visible': 3, 'content-hub': 3 },
    assetsNotApplicable: [...SHOP_ASSETS, 'contact.booking'],
  },
  publisher: {
    notApplicable: [...SALES_AFTERCARE.filter((id) => id !== 'customer-account'), 'payment-methods', 'local-payment-methods', 'customer-proof', 'pricing-visible', 'reviews-visible', 'referral-programme', 'online-booking'],
    weights: { 'newsletter-signup': 4, 'customer-account': 2, 'consent-before-tracking': 3, 'content-hub': 3, 'share-buttons': 2 },
    assetsNotApplicable: [...SHOP_ASSETS.filter((id) => id !== 'retention.account'), 'contact.booking', 'proof.testimonials', 'proof.reviews', 'offer.pricing', 'advocacy.referral'],
  },
  nonprofit: {
    notApplicable: [...SALES_AFTERCARE, 'pricing-visible', 'reviews-visible', 'referral-programme', 'online-booking'],
    weights: { 'newsletter-signup': 3, 'social-profiles': 2, 'content-hub': 3 },
    assetsNotApplicable: [...SHOP_ASSETS, 'contact.booking', 'offer.pricing', 'proof.reviews', 'advocacy.referral'],
  },
};
