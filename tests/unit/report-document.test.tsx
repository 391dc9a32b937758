// The report document (extension page, CLI HTML/PDF) and its Markdown and CSV exports, from audits
// of the project's fixture sites: what they say, in both languages, and that page text stays text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { LOCALES } from '../../engine/rule';
import { DEFAULT_CONFIG } from '../../engine/config';
import { renderCsv } from '../../report/csv';
import { csvCell, mdCode, mdText } from '../../report/escape';
import { ACCENT_DEFAULT, type ReportDocument } from '../../report/document';
import { renderReportHtml } from '../../report/html';
import { JOURNEY_STAGES } from '../../report/journey-map';
import { renderMarkdown } from '../../report/markdown';
import { htmlDocument, page } from '../support/dom';
import { fixtureReport, reportJsonOf } from '../support/report-fixture';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function doc(report = fixtureReport('shop-en', 'en'), extra: Partial<ReportDocument> = {}): ReportDocument {
  return { report, screenshot: null, brand: null, ...extra };
}

function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('the HTML report', () => {
  for (const locale of LOCALES) {
    it(`has a cover, a journey map, the ranked pain points, the foundation and the pages read (${locale})`, () => {
      const report = fixtureReport('kotisiivous-fi', locale);
      const d = dom(renderReportHtml(doc(report)));
      expect(d.documentElement.getAttribute('lang')).toBe(locale);
      const cover = d.querySelector('[data-testid="report-cover"]')!;
      expect(cover.querySelector('h1')!.textContent).toBe(locale === 'fi' ? 'Ostopolun auditointi' : 'Purchase journey audit');
      expect(cover.querySelector('[data-testid="report-url"]')!.textContent).toBe(report.url);
      // The date and time in the language's own format.
      expect(cover.textContent).toContain(locale === 'fi' ? '4.12.2026 klo' : '4 Dec 2026');
      expect(d.querySelector('.overall-number')!.textContent).toBe(String(report.overall));
      expect(d.querySelectorAll('.stage-scores li')).toHaveLength(report.stages.length);

      const columns = [...d.querySelectorAll('.journey-column')];
      expect(columns.map((c) => c.getAttribute('data-stage'))).toEqual([...JOURNEY_STAGES]);
      for (const column of columns) {
        const stage = column.getAttribute('data-stage') as (typeof JOURNEY_STAGES)[number];
        const shown = [...column.querySelectorAll('.touchpoint')].map((t) => t.getAttribute('data-asset'));
        const expected = DEFAULT_CONFIG[stage].assets.filter((a) => !report.siteKind.assetsNotApplicable.includes(a) || report.assets[a].present !== 'none');
        expect(shown.sort()).toEqual([...expected].sort());
        for (const hole of column.querySelectorAll('[data-hole]')) expect(report.assets[hole.getAttribute('data-asset') as never]).toMatchObject({ present: 'none' });
      }

      const pains = [...d.querySelectorAll('[data-testid="report-pain-points"] li.pain')];
      expect(pains.length).toBe(report.painPoints.length);
      expect(pains.length).toBeGreaterThan(3);
      expect(pains.map((p) => p.getAttribute('data-rule'))).toEqual(report.painPoints.map((p) => p.rule));
      expect(pains[0]!.querySelector('h3')!.textContent).toBe(report.painPoints[0]!.title);
      const fixWord = locale === 'fi' ? 'Korjaus' : 'Fix';
      const failing = report.painPoints.findIndex((p) => p.outcome === 'fail');
      expect(pains[failing]!.querySelector('.pain-fix')!.textContent).toBe(`${fixWord}: ${report.painPoints[failing]!.fix}`);
      expect(d.querySelectorAll('.foundation-group').length).toBeGreaterThanOrEqual(3);
      expect(d.querySelector('[data-testid="report-pages"] td.url')!.textContent).toBe(report.url);
    });
  }

  it('shows the evidence of a pain point with its element and the key page it was found on', () => {
    const report = fixtureReport('shop-en', 'en');
    const finding = report.findings.find((f) => f.rule === report.painPoints[0]!.rule && f.stage === report.painPoints[0]!.stage)!;
    finding.evidence = [{ kind: 'link', text: 'Pricing plans', url: 'https://shop-en.example/plans', selector: 'footer > a:nth-of-type(2)', page: 'https://shop-en.example/about' }];
    const item = dom(renderReportHtml(doc(report))).querySelector('li.pain')!;
    expect(item.querySelector('.pain-evidence q')!.textContent).toBe('Pricing plans');
    expect(item.querySelector('.pain-evidence code')!.textContent).toBe('shop-en.example/plans');
    expect(item.querySelector('.selector code')!.textContent).toBe('footer > a:nth-of-type(2)');
    expect(item.querySelector('.on-page')!.textContent).toBe('on shop-en.example/about');
  });

  it('carries the agency’s name, logo, accent, contact line and intro; drops what is not a raster data URL', () => {
    const brand = { name: 'Toimisto Oy', logo: PIXEL, accent: '#AA3300', contact: 'myynti@toimisto.fi · 040 123 4567', intro: 'Hei!\n\nTässä auditointi.' };
    const d = dom(renderReportHtml(doc(fixtureReport('shop-en', 'fi'), { brand, screenshot: PIXEL })));
    expect(d.querySelector('.brand-name')!.textContent).toBe('Toimisto Oy');
    expect(d.querySelector('.brand-logo')!.getAttribute('src')).toBe(PIXEL);
    expect(d.querySelector('.report')!.getAttribute('style')).toContain('--accent:#aa3300');
    expect([...d.querySelectorAll('.cover-intro p')].map((p) => p.textContent)).toEqual(['Hei!', 'Tässä auditointi.']);
    expect(d.querySelector('.cover-shot img')!.getAttribute('src')).toBe(PIXEL);
    expect(d.querySelector('.colophon')!.textContent).toContain('Laatinut Toimisto Oy');

    for (const logo of ['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', 'https://evil.example/logo.png', `${PIXEL}"onerror="x`]) {
      const html = renderReportHtml(doc(undefined, { brand: { name: 'X', logo, accent: 'red;background:url(x)' }, screenshot: logo }));
      expect(dom(html).querySelectorAll('img')).toHaveLength(0);
      expect(html).toContain(`--accent:${ACCENT_DEFAULT}`);
    }
  });

  it('is one self-contained file that can run nothing and load nothing', () => {
    const html = renderReportHtml(doc());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|\ssrc="http/i);
    expect(html).toContain('@page { size: A4');
  });

  it('says when the audit is incomplete', () => {
    const report = { ...fixtureReport('shop-en', 'en'), complete: false };
    expect(dom(renderReportHtml(doc(report))).querySelector('[data-testid="report-incomplete"]')).not.toBeNull();
    const whole = { ...fixtureReport('shop-en', 'en'), complete: true };
    expect(dom(renderReportHtml(doc(whole))).querySelector('[data-testid="report-incomplete"]')).toBeNull();
  });
});

