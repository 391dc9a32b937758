// Table cells for CSV and Markdown. Cell text can come from a hostile page (an error quoting it, a URL it
// redirected to), so it is kept as text: never a spreadsheet formula, never Markdown or HTML markup.

/** A cell a spreadsheet would read as a formula (OWASP's list, plus the full-width forms some apps accept). */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV cell (RFC 4180): numbers as they are, text quoted with quotes doubled and formulas defused. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** CSV text: one row per line, CRLF as RFC 4180 asks. */
export function csvTable(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map(csvRow).join('\r\n') + '\r\n';
}

/**
 * One Markdown table cell: on one line, with every character that could start markup backslash-escaped
 * (CommonMark lets any ASCII punctuation be escaped), and with the ":" of a scheme, the "." of "www." and
 * the "@" of an address escaped too, so GitHub links nothing: a cell shows exactly its text.
 */
export function markdownCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+\-!|~&:@]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.')
    .trim();
}

export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const line = (cells: readonly (string | number | null | undefined)[]) => `| ${cells.map((c) => markdownCell(c) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
