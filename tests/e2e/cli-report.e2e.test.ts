// The agency's deliverables from the command line: the report as HTML, PDF (Chromium's print),
// Markdown and CSV, written where --out says, in the language of --lang.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../cli/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { polku } from '../support/run-polku';
import { PNG_1PX } from '../support/brand-images';
import { mdText } from '../../report/escape';

const FAST = ['--settle', '200', '--offline', '--pages', '2'];
let server: FixtureServer;
let rival: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  rival = await startFixtureServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'polku-report-'));
});

afterAll(async () => {
  await server?.close();
  await rival?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Page sizes of a PDF as Chromium writes it (one uncompressed /MediaBox per page). */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
  return [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => ({ width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) }));
}

describe('polku --format', () => {
  test('pdf: an A4 document with the journey map on a landscape page, written to --out', async () => {
    const file = path.join(dir, 'nested', 'shop.pdf');
    const run = await polku([server.url('/shop-en/index.html'), '--format', 'pdf', '--out', file, '--lang', 'fi', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Raportti tallennettu: ${file}`);
    const pdf = await readFile(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]).toEqual({ width: 595, height: 842 });
    expect(pages.filter((p) => p.width === 842 && p.height === 595)).toHaveLength(1);
  });

  test('html: a self-contained report; nothing overflows an A4 page’s width when printed', async () => {
    const file = path.join(dir, 'shop.html');
    const run = await polku([server.url('/shop-en/index.html'), '--format', 'html', '--out', file, '--lang', 'en', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('Purchase journey audit');
    // The cover carries the view the audit started from.
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,/);

    const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS], headless: true });
    try {
      // A4 less the report's margins, at 96 CSS px per inch: 186 mm ≈ 703 px.
      const page = await browser.newPage({ viewport: { width: 703, height: 1000 }, javaScriptEnabled: false });
      await page.goto(`file://${file}`);
      await page.emulateMedia({ media: 'print' });
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('.report *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
      );
      expect(overflowing).toEqual([]);
      expect(await page.locator('.journey-column').count()).toBe(5);
    } finally {
      await browser.close();
    }
  });

  test('md and csv to standard output; csv in Finnish uses semicolons', async () => {
    const md = await polku([server.url('/kotisiivous-fi/index.html'), '--format', 'md', '--lang', 'fi', ...FAST]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Ostopolun auditointi/);
    expect(md.stdout).toContain('## Kipupisteet, merkittävimmät ensin');
    const csv = await polku([server.url('/kotisiivous-fi/index.html'), '--format', 'csv', '--lang', 'fi', ...FAST]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('"stage";"rule";"outcome";"cost";"title";"message";"fix";"evidence";"page"');
  });

  test('a PDF without --out gets a file name of its own, never the terminal', async () => {
    const run = await polku([server.url('/kotisiivous-fi/index.html'), '--format', 'pdf', ...FAST], {}, dir);
    expect(run.code, run.stderr).toBe(0);
    const written = run.stderr.match(/Report written: (.+\.pdf)/)?.[1];
    expect(written, run.stderr).toMatch(/polku-127-0-0-1-\d{8}-\d{4}\.pdf$/);
    expect((await stat(written!)).size).toBeGreaterThan(10_000);
  });

  test('wrong formats and a place that cannot be written are usage errors', async () => {
    const bad = await polku([server.url('/shop-en/index.html'), '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text, json, html, pdf, md, csv (got "docx")');
    const both = await polku([server.url('/shop-en/index.html'), '--json', '--format', 'md', '--lang', 'fi']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json on lyhenne');
    const blocked = path.join(dir, 'a-file');
    await polku([server.url('/shop-en/index.html'), '--format', 'md', '--out', blocked, ...FAST]);
    const unwritable = await polku([server.url('/shop-en/index.html'), '--format', 'md', '--out', path.join(blocked, 'x.md'), ...FAST]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain(`could not write ${path.join(blocked, 'x.md')}`);
  });

  test('--brand puts the agency on the report; a wrong brand file is named field by field', async () => {
    await writeFile(path.join(dir, 'logo.png'), PNG_1PX);
    const brand = path.join(dir, 'brand.json');
    await writeFile(brand, JSON.stringify({ name: 'Toimisto <b>Oy</b>', logo: 'logo.png', accent: '#AA3300', contact: 'myynti@toimisto.example', intro: 'Hei!' }));
    const run = await polku([server.url('/shop-en/index.html'), '--format', 'html', '--brand', brand, '--lang', 'fi', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('<div class="brand-name">Toimisto &lt;b&gt;Oy&lt;/b&gt;</div>');
    expect(run.stdout).toContain(`<img class="brand-logo" src="data:image/png;base64,${PNG_1PX.toString('base64')}"`);
    expect(run.stdout).toContain('--accent:#aa3300');
    await writeFile(brand, JSON.stringify({ name: '', accent: 'red' }));
    const bad = await polku([server.url('/shop-en/index.html'), '--brand', brand, ...FAST]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/name/);
    expect(bad.stderr).toMatch(/accent/);
  });

  test('--compare: one report of the site with its competitor beside it, stage by stage', async () => {
    const run = await polku(['--compare', server.url('/shop-en/index.html'), rival.url('/kotisiivous-fi/index.html'), '--format', 'md', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('## Competitors');
    const rivalHost = mdText(new URL(rival.url('/')).host);
    expect(run.stdout).toContain(`| Stage | this site | ${rivalHost} |`);
    expect(run.stdout).toMatch(/\| Consideration \| \d+ ★ \| \d+ \|/);
    const local = await polku(['--compare', server.url('/shop-en/index.html'), 'tests/fixtures/sites/shop-en/index.html']);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('tells sites apart by their web address');
  });
});
