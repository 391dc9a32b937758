// Runs every collector on a document within a work budget; a collector that throws is reported
// and skipped.
import type { AssetId, Detection } from '../engine/assets';
import type { CollectorError, Facts, ScanInfo } from '../engine/facts';
import { clip, LIMITS } from '../engine/limits';
import { Budget, runNow, runYielding, type Steps } from './budget';
import { addressCollector } from './address';
import { badgesCollector } from './badges';
import type { AssetCollector } from './collector';
import { bookingCollector } from './booking';
import { commerceCollector } from './commerce';
import { companyCollector } from './company';
import { consentCollector } from './consent';
import { contactCollectors } from './contact';
import { contentCollector } from './content';
import { faqCollector } from './faq';
import { collectForms } from './forms';
import { measureCollector } from './measure';
import { newsletterCollector } from './newsletter';
import { collectPageFacts } from './page-facts';
import { buildIndex, type IndexOptions } from './page-index';
import { paymentCollector, paymentLogosCollector } from './payment';
import { pricingCollector } from './pricing';
import { reviewsCollector, testimonialsCollector } from './proof';
import { retentionCollector } from './retention';
import { socialCollector } from './social';
import { collectSignals } from './signals';
import { collectTools } from './tools';
import { trustCollector } from './trust';
import { vendorSightings } from './vendor-sightings';
import { vendorTable } from '../cues/vendor-table';

export const ASSET_COLLECTORS: readonly AssetCollector[] = [
  ...contactCollectors,
  addressCollector,
  testimonialsCollector,
  reviewsCollector,
  faqCollector,
  paymentLogosCollector,
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

export interface CollectOptions extends IndexOptions {
  collectors?: readonly AssetCollector[];
  now?: number;
  budget?: Budget;
}

/** Collects facts in one go, without pausing: for tests and Node, where no page waits on it. */
export function collectFacts(doc: Document, options: CollectOptions = {}): Facts {
  return runNow(collectSteps(doc, options, options.budget ?? new Budget()));
}

/** Collects facts in slices, yielding to the page between them, within the budget. */
export function scanDocument(doc: Document, options: CollectOptions = {}): Promise<Facts> {
  const budget = options.budget ?? new Budget();
  return runYielding(collectSteps(doc, options, budget), budget);
}

/**
 * Each step is timed; one that throws is reported and skipped, and once the budget is spent the
 * steps left are listed as skipped: their facts stay missing, so the stages they feed show as
 * incomplete instead of looking better.
 */
function* collectSteps(doc: Document, options: CollectOptions, budget: Budget): Steps<Facts> {
  const errors: CollectorError[] = [];
  const timings: ScanInfo['timings'] = [];
  const skipped: string[] = [];
  const assets: Partial<Record<AssetId, Detection>> = {};
  function* step<T>(name: string, run: () => T | Steps<T>): Steps<T | undefined> {
    yield;
    if (!budget.ok()) {
      skipped.push(name);
      return undefined;
    }
    const started = budget.elapsed();
    try {
      const result = run();
      return isSteps<T>(result) ? yield* result : result;
    } catch (error) {
      errors.push({ collector: name, message: clip(error instanceof Error ? error.message : String(error), LIMITS.errorMessage) });
      return undefined;
    } finally {
      timings.push({ step: name, ms: round(budget.elapsed() - started) });
    }
  }
  const page = yield* step('page', () => collectPageFacts(doc, options.url));
  const index = yield* step('index', () => buildIndex(doc, budget, options));
  // Vendors by every trace they leave, found once here for the collectors that ask (chat, consent, measure, …).
  // The vendor table is built on the first scan of a click; as a step of its own the page gets a turn
  // between building it and matching the page against it.
  if (index) yield* step('vendor-table', () => void vendorTable());
  if (index) yield* step('vendors', () => vendorSightings(index));
  const tools = index ? yield* step('tools', () => collectTools(index)) : (skipped.push('tools'), undefined);
  for (const collector of options.collectors ?? ASSET_COLLECTORS) {
    if (!index) {
      skipped.push(collector.id);
      continue;
    }
    const slice = yield* step(collector.id, () => collector.collect(index));
    if (!slice) continue;
    for (const id of collector.assets) if (slice[id]) assets[id] = slice[id];
  }
  const forms = index ? yield* step('forms', () => collectForms(index)) : (skipped.push('forms'), undefined);
  const signals = index ? yield* step('signals', () => collectSignals(index)) : (skipped.push('signals'), undefined);
  const scan: ScanInfo = {
    ms: round(budget.elapsed()),
    stoppedBy: budget.stoppedBy,
    truncated: index?.truncated ?? false,
    skipped: skipped.slice(0, LIMITS.skipped),
    loading: doc.readyState === 'loading',
    textChars: index?.text.length ?? 0,
    timings: timings.slice(0, LIMITS.timings),
  };
  return { page, assets, tools, forms, signals, errors, scannedAt: options.now ?? Date.now(), scan };
}

function isSteps<T>(value: unknown): value is Steps<T> {
  return typeof value === 'object' && value !== null && typeof (value as { next?: unknown }).next === 'function' && Symbol.iterator in value;
}

const round = (ms: number) => Math.max(0, Math.round(ms * 10) / 10);
