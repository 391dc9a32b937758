// The one place where rules meet stages and weights (cf. Lighthouse categories.*.auditRefs).
import type { AssetId } from './assets';

export const STAGE_IDS = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface RuleRef {
  id: string;
  weight: number;
}

export interface StageConfig {
  /** Weight of the stage in the overall score. */
  weight: number;
  rules: RuleRef[];
  /** Assets listed under the stage as "what was found". */
  assets: AssetId[];
}

export type AuditConfig = Record<StageId, StageConfig>;

export const DEFAULT_CONFIG: AuditConfig = {
  awareness: {
    weight: 1,
    rules: [
      { id: 'page-title', weight: 3 },
      { id: 'meta-description', weight: 2 },
      { id: 'single-h1', weight: 1 },
      { id: 'social-profiles', weight: 1 },
    ],
    assets: ['social.profiles'],
  },
  consideration: {
    weight: 1,
    rules: [
      { id: 'customer-proof', weight: 3 },
      { id: 'faq-available', weight: 2 },
    ],
    assets: ['proof.testimonials', 'proof.reviews', 'faq'],
  },
  conversion: {
    weight: 1,
    rules: [
      { id: 'contact-available', weight: 3 },
      { id: 'contact-beyond-phone', weight: 3 },
      { id: 'payment-methods', weight: 2 },
      { id: 'privacy-policy', weight: 2 },
    ],
    assets: ['contact.phone', 'contact.email', 'contact.form', 'contact.chat', 'payment.methods', 'trust.privacy', 'commerce.cart'],
  },
  retention: {
    weight: 1,
    rules: [{ id: 'newsletter-signup', weight: 1 }],
    assets: ['retention.newsletter'],
  },
  advocacy: {
    weight: 1,
    rules: [
      { id: 'share-buttons', weight: 1 },
      { id: 'reviews-visible', weight: 2 },
    ],
    assets: ['advocacy.share', 'proof.reviews'],
  },
  foundation: {
    weight: 1,
    rules: [
      { id: 'https', weight: 3 },
      { id: 'mobile-viewport', weight: 2 },
      { id: 'lcp', weight: 2 },
      { id: 'cls', weight: 1 },
    ],
    assets: [],
  },
};
