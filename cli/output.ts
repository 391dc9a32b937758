// What the CLI writes: the text summary, or the report in one of the export formats, to standard
// output or to the file --out names.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportJson } from '../engine/report-json';
import { renderCsv } from '../report/csv';
import type { ReportDocument } from '../report/document';
import { renderReportHtml } from '../report/html';
import { renderMarkdown } from '../report/markdown';
import { reportFileName } from '../report/file-name';
import { UsageError } from './cli-error';
import { printPdf } from './pdf';
import { formatSummary } from './summary';

export const FORMATS = ['text', 'json', 'html', 'pdf', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { text: 'txt', json: 'json', html: 'html', pdf: 'pdf', md: 'md', csv: 'csv' };

/** `--format`, or the old `--json`; a PDF only goes to a file. */
export function parseFormat(value: string | undefined, json: boolean): Format {
  if (value === undefined) return json ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError('badFormat', { choices: FORMATS.join(', '), value: value.slice(0, 40) });
  if (json && value !== 'json') throw new UsageError('jsonAndFormat');
  return value as Format;
}

/** Formats with a picture of the page on their cover. */
export const wantsScreenshot = (format: Format) => format === 'html' || format === 'pdf';

export async function render(format: Format, doc: ReportDocument): Promise<string | Buffer> {
  switch (format) {
    case 'text':
      return formatSummary(doc.report) + '\n';
    case 'json':
      return JSON.stringify(doc.report, null, 2) + '\n';
    case 'html':
      return renderReportHtml(doc);
    case 'pdf':
      return printPdf(renderReportHtml(doc), doc.report.url);
    case 'md':
      return renderMarkdown(doc);
    case 'csv':
      return renderCsv(doc);
  }
}

/** A file name for a report when none was given: host and time, e.g. polku-example-fi-20261204-1602.pdf. */
export function defaultFileName(report: ReportJson, format: Format): string {
  return reportFileName(report, EXTENSIONS[format]);
}

/** Writes the whole file or nothing: a half-written report never replaces a good one. */
export function writeOutput(file: string, content: string | Buffer): string {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.part`);
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    throw new UsageError('cannotWrite', { file: target, detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) });
  }
  return target;
}
