// Finished scans per tab, kept in session storage (memory only, cleared when the browser
// closes) so that reopening the popup shows the audit at once without a rescan.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FactsSchema, type Facts } from '../engine/facts';
import { cacheKeyFor as keyFor } from './cache-key';

const EntrySchema = z.object({ url: z.string(), facts: FactsSchema });


export async function loadCachedFacts(tabId: number, url: string): Promise<Facts | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  const parsed = EntrySchema.safeParse(stored[keyFor(tabId)]);
  return parsed.success && parsed.data.url === url ? parsed.data.facts : null;
}

export async function saveFacts(tabId: number, url: string, facts: Facts): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: { url, facts } });
}
