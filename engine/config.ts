// The one place where rules meet stages and weights (cf. Lighthouse categories.*.auditRefs).
import type { AssetId } from './assets';

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
