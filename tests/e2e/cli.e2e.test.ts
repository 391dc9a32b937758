// The command-line twin, run as a user runs it (node bin/polku.mjs), against the fixture sites.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSET_IDS } from '../../engine/assets';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { REPO_ROOT } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { polku } from '../support/run-polku';
import { markedProcessesAfter, watchMarkedProcesses } from '../support/marked-processes';

// Offline: the shop's third-party chat script fails at once instead of waiting on DNS.
const FAST = ['--settle', '200', '--offline'];
let server: FixtureServer;
let silent: Server;
let silentUrl: string;
let spinning: Server;
let spinningUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  // Accepts connections and never answers: a page that does not load.
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
  // Loads, then keeps its main thread busy forever: the scanner can never run in it.
  spinning = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Busy</title><h1>Busy</h1><script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 300));</script>');
  });
  await new Promise<void>((resolve) => spinning.listen(0, '127.0.0.1', resolve));
  spinningUrl = `http://127.0.0.1:${(spinning.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await server?.close();
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
  spinning?.closeAllConnections();
  await new Promise((resolve) => spinning?.close(resolve));
});

async function report(url: string, lang = 'en', extra: string[] = []): Promise<ReportJson> {
  const run = await polku([url, '--json', '--lang', lang, ...FAST, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return ReportJsonSchema.parse(JSON.parse(run.stdout));
}

describe('polku --json', () => {
  test('reports every asset id, six stages and ranked findings, and tells the two fixtures apart', async () => {
    const shop = await report(server.url('/shop-en/index.html'));
    const service = await report(server.url('/kotisiivous-fi/index.html'));
    for (const json of [shop, service]) {
      expect(Object.keys(json.assets).sort()).toEqual([...ASSET_IDS].sort());
      expect(json.stages.map((s) => s.id)).toEqual(['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation']);
    }
    expect(shop.assets['contact.chat']).toMatchObject({ present: 'script', items: ['intercom'] });
    expect(shop.assets['payment.methods'].items).toEqual(expect.arrayContaining(['visa', 'mastercard', 'paypal', 'klarna']));
    expect(service.assets['contact.phone'].present).toBe('content');
    expect(service.assets['contact.form'].present).toBe('none');
    expect(shop.overall! - service.overall!).toBeGreaterThanOrEqual(20);
    expect(service.painPoints.map((p) => p.rule)).toEqual(expect.arrayContaining(['contact-beyond-phone', 'customer-proof', 'faq-available', 'privacy-policy']));
    expect(shop.siteKind).toMatchObject({ id: 'shop', inferred: 'shop', name: 'Online shop' });
    expect(shop.siteKind.reasons.map((r) => r.messageId)).toContain('kind/cart');
  });

  test('--kind judges the same page as another kind of site', async () => {
    const shop = await report(server.url('/shop-en/index.html'));
    const asService = await report(server.url('/shop-en/index.html'), 'en', ['--kind', 'service']);
    expect(asService.siteKind).toMatchObject({ id: 'service', inferred: 'shop' });
    const retention = (json: ReportJson) => json.stages.find((s) => s.id === 'retention')!.score!;
    expect(retention(asService)).toBeGreaterThan(retention(shop));
    expect(asService.findings.find((f) => f.rule === 'loyalty-programme')).toMatchObject({ outcome: 'na', messageId: 'kind/notFor_service' });
    expect(asService.siteKind.assetsNotApplicable).toContain('retention.loyalty');
  });

  test('speaks Finnish with --lang fi', async () => {
    const json = await report(server.url('/kotisiivous-fi/index.html'), 'fi');
    expect(json.stages.find((s) => s.id === 'consideration')!.name).toBe('Harkinta');
    expect(json.painPoints.find((p) => p.rule === 'contact-beyond-phone')!.message).toContain('vain puhelimella');
  });
});

describe('polku summary', () => {
  test('audits a local HTML file and prints scores, pain points and what was found', async () => {
    const run = await polku([path.join('tests', 'fixtures', 'sites', 'kotisiivous-fi', 'index.html'), '--lang', 'fi', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Kokonaisuus:');
    expect(run.stdout).toMatch(/Harkinta\s+[█░]+\s+\d+\n/);
    expect(run.stdout).toContain('Kipupisteet:');
    expect(run.stdout).toContain('Puhelin: ');
    expect(run.stdout).toMatch(/^Sivuston tyyppi: /m);
    // Progress, the date and the costs in Finnish too.
    expect(run.stderr).toMatch(/^Auditoidaan file:\/\/\S+index\.html …/);
    expect(run.stderr).not.toContain('Auditing');
    expect(run.stdout).toMatch(/\nSkannattu \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\n/);
    expect(run.stdout).toMatch(/ −[\d,]+ p kokonaisuudesta\n/);
  });
});

/** An address on a port that was just free: nothing listens there. */
async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

describe('polku errors', () => {
  test('an unknown --kind is a usage error that names the kinds', async () => {
    const run = await polku([server.url('/shop-en/index.html'), '--kind', 'store']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--kind must be one of shop, service, b2b, publisher, nonprofit');
  });

  test('a missing file is a usage error', async () => {
    const run = await polku(['no/such/page.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file');
  });

  test('usage errors and the help follow --lang, even when an option is unknown', async () => {
    const missing = await polku(['no/such/page.html', '--lang', 'fi']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^polku: tiedostoa ei ole: \/.*no\/such\/page\.html$/m);
    const unknown = await polku(['--lang=fi', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('polku: tuntematon tai puutteellinen valitsin');
    expect(unknown.stderr).toContain('Käyttö: polku');
  });

  test('a refused connection is told in the language of --lang', async () => {
    const run = await polku([await closedPortUrl(), '--lang', 'fi', ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ei voitu avata: palvelin torjui yhteyden');
  });

  test('a host that refuses the connection', async () => {
    const run = await polku([await closedPortUrl(), ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused the connection');
  });

  test('a response that is not HTML', async () => {
    const run = await polku([server.url('/shop-en/img/visa.svg'), ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not an HTML page (image/svg+xml)');
  });

  test('a page that never answers times out', async () => {
    const run = await polku([silentUrl, '--timeout', '2', ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/gave up after \d+\.\d s while loading http:\/\/127\.0\.0\.1:\d+\/ \(--timeout 2 covers the whole audit\): the page did not finish loading/);
  });

  test('gives up in the language of --lang', async () => {
    const run = await polku([silentUrl, '--timeout', '2', '--lang', 'fi', ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/keskeytettiin \d+\.\d s:n jälkeen, vaihe: sivun http:\/\/127\.0\.0\.1:\d+\/ lataus \(--timeout 2 koskee koko auditointia\): sivu ei latautunut loppuun/);
  });

  test('a missing page answers with its HTTP status', async () => {
    const run = await polku([server.url('/shop-en/nothing-here.html'), ...FAST]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HTTP 404');
  });

  test('bad options are usage errors with help', async () => {
    const run = await polku(['--lang', 'sv', 'x.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be one of en, fi');
    expect(run.stderr).toContain('Usage: polku');
  });

  test('a missing browser is explained', async () => {
    const run = await polku([server.url('/shop-en/index.html')], { POLKU_CHROMIUM: '/nonexistent/chromium' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Chromium was not found at /nonexistent/chromium');
  });
});

/**
 * Runs polku with a temp folder of its own, which marks every process the run starts (see
 * marked-processes.ts), and reports what the run left behind there and in the process table.
 */
async function isolatedRun(args: string[]) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'polku-e2e-run-'));
  try {
    const watch = watchMarkedProcesses(tmp);
    const run = await polku(args, { TMPDIR: tmp });
    const seen = watch.stop();
    // The group is killed before polku exits; the crashpad handlers follow within milliseconds.
    const left = await markedProcessesAfter(tmp, 5000);
    return { run, sawChromium: seen.some((p) => p.command.includes(`--user-data-dir=${tmp}`)), left, files: await readdir(tmp) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// The budget is the spec; the margin only absorbs a slow, shared machine.
const MARGIN_MS = 10_000;

describe('polku deadline', () => {
  test('a page busy forever: exits 1 within --timeout, says where it was, and kills Chromium', async () => {
    const { run, sawChromium, left, files } = await isolatedRun([spinningUrl, '--json', '--timeout', '5', '--offline']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    // Scanning normally; waiting, should Chromium start slowly on a loaded machine.
    expect(run.stderr).toMatch(/gave up after \d+\.\d s while (scanning the page|waiting for the page to settle) \(--timeout 5 covers the whole audit\)/);
    expect(run.ms).toBeLessThan(5000 + MARGIN_MS);
    expect(sawChromium).toBe(true);
    expect(left).toEqual([]);
    expect(files).toEqual([]);
  });

  test('a scanner that never answers ends at its own limit, well inside a longer --timeout', async () => {
    // The page freezes during the settle wait, before the scan: nothing the scanner sends is answered.
    const { run, sawChromium, left, files } = await isolatedRun([spinningUrl, '--json', '--timeout', '25', '--offline']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('the scanner got no answer from the page in 10 s');
    expect(run.ms).toBeLessThan(25_000 + MARGIN_MS);
    expect(sawChromium).toBe(true);
    expect(left).toEqual([]);
    expect(files).toEqual([]);
  });

  test('a normal audit exits 0 quickly and leaves neither processes nor its profile folder', async () => {
    const { run, sawChromium, left, files } = await isolatedRun([server.url('/shop-en/index.html'), '--json', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(ReportJsonSchema.parse(JSON.parse(run.stdout)).url).toBe(server.url('/shop-en/index.html'));
    // It takes about 3 s; a close that waited on the browser would take the whole 30 s budget.
    expect(run.ms).toBeLessThan(15_000);
    expect(sawChromium).toBe(true);
    expect(left).toEqual([]);
    expect(files).toEqual([]);
  });
});
