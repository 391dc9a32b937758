// The asset ids and presence kinds as plain constants, free of zod, so that the scanner injected
// into pages stays small. engine/assets.ts builds the schemas on them.
export const ASSET_IDS = [
  'contact.phone',
  'contact.email',
  'contact.form',
  'contact.chat',
  'contact.address',
  'contact.booking',
  'proof.testimonials',
  'proof.reviews',
  'faq',
  'offer.pricing',
  'payment.methods',
  'trust.privacy',
  'trust.terms',
  'trust.company',
  'trust.badges',
  'trust.consent',
  'commerce.cart',
  'commerce.delivery',
  'commerce.returns',
  'retention.newsletter',
  'retention.account',
  'retention.loyalty',
  'advocacy.share',
  'advocacy.referral',
  'social.profiles',
  'content.blog',
  'measure.analytics',
  'measure.heatmap',
  'measure.adPixels',
] as const;

/** How an asset shows itself; order is strength: content wins over link, link over script. */
export const PRESENCE = ['content', 'link', 'script'] as const;
