// Text for CSV and Markdown, the report's and the batch summary's. Any of it can come from a hostile
// page (a link's words, an error quoting it, a URL it redirected to), so it stays text: never a
// spreadsheet formula, never Markdown or HTML markup.

type Cell = string | number | null | undefined;

/** A cell a spreadsheet would read as a formula (OWASP's list, plus the full-width forms some apps accept). */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV cell (RFC 4180): numbers as they are, text quoted with quotes doubled and formulas defused. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** `separator`: a comma, or the semicolon that spreadsheets in Finnish (decimal-comma) locales expect. */
export function csvRow(cells: readonly Cell[], separator = ','): string {
  return cells.map(csvCell).join(separator);
}

/** CSV text: one row per line, CRLF as RFC 4180 asks. */
export function csvTable(rows: readonly (readonly Cell[])[], separator = ','): string {
  return rows.map((row) => csvRow(row, separator)).join('\r\n') + '\r\n';
}

const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Markdown text on one line, every mark that could start markup backslash-escaped (CommonMark lets any
 * ASCII punctuation be): no emphasis, link, image, HTML, table cell, heading or list, and no autolink
 * (the ":" of a scheme, the "." of "www.", the "@" of an address). Dots and quotes elsewhere stay as
 * they are, so the raw text still reads.
 */
export function mdText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|<>~&:@]/g, (c) => `\\${c}`)
    .replace(/(www)\./gi, '$1\\.')
    .replace(/^(\d+)\./, '$1\\.');
}

/** Inline code that no backtick in `text` can close early. */
export function mdCode(text: string): string {
  const flat = text.replace(LINE_BREAKS, ' ');
  // One backtick more than the longest run inside: found in one pass, not by trying longer fences.
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** One Markdown table cell: a number as it is, text escaped. */
export function markdownCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return mdText(value).trim();
}

export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map((c) => markdownCell(c) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/**
 * CSV as a spreadsheet opens it by a double click: a byte-order mark so that it reads UTF-8 (ä, ö, å),
 * and in Finnish the semicolon that decimal-comma locales expect between cells.
 */
export function spreadsheetCsv(rows: readonly (readonly Cell[])[], locale: 'fi' | 'en'): string {
  return '\uFEFF' + csvTable(rows, locale === 'fi' ? ';' : ',');
}
