// Which asset's link judgement leads to each key page: the collectors already decide which links
// lead to the FAQ, the delivery terms or the contact page, so the site audit follows those links
// instead of keeping a second list of words.
import type { AssetId } from '../engine/assets';
import type { PageRole } from '../engine/site';

export const ROLE_SOURCES: readonly { role: Exclude<PageRole, 'start'>; asset: AssetId }[] = [
  { role: 'contact', asset: 'contact.form' },
  { role: 'faq', asset: 'faq' },
  { role: 'pricing', asset: 'offer.pricing' },
  { role: 'delivery', asset: 'commerce.delivery' },
  { role: 'returns', asset: 'commerce.returns' },
  { role: 'terms', asset: 'trust.terms' },
  { role: 'privacy', asset: 'trust.privacy' },
  { role: 'company', asset: 'trust.company' },
  { role: 'cart', asset: 'commerce.cart' },
  // A second page behind the prices: the product or service a price on the start page belongs to.
  { role: 'product', asset: 'offer.pricing' },
  { role: 'blog', asset: 'content.blog' },
];
