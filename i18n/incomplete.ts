// Why an audit is incomplete, in words, shared by the popup and the CLI summary. A partial audit
// must say so wherever its scores are shown.
import type { Facts } from '../engine/facts';
import type { Locale } from '../engine/rule';
import { ui } from './translate';

export interface IncompleteFacts {
  incomplete: boolean;
  errors: Facts['errors'];
  scan: Facts['scan'] | null;
  /** Checks that could not run, over all stages. */
  unchecked: number;
}

/** Lines that explain what is missing, or none when the audit is complete. */
export function incompleteReasons(locale: Locale, report: IncompleteFacts): string[] {
  if (!report.incomplete) return [];
  const lines: string[] = [];
  const scan = report.scan;
  const ms = Math.round(scan?.ms ?? 0);
  if (scan?.stoppedBy === 'time') lines.push(ui(locale, 'stoppedTime', { ms }));
  else if (scan?.stoppedBy === 'nodes') lines.push(ui(locale, 'stoppedNodes'));
  else if (scan?.stoppedBy === 'cancelled') lines.push(ui(locale, 'stoppedCancelled', { ms }));
  else if (scan?.truncated) lines.push(ui(locale, 'truncated'));
  if (scan && scan.skipped.length > 0) lines.push(ui(locale, 'skippedSteps', { names: scan.skipped.join(', ') }));
  if (report.errors.length > 0) lines.push(ui(locale, 'collectorErrors', { names: [...new Set(report.errors.map((e) => e.collector))].join(', ') }));
  if (scan?.loading) lines.push(ui(locale, 'stillLoading'));
  if (report.unchecked > 0) lines.push(ui(locale, 'incompleteScores'));
  return lines;
}
