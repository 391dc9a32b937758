// Reads the key pages of a site audit: picks them from the start page's links, fetches up to four
// at a time through the audited tab, reads each into facts, and merges them into the site's facts
// as they arrive, so the caller can show the audit filling in.
import type { Facts } from '../engine/facts';
import type { PageRecord } from '../engine/site';
import { mergeSite, type KeyPageResult } from './merge';
import { pickKeyPages, type KeyPage } from './pick';
import type { PageRead } from './read-page';

export const DEFAULT_KEY_PAGES = 8;
export const MAX_KEY_PAGES = 20;
const CONCURRENCY = 4;

export interface SiteProgress {
  /** Pages finished (read or not). */
  done: number;
  total: number;
  /** The page most recently started. */
  current: KeyPage | null;
}

/** Where pages come from and how they are read: the extension and the CLI each supply theirs. */
export interface PageSource {
  /** The tab's raw answer for one URL (untrusted). */
  fetch(url: string): Promise<unknown>;
  read(raw: unknown, cancelled: () => boolean): Promise<PageRead>;
}

export interface ReadSiteOptions {
  max: number;
  source: PageSource;
  signal?: AbortSignal;
  onProgress?: (progress: SiteProgress, facts: Facts) => void;
  concurrency?: number;
  now?: () => number;
}

export async function readKeyPages(start: Facts, options: ReadSiteOptions): Promise<Facts> {
  const now = options.now ?? (() => performance.now());
  const began = now();
  const { read: pages, elsewhere } = pickKeyPages(start, options.max);
  const results: (KeyPageResult | undefined)[] = new Array(pages.length);
  const progress: SiteProgress = { done: 0, total: pages.length, current: null };
  const limit = Math.max(0, Math.min(options.max, MAX_KEY_PAGES));
  const merged = () =>
    mergeSite(start, [...results.filter((r): r is KeyPageResult => r !== undefined), ...elsewhere.map(notRead)], { limit, ms: now() - began });
  const stopped = () => options.signal?.aborted ?? false;

  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const i = next++;
      const page = pages[i]!;
      progress.current = page;
      options.onProgress?.({ ...progress }, merged());
      results[i] = stopped() ? { record: { ...base(page), reason: 'stopped' }, facts: null } : await readOne(page, options.source, stopped);
      progress.done++;
      options.onProgress?.({ ...progress }, merged());
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, pages.length) }, worker));
  return merged();
}

async function readOne(page: KeyPage, source: PageSource, stopped: () => boolean): Promise<KeyPageResult> {
  const started = performance.now();
  try {
    const read = await source.read(await source.fetch(page.url), stopped);
    const finalUrl = read.fetched.finalUrl && read.fetched.finalUrl !== page.url ? read.fetched.finalUrl : undefined;
    return {
      record: { ...base(page), ...(finalUrl ? { finalUrl } : {}), status: read.fetched.status, read: read.facts !== null, reason: read.reason, ms: Math.round(performance.now() - started) },
      facts: read.facts,
    };
  } catch {
    // The tab went away or refused the request: the page is listed, the audit goes on.
    return { record: { ...base(page), reason: stopped() ? 'stopped' : 'unreadable', ms: Math.round(performance.now() - started) }, facts: null };
  }
}

function base(page: KeyPage): Omit<PageRecord, 'contributed'> {
  return { url: page.url, role: page.role, label: page.label, status: null, read: false, reason: null, ms: 0 };
}

function notRead(page: KeyPage): KeyPageResult {
  return { record: { ...base(page), reason: 'otherOrigin' }, facts: null };
}
