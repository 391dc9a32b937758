// Tools a tag manager loaded exist on a live page only as globals (window.Intercom, window.hj, …).
// The extension and the CLI read the NAMES of the page's main-world globals on the click (no value is
// read, nothing of the page's runs), parse them here as hostile data, and add the vendors they name
// to the scanned facts, each vendor once.
import { z } from 'zod';
import { vendorTable, type Family, type TableVendor } from '../cues/vendor-table';
import type { AssetId, Detection } from '../engine/assets';
import type { Facts } from '../engine/facts';
import { clip, LIMITS } from '../engine/limits';

export const GLOBAL_NAME_CAPS = { count: 5000, length: 100 } as const;

/** What the page's main world answers: a bounded list of short strings, or nothing usable. */
export const GlobalNamesSchema = z.array(z.string().max(GLOBAL_NAME_CAPS.length)).max(GLOBAL_NAME_CAPS.count);

/**
 * Runs in the page's main world (serialised by executeScript / page.evaluate, so self-contained):
 * the own enumerable names of `window`. Names only: no getter runs and no value is read.
 */
export function pageGlobalNames(max: number): unknown {
  return Object.keys(window).slice(0, max);
}

export function parseGlobalNames(raw: unknown): string[] {
  const parsed = GlobalNamesSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** The vendors the names show, each once. */
export function vendorsOfGlobals(names: readonly string[]): { vendor: TableVendor; name: string }[] {
  const { globals } = vendorTable();
  const seen = new Set<string>();
  const out: { vendor: TableVendor; name: string }[] = [];
  for (const name of names) {
    for (const vendor of globals.get(name) ?? []) {
      const key = `${vendor.family} ${vendor.item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ vendor, name });
    }
  }
  return out;
}

const ASSET_OF: Partial<Record<Family, AssetId>> = {
  chat: 'contact.chat',
  consent: 'trust.consent',
  analytics: 'measure.analytics',
  heatmap: 'measure.heatmap',
  adPixels: 'measure.adPixels',
  reviews: 'proof.reviews',
  booking: 'contact.booking',
  loyalty: 'retention.loyalty',
  referral: 'advocacy.referral',
};

/** Consent platforms are named in the evidence only (the corpus lists no consent items). */
const NO_ITEMS = new Set<Family>(['consent']);

function withVendor(detection: Detection | undefined, vendor: TableVendor, name: string): Detection {
  const base = detection ?? { present: 'none' as const, items: [], evidence: [] };
  const itemless = NO_ITEMS.has(vendor.family);
  // Each vendor once: one already found (by item, or for consent any platform) is not added again.
  if (itemless ? base.present !== 'none' : base.items.includes(vendor.item)) return base;
  return {
    present: base.present === 'none' ? 'script' : base.present,
    items: itemless ? base.items : [...base.items, clip(vendor.item, LIMITS.item)].slice(0, LIMITS.items),
    evidence: [...base.evidence, { kind: 'script' as const, text: clip(`${vendor.name} (global: ${name})`, LIMITS.evidenceText) }].slice(0, LIMITS.evidence),
  };
}

/** The facts with the vendors the page's globals show added (a new object; the input is not changed). */
export function mergeGlobalVendors(facts: Facts, names: readonly string[]): Facts {
  const hits = vendorsOfGlobals(names);
  if (hits.length === 0) return facts;
  const assets = { ...facts.assets };
  let tools = facts.tools;
  for (const { vendor, name } of hits) {
    const asset = ASSET_OF[vendor.family];
    if (asset) assets[asset] = withVendor(assets[asset], vendor, name);
    else if (tools && vendor.family === 'email') tools = { ...tools, emailMarketing: withVendor(tools.emailMarketing, vendor, name) };
    else if (tools && vendor.family === 'payment') tools = { ...tools, payments: withVendor(tools.payments, vendor, name) };
  }
  return { ...facts, assets, ...(tools ? { tools } : {}) };
}
