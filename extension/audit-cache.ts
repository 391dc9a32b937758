// Finished scans per tab, kept in session storage (memory only, cleared when the browser
// closes) so that reopening the popup shows the audit at once without a rescan.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Facts } from '../engine/facts';
import { parseFacts } from '../engine/parse-facts';
import { cacheKeyFor as keyFor } from './cache-key';

const EntrySchema = z.object({ url: z.string(), facts: z.unknown() });


export async function loadCachedFacts(tabId: number, url: string): Promise<Facts | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  const entry = EntrySchema.safeParse(stored[keyFor(tabId)]);
  if (!entry.success || entry.data.url !== url) return null;
  // Stored facts are read like a fresh scan: a corrupt entry means a rescan, never a crash.
  const parsed = parseFacts(entry.data.facts);
  return parsed.ok ? parsed.facts : null;
}

export async function saveFacts(tabId: number, url: string, facts: Facts): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: { url, facts } });
}
