// polku --compare SITE RIVAL…: audits a site and up to three competitors side by side, into one
// report of the site with a comparison page: per stage who does it best, and what the others have.
import type { ReportJson } from '../engine/report-json';
import { compareSites, type Comparison, type ScoreRow } from '../history/compare';
import { snapshotOfJson, type Snapshot } from '../history/snapshot';
import { HISTORY_LIMITS } from '../history/store';
import { historyText } from '../i18n/history';
import { ui } from '../i18n/translate';
import { ASSET_NAMES, STAGE_NAMES } from '../i18n/ui';
import type { ReportDocument } from '../report/document';
import { audit, type AuditOptions } from './audit';
import { ScanFailure, UsageError } from './cli-error';
import { runBatch } from './batch/run-batch';
import { resolveTarget } from './targets';

export interface CompareRun {
  doc: ReportDocument;
  /** Competitors that could not be audited, each with why: the comparison goes on without them. */
  skipped: { url: string; error: string }[];
}

export async function runCompare(inputs: readonly string[], options: Omit<AuditOptions, 'onProgress'>, concurrency: number): Promise<CompareRun> {
  if (inputs.length < 2) throw new UsageError('compareCount', { max: HISTORY_LIMITS.competitors });
  if (inputs.length > HISTORY_LIMITS.competitors + 1) throw new UsageError('compareCount', { max: HISTORY_LIMITS.competitors });
  const targets = inputs.map((input) => resolveTarget(input));
  // Sites are told apart by their address: a local file has none to compare by.
  const local = targets.find((t) => t.protocol !== 'http:' && t.protocol !== 'https:');
  if (local) throw new UsageError('compareNeedsWeb', { url: local.href });

  let screenshot: string | null = null;
  const results = await runBatch(targets, {
    concurrency,
    locale: options.locale,
    auditOne: async (url, { index }) => {
      const result = await audit(url, { ...options, screenshot: index === 0 && options.screenshot });
      if (index === 0) screenshot = result.screenshot;
      return result.json;
    },
  });
  const [own, ...rivals] = results;
  if (!own?.ok || !own.report) throw new ScanFailure('compareOwnFailed', { detail: own?.error ?? '' });
  const skipped = rivals.filter((r) => !r.ok).map((r) => ({ url: r.url, error: r.error ?? '' }));
  const rivalReports = rivals.flatMap((r) => (r.ok && r.report ? [r.report] : []));
  return { doc: { report: own.report, screenshot, brand: null, comparison: comparisonOf(own.report, rivalReports) }, skipped };
}

export function comparisonOf(own: ReportJson, rivals: readonly ReportJson[]): Comparison | null {
  const current = snapshotOfJson(own);
  if (!current) return null;
  const others = rivals.map((r) => snapshotOfJson(r)).filter((s): s is Snapshot => s !== null);
  return compareSites(current, others, { notJudged: own.siteKind.assetsNotApplicable });
}

/** The comparison as plain lines under the text summary. */
export function comparisonText(doc: ReportDocument): string {
  const comparison = doc.comparison;
  if (!comparison) return '';
  const locale = doc.report.locale;
  const [self] = comparison.sites;
  const name = (site: string) => (site === self ? `${site} (${historyText(locale, 'thisSite')})` : site);
  const row = (label: string, r: ScoreRow) => `  ${label}: ${r.scores.map((s) => `${name(s.site)} ${s.score ?? '–'}${r.best.includes(s.site) ? ' ★' : ''}`).join(' · ')}`;
  const lines = ['', `${historyText(locale, 'competitors')}:`, row(ui(locale, 'overall'), comparison.overall)];
  for (const stage of comparison.stages) {
    lines.push(row(STAGE_NAMES[stage.id][locale], stage));
    if (stage.missing.length === 0) continue;
    const assets = stage.missing.map((m) => historyText(locale, 'assetAt', { asset: ASSET_NAMES[m.asset][locale], sites: m.haveIt.join(', ') })).join('; ');
    lines.push(`    ${historyText(locale, 'othersHave', { assets })}`);
  }
  return lines.join('\n') + '\n';
}
