// The batch's summary: one row per site (overall score, each stage's score, whether the audit was
// complete, why it failed) as Markdown, CSV or JSON. Headers follow the batch's language; the JSON has a
// schema of its own so that what reads it back can check it.
import { z } from 'zod';
import { STAGE_IDS, type StageId } from '../../engine/config';
import { LOCALES, type Locale } from '../../engine/rule';
import { batchText } from '../../i18n/batch';
import { STAGE_NAMES } from '../../i18n/ui';
import { markdownTable, spreadsheetCsv } from '../../report/escape';
import type { SiteResult } from './run-batch';
import { terminalSafe } from './progress-bar';

export const SUMMARY_FORMATS = ['md', 'csv', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** Error texts in the table are cut to this length; the site's own report has the whole story. */
const ERROR_CHARS = 500;

const score100 = z.number().int().min(0).max(100).nullable();

export const SummarySiteSchema = z.object({
  url: z.string(),
  ok: z.boolean(),
  overall: score100,
  /** Every stage id, null when the stage has no score (or the audit failed). */
  stages: z.object(Object.fromEntries(STAGE_IDS.map((id) => [id, score100])) as Record<StageId, typeof score100>),
  /** Null when there is no report. */
  complete: z.boolean().nullable(),
  error: z.string().nullable(),
  ms: z.number().int().min(0),
});
export type SummarySite = z.infer<typeof SummarySiteSchema>;

export const BatchSummarySchema = z.object({
  locale: z.enum(LOCALES),
  sites: z.array(SummarySiteSchema),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

export function summarySite(result: SiteResult): SummarySite {
  const report = result.ok ? result.report : undefined;
  const stages = Object.fromEntries(STAGE_IDS.map((id) => [id, report?.stages.find((s) => s.id === id)?.score ?? null])) as Record<StageId, number | null>;
  return {
    url: result.url,
    ok: report !== undefined,
    overall: report?.overall ?? null,
    stages,
    complete: report ? report.complete : null,
    error: report ? null : (result.error ?? '').slice(0, ERROR_CHARS),
    ms: Math.max(0, Math.round(result.ms)),
  };
}

export function batchSummary(results: readonly SiteResult[], locale: Locale): BatchSummary {
  return BatchSummarySchema.parse({ locale, sites: results.map(summarySite) });
}

function header(locale: Locale): string[] {
  return [batchText(locale, 'col_site'), batchText(locale, 'col_overall'), ...STAGE_IDS.map((id) => STAGE_NAMES[id][locale]), batchText(locale, 'col_complete'), batchText(locale, 'col_error')];
}

function cells(site: SummarySite, locale: Locale): (string | number | null)[] {
  const complete = site.complete === null ? null : batchText(locale, site.complete ? 'yes' : 'no');
  return [site.url, site.overall, ...STAGE_IDS.map((id) => site.stages[id]), complete, site.error];
}

export function summaryMarkdown(summary: BatchSummary): string {
  return markdownTable(header(summary.locale), summary.sites.map((site) => cells(site, summary.locale)));
}

export function summaryCsv(summary: BatchSummary): string {
  return spreadsheetCsv([header(summary.locale), ...summary.sites.map((site) => cells(site, summary.locale))], summary.locale);
}

/** For a terminal or a .txt file: columns padded to line up, control characters removed from page text. */
export function summaryText(summary: BatchSummary): string {
  const rows = [header(summary.locale), ...summary.sites.map((site) => cells(site, summary.locale).map((c) => (c === null ? '–' : terminalSafe(String(c)))))];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  // The error column is last and left as long as it is.
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export function summaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** The summary file's text in one of the formats. */
export function renderSummary(format: SummaryFormat, results: readonly SiteResult[], locale: Locale): string {
  const summary = batchSummary(results, locale);
  if (format === 'md') return summaryMarkdown(summary);
  if (format === 'csv') return summaryCsv(summary);
  return summaryJson(summary);
}
