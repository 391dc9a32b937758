// What the popup hands to the report page: the audit's facts, the kind of site judged and the view
// captured on the click, kept in session storage (memory only) under an id in the page's address.
// The report page reads it like a fresh scan: validated, and a missing or corrupt entry says so.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Facts } from '../engine/facts';
import { parseFacts } from '../engine/parse-facts';
import { SITE_KINDS, type SiteKindId } from '../engine/site-kind';
import { ImageDataUrlSchema } from '../report/document';

const PREFIX = 'report:';
/** Reports kept open at once; opening another drops the oldest. */
const KEPT = 5;

export interface ReportRequest {
  facts: Facts;
  kind: SiteKindId | null;
  screenshot: string | null;
}

const StoredSchema = z.object({
  savedAt: z.number(),
  kind: z.enum(SITE_KINDS).nullable(),
  screenshot: ImageDataUrlSchema.nullable().catch(null),
  facts: z.unknown(),
});

export async function saveReportRequest(request: ReportRequest): Promise<string> {
  const id = crypto.randomUUID();
  const all = await browser.storage.session.get(null);
  const old = Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]) => ({ key, savedAt: StoredSchema.safeParse(value).data?.savedAt ?? 0 }))
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(KEPT - 1)
    .map((entry) => entry.key);
  if (old.length > 0) await browser.storage.session.remove(old);
  await browser.storage.session.set({ [PREFIX + id]: { savedAt: Date.now(), ...request } });
  return id;
}

export async function loadReportRequest(id: string): Promise<ReportRequest | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const stored = StoredSchema.safeParse((await browser.storage.session.get(PREFIX + id))[PREFIX + id]);
  if (!stored.success) return null;
  const facts = parseFacts(stored.data.facts);
  return facts.ok ? { facts: facts.facts, kind: stored.data.kind, screenshot: stored.data.screenshot } : null;
}
