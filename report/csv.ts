// The findings as CSV, one row a finding. Finnish spreadsheets expect a semicolon and a decimal
// comma, English ones a comma and a point: the report's language picks. A cell that a spreadsheet
// would run as a formula (= + - @, tab, CR first) starts with an apostrophe instead.
import type { ReportJson } from '../engine/report-json';
import { points } from '../i18n/translate';
import type { ReportDocument } from './document';

export const CSV_COLUMNS = ['stage', 'rule', 'outcome', 'cost', 'title', 'message', 'fix', 'evidence', 'page'] as const;

export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(doc: ReportDocument): string {
  const report = doc.report;
  const separator = report.locale === 'fi' ? ';' : ',';
  const cost = costByRule(report);
  const rows = report.findings.map((f) => {
    const evidence = f.evidence.map((e) => [e.text, e.url, e.selector].filter(Boolean).join(' ')).join(' | ');
    const pages = [...new Set(f.evidence.map((e) => e.page ?? report.url))].join(' | ');
    const lost = cost.get(`${f.stage}/${f.rule}`);
    return [f.stage, f.rule, f.outcome, lost === undefined ? '' : points(report.locale, lost), f.title, f.message, f.outcome === 'fail' ? f.fix : '', evidence, f.evidence.length > 0 ? pages : ''];
  });
  // A byte-order mark, so that spreadsheets read the file as UTF-8 (ä, ö, å).
  return '\uFEFF' + [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

function costByRule(report: ReportJson): Map<string, number> {
  return new Map(report.painPoints.map((p) => [`${p.stage}/${p.rule}`, p.overallCost]));
}
