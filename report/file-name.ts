import type { ReportJson } from '../engine/report-json';

/** A report's file name from its host and time, e.g. polku-example-fi-20261204-1602.pdf. */
export function reportFileName(report: Pick<ReportJson, 'url' | 'scannedAt'>, extension: string): string {
  let host = 'page';
  try {
    host = new URL(report.url).hostname || 'page';
  } catch {
    /* keep "page" */
  }
  const stamp = report.scannedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `polku-${host.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page'}-${stamp}.${extension}`;
}
