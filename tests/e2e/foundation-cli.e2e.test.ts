// Speed, mobile and form facts through the CLI on purpose-built pages (tests/fixtures/foundation/):
// a heavy page, a crowded page without a viewport, and a page of ~5,000 elements for the step times.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { REPO_ROOT } from '../support/extension-browser';
import { polku } from '../support/run-polku';
import { MOBILE_CAPS } from '../../collectors/mobile-layout';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'foundation');
let server: Server;
let port: number;

/** Fixture pages from disk; `/generated/<name>?kb=N` answers N kB of filler (a comment in JS and CSS), so no big file is committed. */
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/generated/')) {
      const kb = Math.min(10_000, Number(url.searchParams.get('kb') ?? '1'));
      const ext = path.extname(url.pathname);
      const type = ext === '.js' ? 'text/javascript' : ext === '.css' ? 'text/css' : 'image/bmp';
      const filler = ext === '.bmp' ? bitmap(kb) : Buffer.alloc(kb * 1000, 'x');
      if (ext === '.js' || ext === '.css') filler.write('/*', 0), filler.write('*/', filler.length - 2);
      res.writeHead(200, { 'content-type': type, 'content-length': String(filler.length), 'cache-control': 'no-store' });
      res.end(filler);
      return;
    }
    if (url.pathname === '/many.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(manyElements());
      return;
    }
    readFile(path.join(FIXTURES, path.basename(url.pathname)), 'utf8').then(
      (html) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(html.replaceAll('__PORT__', String(port)));
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** An uncompressed 24-bit BMP of about `kb` kB: a real image the browser loads whole (junk bytes it would cancel). */
function bitmap(kb: number): Buffer {
  const width = 1000;
  const height = Math.max(1, Math.round((kb * 1000) / (width * 3)));
  const data = width * 3 * height;
  const file = Buffer.alloc(54 + data, 0x80);
  file.write('BM', 0);
  file.writeUInt32LE(54 + data, 2);
  file.writeUInt32LE(0, 6);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(0, 30);
  file.writeUInt32LE(data, 34);
  file.writeUInt32LE(0, 38);
  file.writeUInt32LE(0, 42);
  file.writeUInt32LE(0, 46);
  file.writeUInt32LE(0, 50);
  return file;
}

/** ~5,100 elements: 850 cards of a heading, a paragraph with a span, a link and a button. */
function manyElements(): string {
  const cards = Array.from({ length: 850 }, (_, i) => `<div class="card"><h3>Tuote ${i}</h3><p>Kuvaus tuotteesta numero ${i}, <span>hyvä</span> ja edullinen.</p><a href="/p/${i}">Lue lisää</a> <button>Osta</button></div>`).join('\n');
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Paljon tuotteita</title></head><body><h1>Tuotteet</h1>${cards}</body></html>`;
}

async function report(pathname: string, lang = 'en'): Promise<ReportJson> {
  const run = await polku([`http://127.0.0.1:${port}${pathname}`, '--json', '--lang', lang, '--settle', '300']);
  expect(run.code, run.stderr).toBe(0);
  return ReportJsonSchema.parse(JSON.parse(run.stdout));
}

const finding = (json: ReportJson, rule: string) => json.findings.find((f) => f.rule === rule)!;

describe('speed facts and findings', () => {
  test('a heavy page: weight as a lower bound, the heaviest files, render-blocking ones and a third party of unknown size', async () => {
    const json = await report('/heavy.html');
    const perf = json.perf!;
    expect(perf).not.toBeNull();
    // Document, stylesheet, two scripts, the image and the other site's widget.
    expect(perf.requests).toBeGreaterThanOrEqual(6);
    expect(perf.knownBytes).toBeGreaterThan(5_500_000);
    expect(perf.heaviest[0]).toMatchObject({ host: '127.0.0.1', type: 'img' });
    expect(perf.heaviest[0]!.url).toContain('hero-original.bmp');
    expect(perf.heaviest[0]!.bytes).toBeGreaterThan(3_300_000);
    expect(perf.heaviest[1]!.url).toContain('app.js');
    // localhost is another site than 127.0.0.1, and it sends no Timing-Allow-Origin: a size unknown, not 0 bytes.
    expect(perf.thirdParty.hosts.map((h) => h.host)).toContain('localhost');
    expect(perf.thirdParty.unknownSize).toBeGreaterThanOrEqual(1);
    expect(perf.unknownSize).toBeGreaterThanOrEqual(1);
    // Chromium reports render-blocking itself: the stylesheet and the sync script, not the async ones.
    expect(perf.renderBlockingSource).toBe('browser');
    const blocking = perf.renderBlocking.map((r) => r.url).join(' ');
    expect(blocking).toContain('site.css');
    expect(blocking).toContain('app.js');
    expect(blocking).not.toContain('analytics.js');
    expect(blocking).not.toContain('widget.js');

    expect(finding(json, 'page-weight')).toMatchObject({ outcome: 'fail', messageId: 'page-weight/heavy' });
    expect(finding(json, 'page-weight').message).toMatch(/hero-original\.bmp \(3\.\d MB, 127\.0\.0\.1\), app\.js \(2\.2 MB, 127\.0\.0\.1\)/);
    expect(finding(json, 'render-blocking')).toMatchObject({ outcome: 'fail', messageId: 'render-blocking/blocking' });
    expect(finding(json, 'render-blocking').message).toContain('app.js');
    // No one clicked: INP is not measured, which is normal.
    expect(json.vitals!.inp ?? null).toBeNull();
    expect(finding(json, 'inp').outcome).toBe('na');
    expect(['pass', 'fail']).toContain(finding(json, 'fcp').outcome);
    expect(['pass', 'fail']).toContain(finding(json, 'ttfb').outcome);
    const timings = json.scan!.timings.map((t) => t.step);
    expect(timings).toEqual(expect.arrayContaining(['perf', 'mobile', 'forms']));
  });
});

describe('mobile and form facts and findings', () => {
  test('a crowded page without viewport: wider than the screen, cramped targets, tiny text, a plain phone number, a long form', async () => {
    const json = await report('/crowded.html', 'fi');
    const mobile = json.mobile!;
    expect(mobile.overflow.wider).toBe(true);
    expect(mobile.overflow.scrollWidth).toBeGreaterThanOrEqual(2000);
    expect(mobile.overflow.selector).toContain('promo-banner');
    // Six 14 px icons 2 px apart are all crowded (so are the form's default 21 px tall inputs where
    // lines wrap close); the padded menu links are not.
    expect(mobile.tapTargets.crowded).toBeGreaterThanOrEqual(6);
    expect(mobile.tapTargets.crowded).toBeLessThan(mobile.tapTargets.checked);
    expect(mobile.tapTargets.selectors.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((n) => `body > nav:nth-of-type(1) > a:nth-of-type(${n})`));
    expect(mobile.text.smallChars / mobile.text.chars).toBeGreaterThan(0.4);
    expect(mobile.text.selectors.some((s) => s.includes('p'))).toBe(true);

    expect(finding(json, 'content-fits-screen')).toMatchObject({ outcome: 'fail', messageId: 'content-fits-screen/wider' });
    // The report says at which viewport it measured.
    expect(finding(json, 'content-fits-screen').message).toContain(`mitattu ${Math.round(mobile.viewport.width)} × ${Math.round(mobile.viewport.height)}`);
    expect(finding(json, 'tap-targets')).toMatchObject({ outcome: 'fail', messageId: 'tap-targets/crowded' });
    expect(finding(json, 'text-size')).toMatchObject({ outcome: 'fail', messageId: 'text-size/small' });
    expect(finding(json, 'mobile-viewport').outcome).toBe('fail');
    expect(finding(json, 'phone-tel-link')).toMatchObject({ outcome: 'fail', messageId: 'phone-tel-link/plain', stage: 'conversion' });

    const contact = json.forms!.find((f) => f.selector === 'form#yhteydenotto')!;
    expect(contact).toMatchObject({ purpose: 'contact', fields: 8, required: 5, emailWithoutType: 1, phoneWithoutType: 1, unlabelled: 7 });
    const friction = finding(json, 'form-friction');
    expect(friction).toMatchObject({ outcome: 'fail', messageId: 'form-friction/long', stage: 'conversion' });
    expect(friction.evidence[0]!.selector).toBe('form#yhteydenotto');
    expect(friction.message).toContain('8 kenttää');
  });

  test('a plain page of many products fits the screen and has no form or phone to judge', async () => {
    const json = await report('/many.html');
    expect(json.mobile!.overflow.wider).toBe(false);
    expect(finding(json, 'content-fits-screen').outcome).toBe('pass');
    expect(finding(json, 'phone-tel-link').outcome).toBe('na');
    expect(finding(json, 'form-friction').outcome).toBe('na');
  });
});

describe('step times on a page of ~5,000 elements', () => {
  test('the new steps hold the main thread only briefly', async () => {
    const json = await report('/many.html');
    const timings = Object.fromEntries(json.scan!.timings.map((t) => [t.step, t.ms]));
    console.log('step timings on ~5,000 elements (ms):', JSON.stringify(timings));
    // 1,700 targets on the page: the first ones up to the cap are measured, and the facts say so.
    expect(json.mobile!.tapTargets.checked).toBe(MOBILE_CAPS.targets);
    expect(json.mobile!.tapTargets.partial).toBe(true);
    // perf and forms run in one go: under a long task. mobile yields every few dozen elements; its
    // whole work, summed over slices, stays within a few slices.
    expect(timings.perf).toBeLessThan(50);
    expect(timings.forms).toBeLessThan(50);
    expect(timings.mobile).toBeLessThan(250);
  });
});
