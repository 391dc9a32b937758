// polku --batch FILE: audits a list of sites a few at a time, writes one report per site into the
// --out folder as each one finishes (an interrupted batch keeps what it did), then the summary.
import path from 'node:path';
import type { Locale } from '../engine/rule';
import { batchText } from '../i18n/batch';
import { cliText } from '../i18n/cli';
import { scanTime } from '../i18n/translate';
import type { ReportBrand } from '../report/document';
import { audit, version, type AuditOptions } from './audit';
import { EXIT_BELOW_THRESHOLD, failUnderExitCode } from './batch/fail-under';
import { batchProgress } from './batch/progress-bar';
import { reportFileNames, SUMMARY_BASENAME } from './batch/report-names';
import { runBatch, type SiteResult } from './batch/run-batch';
import { takeShard, type Shard } from './batch/shard';
import { summaryHtml } from './batch/summary-html';
import { batchSummary, renderSummary, summaryText } from './batch/summary-table';
import { readUrlList } from './batch/url-list';
import { EXTENSIONS, render, wantsScreenshot, writeOutput, type Format } from './output';
import { printPdf } from './pdf';

export interface BatchCommand {
  listFile: string;
  /** The folder for the reports and the summary; by default a new one named after the time. */
  out: string | undefined;
  format: Format;
  concurrency: number;
  shard: Shard | null;
  failUnder: number | undefined;
  brand: ReportBrand | null;
  audit: Omit<AuditOptions, 'onProgress' | 'screenshot'>;
}

/** The exit code: 3 below --fail-under, else 1 when a site could not be audited, else 0. */
export async function runBatchCommand(command: BatchCommand): Promise<number> {
  const locale = command.audit.locale;
  const list = readUrlList(command.listFile);
  for (const duplicate of list.duplicates) console.error(batchText(locale, 'duplicate', { ...duplicate }));
  const picked = command.shard ? takeShard(list.entries, command.shard) : list.entries.map((item, position) => ({ item, position }));
  const folder = path.resolve(command.out ?? `polku-batch-${stamp(new Date())}`);
  const extension = EXTENSIONS[command.format];
  const names = reportFileNames(picked.map((p) => ({ url: p.item.url, position: p.position })), extension, list.entries.length);

  // The first Ctrl-C starts no new site and lets the running ones finish into the summary; a second one ends at once.
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  const progress = batchProgress({ locale, total: picked.length });
  let results: SiteResult[];
  try {
    results = await runBatch(
      picked.map((p) => p.item.url),
      {
        concurrency: command.concurrency,
        signal: stop.signal,
        locale,
        onProgress: (event) => progress.update(event),
        auditOne: async (url, { index }) => {
          const { json, screenshot } = await audit(url, { ...command.audit, screenshot: wantsScreenshot(command.format) });
          writeOutput(path.join(folder, names[index]!), await render(command.format, { report: json, screenshot, brand: command.brand }));
          return json;
        },
      },
    );
  } finally {
    progress.finish();
    process.removeListener('SIGINT', interrupt);
  }

  const summaryFile = path.join(folder, `${SUMMARY_BASENAME}${command.shard ? `-${command.shard.index}-of-${command.shard.count}` : ''}.${extension}`);
  const files = results.map((r, i) => (r.ok ? names[i]! : null));
  writeOutput(summaryFile, await summaryIn(command.format, results, files, locale, batchText(locale, 'summaryTitle', { date: scanTime(locale, Date.now()) })));
  process.stdout.write(summaryText(batchSummary(results, locale)));
  console.error(cliText(locale, 'reportWritten', { file: summaryFile }));

  const below = failUnderExitCode(results, command.failUnder);
  if (below === EXIT_BELOW_THRESHOLD) return below;
  return results.some((r) => !r.ok) ? 1 : 0;
}

async function summaryIn(format: Format, results: readonly SiteResult[], files: readonly (string | null)[], locale: Locale, title: string): Promise<string | Buffer> {
  if (format === 'md' || format === 'csv' || format === 'json') return renderSummary(format, results, locale);
  if (format === 'text') return summaryText(batchSummary(results, locale));
  const html = summaryHtml(batchSummary(results, locale), files, title, version());
  return format === 'pdf' ? printPdf(html, title) : html;
}

/** 20261204-1602: sorts by time, safe in a file name. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}