/** A page whose texts try to become markup, links and spreadsheet formulas in every format. */
const HOSTILE = page(`
  <header><a href="/contact?x=<b>">=HYPERLINK("http://evil.example","Contact")</a></header>
  <main><h1>Welcome</h1>
  <p>Call us: <a href="tel:+358401234567">+358 40 123 4567 <img src=x onerror=alert(1)></a></p>
  <a href="/privacy">[Privacy](javascript:alert(1)) <script>alert(2)</script> ![x](http://evil.example/p.png)</a>
  <a href="https://www.facebook.com/evil">@SUM(1+1)*cmd|' /C calc'!A0</a>
  </main>`);

describe('hostile page text', () => {
  const report = reportJsonOf({ ...collectFacts(htmlDocument(HOSTILE, 'https://hostile.example/?q=<script>alert(3)</script>')), scannedAt: 0 }, 'en');
  report.findings[0]!.evidence = [{ kind: 'link', text: '<img src=x onerror=alert(4)> =1+2 | `code` **bold**\n# heading', url: 'javascript:alert(5)', selector: 'a[href="x"] > b' }];
  const hostile = doc(report);

  it('stays text in the HTML report', () => {
    const html = renderReportHtml(hostile);
    const d = dom(html);
    expect(d.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(d.querySelectorAll('img')).toHaveLength(0);
    expect(html).not.toContain('<img src=x');
    expect(d.querySelector('[data-testid="report-url"]')!.textContent).toBe(report.url);
    expect(report.url).toContain('<script>');
  });

  it('is escaped in Markdown: no link, image, heading, HTML or code fence from the page', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/); // no unescaped [text](url)
    // Inside a code span, markup is shown as it is; outside one, it must not appear at all.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).toMatch(/\\<img/);
    expect(outsideCode).not.toMatch(/(?<!\\)<(?:img|script)/i);
    expect(md).not.toMatch(/^#\s*heading/m);
    expect(mdText('[a](b) <i> # *x* `y`')).toBe('\\[a\\]\\(b\\) \\<i\\> \\# \\*x\\* \\`y\\`');
    expect(mdText('line\nbreak')).toBe('line break');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`edge`')).toBe('`` `edge` ``');
  });

  it('never becomes a formula in CSV', () => {
    expect(csvCell('=1+2')).toBe(`"'=1+2"`);
    expect(csvCell('+358 40')).toBe(`"'+358 40"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    const csv = renderCsv(hostile);
    const cells = parseCsv(csv.replace(/^\uFEFF/, ''), ',');
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^\s*[=+\-@\t\r]/);
  });
});

describe('CSV export', () => {
  for (const locale of LOCALES) {
    it(`has one row per finding with stage, rule, outcome, cost, title, message, fix, evidence, page (${locale})`, () => {
      const report = fixtureReport('shop-en', locale);
      const csv = renderCsv(doc(report));
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const separator = locale === 'fi' ? ';' : ',';
      const rows = parseCsv(csv.slice(1), separator);
      expect(rows[0]).toEqual(['stage', 'rule', 'outcome', 'cost', 'title', 'message', 'fix', 'evidence', 'page']);
      expect(rows.slice(1)).toHaveLength(report.findings.length);
      const top = report.painPoints.find((p) => p.outcome === 'fail')!;
      const row = rows.find((r) => r[1] === top.rule && r[0] === top.stage)!;
      expect(row[2]).toBe('fail');
      expect(Number(row[3]!.replace(',', '.'))).toBeCloseTo(top.overallCost, 1);
      expect(row[4]).toBe(top.title);
      expect(row[6]).toBe(top.fix);
      const pass = rows.find((r) => r[2] === 'pass')!;
      expect(pass[3]).toBe('');
      expect(pass[6]).toBe('');
    });
  }
});

describe('Markdown export', () => {
  it('has the scores, the journey map, every pain point in order and the pages read', () => {
    const report = fixtureReport('kotisiivous-fi', 'fi');
    const md = renderMarkdown(doc(report, { brand: { name: 'Toimisto Oy' } }));
    expect(md).toMatch(/^# Ostopolun auditointi\n\nLaatinut Toimisto Oy/);
    expect(md).toContain(`| Kokonaispisteet | ${report.overall} / 100 |`);
    for (const stage of JOURNEY_STAGES) expect(md).toContain(`### ${report.stages.find((s) => s.id === stage)!.name}`);
    const numbered = md.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
    expect(numbered).toHaveLength(report.painPoints.length);
    expect(numbered[0]).toContain(mdText(report.painPoints[0]!.title));
    expect(md).toContain('## Luetut sivut');
  });
});

/** A small RFC 4180 reader for the tests: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('changes since the last audit and competitors on the report', () => {
  const report = () => fixtureReport('shop-en', 'fi');
  it('shows the changes only when there was an earlier audit, and the comparison only with a competitor', () => {
    const since = Date.UTC(2026, 10, 20, 9, 0);
    const changes = {
      since,
      overall: { before: 70, now: 83, change: 13 },
      stages: [{ id: 'retention' as const, before: 25, now: 50, change: 25 }],
      fixed: [{ rule: 'privacy-policy', stage: 'conversion' as const, outcome: 'fail' as const, cost: 18, overallCost: 4.2 }],
      added: [],
    };
    const d = dom(renderReportHtml(doc(report(), { changes })));
    expect(d.querySelector('[data-testid="report-changes"] h2')!.textContent).toContain('20.11.2026');
    expect(d.querySelector('[data-testid="change-overall"]')!.textContent).toContain('+13');
    expect(d.querySelector('[data-testid="fixed"] li')!.getAttribute('data-rule')).toBe('privacy-policy');
    expect(dom(renderReportHtml(doc(report(), { changes: null }))).querySelector('[data-testid="report-changes"]')).toBeNull();

    const scores = (a: number | null, b: number | null) => ({ scores: [{ site: 'shop.example', score: a }, { site: 'rival.example', score: b }], best: a !== null && (b === null || a >= b) ? ['shop.example'] : ['rival.example'] });
    const comparison = {
      sites: ['shop.example', 'rival.example'],
      overall: scores(83, 60),
      stages: (['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation'] as const).map((id) => ({ id, ...scores(50, 70), missing: id === 'retention' ? [{ asset: 'retention.loyalty' as const, haveIt: ['rival.example'] }] : [] })),
    };
    const c = dom(renderReportHtml(doc(report(), { comparison })));
    expect(c.querySelector('[data-testid="report-comparison"] h2')!.textContent).toBe('Kilpailijat');
    expect(c.querySelectorAll('[data-testid="compare-retention"] td[data-best="true"]')[0]!.getAttribute('data-site')).toBe('rival.example');
    expect(c.querySelector('[data-testid="competitor-gaps"]')!.textContent).toContain('Kanta-asiakasohjelma (rival.example)');
    expect(renderMarkdown(doc(report(), { comparison, changes }))).toContain('| Kokonaisuus | 83 ★ | 60 |');
    expect(dom(renderReportHtml(doc(report(), { comparison: null }))).querySelector('[data-testid="report-comparison"]')).toBeNull();
  });
});

describe('Markdown text', () => {
  it('stays readable: dots and quotes as they are, a line-start number or www. escaped', () => {
    expect(mdText('Hinta 7,80 €. Katso "ehdot".')).toBe('Hinta 7,80 €. Katso "ehdot".');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('see www.evil.example or mail a@b.example')).toBe('see www\\.evil.example or mail a\\@b.example');
    expect(mdText('https://x.example')).toBe('https\\://x.example');
  });
});
