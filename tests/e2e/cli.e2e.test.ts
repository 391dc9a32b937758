// The command-line twin, run as a user runs it (node bin/polku.mjs), against the fixture sites.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSET_IDS } from '../../engine/assets';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { REPO_ROOT } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function polku(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'polku.mjs'), ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Offline: the shop's third-party chat script fails at once instead of waiting on DNS.
const FAST = ['--settle', '200', '--offline'];
let server: FixtureServer;
let silent: Server;
let silentUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  // Accepts connections and never answers: a page that does not load.
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await server?.close();
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
});

async function report(url: string, lang = 'en'): Promise<ReportJson> {
  const run = await polku([url, '--json', '--lang', lang, ...FAST]);
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
  });
});

describe('polku errors', () => {
  test('a missing file is a usage error', async () => {
    const run = await polku(['no/such/page.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No such file');
  });

  test('a host that refuses the connection', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const run = await polku([`http://127.0.0.1:${port}/`, ...FAST]);
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
    expect(run.stderr).toContain('did not finish loading in 2 s');
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
