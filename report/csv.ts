// The findings as CSV, one row a finding. Finnish spreadsheets expect a semicolon and a decimal
// comma, English ones a comma and a point: the report's language picks. Cells are escaped by
// report/escape.ts: no cell is ever run as a formula.
import type { ReportJson } from '../engine/report-json';
import { points } from '../i18n/translate';
import type { ReportDocument } from './document';
import { spreadsheetCsv } from './escape';

export const CSV_COLUMNS = ['stage', 'rule', 'outcome', 'cost', 'title', 'message', 'fix', 'evidence', 'page'] as const;

export function renderCsv(doc: ReportDocument): string {
  const report = doc.report;
  const cost = costByRule(report);
  const rows = report.findings.map((f) => {
    const evidence = f.evidence.map((e) => [e.text, e.url, e.selector].filter(Boolean).join(' ')).join(' | ');
    const pages = [...new Set(f.evidence.map((e) => e.page ?? report.url))].join(' | ');
    const lost = cost.get(`${f.stage}/${f.rule}`);
    return [f.stage, f.rule, f.outcome, lost === undefined ? '' : points(report.locale, lost), f.title, f.message, f.outcome === 'fail' ? f.fix : '', evidence, f.evidence.length > 0 ? pages : ''];
  });
  return spreadsheetCsv([CSV_COLUMNS, ...rows], report.locale);
}

function costByRule(report: ReportJson): Map<string, number> {
  return new Map(report.painPoints.map((p) => [`${p.stage}/${p.rule}`, p.overallCost]));
}
