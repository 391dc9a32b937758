// Audits a list of sites a few at a time. The audit of one site is injected (`auditOne`), so the
// scheduling — the cap, the order of results, failures kept per site, stopping — is tested without a browser.
import type { ReportJson } from '../../engine/report-json';
import type { Locale } from '../../engine/rule';
import { batchText } from '../../i18n/batch';
import { errorText, UsageError } from '../cli-error';

export const MAX_CONCURRENCY = 8;
export const DEFAULT_CONCURRENCY = 2;

export interface SiteResult {
  url: string;
  ok: boolean;
  report?: ReportJson;
  /** Why the site has no report, in the batch's language. */
  error?: string;
  /** False for a site never started because the batch was stopped. */
  started: boolean;
  ms: number;
}

interface Counts {
  /** Sites finished so far, failed ones included. */
  done: number;
  failed: number;
  total: number;
}

export type BatchEvent =
  | ({ kind: 'started'; index: number; url: string; active: readonly string[] } & Counts)
  | ({ kind: 'finished'; index: number; result: SiteResult; active: readonly string[] } & Counts);

export interface BatchOptions {
  concurrency?: number;
  /** When it aborts, no further site is started; the audits under way get the signal too. */
  signal?: AbortSignal;
  auditOne: (url: URL, context: { signal: AbortSignal | undefined; index: number }) => Promise<ReportJson>;
  onProgress?: (event: BatchEvent) => void;
  locale?: Locale;
  now?: () => number;
}

/** Parses --concurrency: a whole number from 1 to MAX_CONCURRENCY. */
export function parseConcurrency(value: string): number {
  const n = /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_CONCURRENCY)) throw new UsageError('badConcurrency', { max: MAX_CONCURRENCY, value: value.slice(0, 40) });
  return n;
}

/** Every site's result, in the order of `urls`, once the last audit started has ended. */
export async function runBatch(urls: readonly URL[], options: BatchOptions): Promise<SiteResult[]> {
  const { signal, auditOne, onProgress, locale = 'en', now = () => performance.now() } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) throw new RangeError(`concurrency must be 1–${MAX_CONCURRENCY}`);
  const results: SiteResult[] = urls.map((url) => ({ url: url.href, ok: false, started: false, error: batchText(locale, 'notStarted'), ms: 0 }));
  const active = new Map<number, string>();
  const counts: Counts = { done: 0, failed: 0, total: urls.length };
  let next = 0;

  const auditSite = async (index: number): Promise<void> => {
    const url = urls[index]!;
    active.set(index, url.href);
    onProgress?.({ kind: 'started', index, url: url.href, active: [...active.values()], ...counts });
    const started = now();
    let result: SiteResult;
    try {
      // Called inside the try: an audit that throws before returning its promise fails only its site.
      const report = await auditOne(url, { signal, index });
      result = { url: url.href, ok: true, report, started: true, ms: Math.round(now() - started) };
    } catch (error) {
      result = { url: url.href, ok: false, error: errorText(error, locale), started: true, ms: Math.round(now() - started) };
    }
    results[index] = result;
    active.delete(index);
    counts.done++;
    if (!result.ok) counts.failed++;
    onProgress?.({ kind: 'finished', index, result, active: [...active.values()], ...counts });
  };

  const worker = async (): Promise<void> => {
    while (next < urls.length && !signal?.aborted) await auditSite(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}
