// Runs every collector on a document; a collector that throws is reported and skipped.
import type { AssetId, Detection } from '../engine/assets';
import type { CollectorError, Facts } from '../engine/facts';
import { addressCollector } from './address';
import { badgesCollector } from './badges';
import type { AssetCollector } from './collector';
import { bookingCollector } from './booking';
import { commerceCollector } from './commerce';
import { companyCollector } from './company';
import { consentCollector } from './consent';
import { contactCollector } from './contact';
import { contentCollector } from './content';
import { faqCollector } from './faq';
import { measureCollector } from './measure';
import { newsletterCollector } from './newsletter';
import { collectPageFacts } from './page-facts';
import { indexPage } from './page-index';
import { paymentCollector } from './payment';
import { pricingCollector } from './pricing';
import { proofCollector } from './proof';
import { retentionCollector } from './retention';
import { socialCollector } from './social';
import { collectTools } from './tools';
import { trustCollector } from './trust';

export const ASSET_COLLECTORS: readonly AssetCollector[] = [
  contactCollector,
  addressCollector,
  proofCollector,
  faqCollector,
  paymentCollector,
  trustCollector,
  companyCollector,
  badgesCollector,
  consentCollector,
  pricingCollector,
  commerceCollector,
  newsletterCollector,
  socialCollector,
  measureCollector,
  retentionCollector,
  contentCollector,
  bookingCollector,
];

export interface CollectOptions {
  /** URLs the page loaded (resource timing), where the caller can see them. */
  resourceNames?: readonly string[];
  collectors?: readonly AssetCollector[];
  now?: number;
}

export function collectFacts(doc: Document, options: CollectOptions = {}): Facts {
  const errors: CollectorError[] = [];
  const assets: Partial<Record<AssetId, Detection>> = {};
  const attempt = <T>(collector: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      errors.push({ collector, message: (error instanceof Error ? error.message : String(error)).slice(0, 400) });
      return undefined;
    }
  };
  const page = attempt('page', () => collectPageFacts(doc));
  const index = attempt('index', () => indexPage(doc, options.resourceNames));
  const tools = index && attempt('tools', () => collectTools(index));
  if (index) {
    for (const collector of options.collectors ?? ASSET_COLLECTORS) {
      const slice = attempt(collector.id, () => collector.collect(index));
      if (!slice) continue;
      for (const id of collector.assets) if (slice[id]) assets[id] = slice[id];
    }
  }
  return { page, assets, tools, errors, scannedAt: options.now ?? Date.now() };
}
