// Turns a fetched key page into facts: parsed into an inert document (DOMParser runs no script and
// loads nothing), then read by the same collectors as the start page, within a budget of its own.
// Runs where a DOM parser is but the audited page is not: the popup, or the CLI's blank page.
import { scanDocument } from '../collectors';
import { Budget, SCAN_BUDGET } from '../collectors/budget';
import type { Facts } from '../engine/facts';
import type { PageReason } from '../engine/site';
import { FetchedSchema, type Fetched } from './fetched';

/** A key page gets less time than the start page: it is one of several. */
const KEY_PAGE_BUDGET = { ...SCAN_BUDGET, timeMs: 2500, maxNodes: 150_000 };

/** Fewer visible characters than this, with scripts to fill the page, is a script shell. */
const SHELL_TEXT_CHARS = 200;

export interface PageRead {
  fetched: Fetched;
  facts: Facts | null;
  reason: PageReason | null;
}

export async function readFetchedPage(raw: unknown, cancelled: () => boolean = () => false): Promise<PageRead> {
  const parsed = FetchedSchema.safeParse(raw);
  if (!parsed.success) {
    const url = typeof (raw as { url?: unknown })?.url === 'string' ? String((raw as { url: string }).url).slice(0, 4096) : '';
    return { fetched: { url, finalUrl: url, status: null, contentType: '', html: null, reason: null, ms: 0 }, facts: null, reason: 'unreadable' };
  }
  const fetched = parsed.data;
  if (fetched.reason || fetched.html === null) return { fetched, facts: null, reason: fetched.reason ?? 'unreadable' };
  const doc = new DOMParser().parseFromString(fetched.html, 'text/html');
  const budget = new Budget(KEY_PAGE_BUDGET);
  const stop = setInterval(() => cancelled() && budget.cancel(), 50);
  try {
    const facts = await scanDocument(doc, { url: fetched.finalUrl, budget });
    if (budget.stoppedBy === 'cancelled') return { fetched: { ...fetched, html: null }, facts: null, reason: 'stopped' };
    const scripts = doc.querySelectorAll('script[src], script:not([src])').length;
    if ((facts.scan?.textChars ?? 0) < SHELL_TEXT_CHARS && scripts > 0) return { fetched: { ...fetched, html: null }, facts: null, reason: 'scriptShell' };
    return { fetched: { ...fetched, html: null }, facts, reason: null };
  } finally {
    clearInterval(stop);
  }
}
