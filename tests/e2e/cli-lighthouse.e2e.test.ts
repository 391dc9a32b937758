// The CLI's phone default, --desktop, and the Lighthouse deep audit (--lighthouse), run as a user
// runs them against local pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { polku } from '../support/run-polku';

const FAST = ['--settle', '200', '--offline'];
const LIGHTHOUSE_RULES = ['lighthouse-performance', 'lighthouse-accessibility', 'lighthouse-best-practices', 'lighthouse-seo'];
let fixtures: FixtureServer;
let probe: Server;
let probeUrl: string;
/** What the probe page reported about the browser it ran in. */
const seen: URLSearchParams[] = [];
let flaky: Server;
let flakyUrl: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  fixtures = await startFixtureServer();
  // A page that tells the server the viewport, touch points and user agent it got.
  probe = createServer((req, res) => {
    if (req.url!.startsWith('/seen?')) seen.push(new URL(req.url!, 'http://x').searchParams);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Probe</title><meta name="viewport" content="width=device-width, initial-scale=1"><h1>Probe</h1>
      <script>fetch('/seen?' + new URLSearchParams({ width: innerWidth, touch: navigator.maxTouchPoints, ua: navigator.userAgent }));</script>`);
  });
  probeUrl = await listen(probe);
  // Serves its page once, then fails: Lighthouse's own load of it gets HTTP 500.
  let served = 0;
  flaky = createServer((req, res) => {
    if (req.url !== '/') return res.writeHead(404).end();
    const ok = served++ === 0;
    res.writeHead(ok ? 200 : 500, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ok ? '<!doctype html><html lang="en"><title>Flaky shop</title><h1>Flaky shop</h1><p>Call us: +358 40 123 4567</p>' : '<h1>Server error</h1>');
  });
  flakyUrl = await listen(flaky);
});

afterAll(async () => {
  await fixtures?.close();
  for (const server of [probe, flaky]) {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
});

async function audit(args: string[]): Promise<ReportJson> {
  const run = await polku([...args, '--json', '--lang', 'en', ...FAST]);
  expect(run.code, run.stderr).toBe(0);
  return ReportJsonSchema.parse(JSON.parse(run.stdout));
}

const lighthouseFindings = (json: ReportJson) => json.findings.filter((f) => LIGHTHOUSE_RULES.includes(f.rule));

describe('device', () => {
  test('a phone by default, a desktop with --desktop: the report and the page agree', async () => {
    const phone = await audit([probeUrl]);
    expect(phone.device).toEqual({ kind: 'mobile', width: 360, height: 800 });
    const phoneSeen = seen.at(-1)!;
    expect(phoneSeen.get('width')).toBe('360');
    expect(Number(phoneSeen.get('touch'))).toBeGreaterThan(0);
    expect(phoneSeen.get('ua')).toMatch(/Android.*Chrome\/\d+\.0\.0\.0 Mobile Safari/);

    const desk = await audit([probeUrl, '--desktop']);
    expect(desk.device).toEqual({ kind: 'desktop', width: 1280, height: 900 });
    const deskSeen = seen.at(-1)!;
    expect(deskSeen.get('width')).toBe('1280');
    expect(deskSeen.get('touch')).toBe('0');
    expect(deskSeen.get('ua')).not.toContain('Android');
    // Without --lighthouse its checks do not apply and the audit is whole.
    expect(phone.lighthouse).toBeNull();
    expect(phone.timings.phases.lighthouse).toBeNull();
    expect(lighthouseFindings(phone).map((f) => f.outcome)).toEqual(['na', 'na', 'na', 'na']);
  });
});

describe('polku --lighthouse', () => {
  test('folds Lighthouse’s scores and lab metrics into the report', async () => {
    const json = await audit([fixtures.url('/shop-en/index.html'), '--lighthouse']);
    const lh = json.lighthouse!;
    expect(lh.status, JSON.stringify(lh)).toBe('ok');
    if (lh.status !== 'ok') return;
    console.log(`[cli-lighthouse] Lighthouse ${lh.version} (${lh.preset}) took ${lh.ms} ms; the whole audit ${json.timings.totalMs} ms`);
    expect(lh.preset).toBe('mobile');
    expect(lh.throttling).toEqual({ method: 'simulate', rttMs: 150, throughputKbps: expect.any(Number), cpuSlowdown: 4 });
    for (const score of Object.values(lh.scores)) expect(score).toEqual(expect.any(Number));
    for (const [name, value] of Object.entries(lh.metrics)) expect(value, name).toEqual(expect.any(Number));
    expect(lh.metrics.lcp!).toBeGreaterThan(0);
    // Each score became a finding with Lighthouse's own number.
    const findings = lighthouseFindings(json);
    expect(findings.map((f) => f.rule).sort()).toEqual([...LIGHTHOUSE_RULES].sort());
    for (const f of findings) {
      expect(['pass', 'fail']).toContain(f.outcome);
      expect(f.message).toContain(`${f.data.score}/100`);
    }
    expect(findings.find((f) => f.rule === 'lighthouse-performance')!.stage).toBe('foundation');
    expect(findings.find((f) => f.rule === 'lighthouse-seo')!.stage).toBe('awareness');
    const groups = json.stages.find((s) => s.id === 'foundation')!.groups;
    // The accessibility part also holds axe-core's own check; Lighthouse's score is one finding in it.
    expect(groups.find((g) => g.id === 'accessibility')!.score).toEqual(expect.any(Number));
    expect(findings.find((f) => f.rule === 'lighthouse-accessibility')!.score).toBeCloseTo(lh.scores.accessibility! / 100, 2);
    expect(json.complete).toBe(true);
    expect(json.timings.phases.lighthouse!).toBeGreaterThanOrEqual(lh.ms);
    expect(json.timings.totalMs).toBeGreaterThan(json.timings.phases.lighthouse!);
  }, 90_000);

  test('a Lighthouse failure is reported and the rest of the audit stands', async () => {
    const json = await audit([flakyUrl, '--lighthouse']);
    expect(json.lighthouse).toMatchObject({ status: 'failed', reason: expect.stringContaining('500') });
    expect(json.assets['contact.phone'].present).toBe('content');
    expect(json.overall).not.toBeNull();
    for (const f of lighthouseFindings(json)) {
      expect(f.outcome).toBe('na');
      expect(f.message).toContain('500');
    }
  }, 90_000);

  test('when Lighthouse would not fit in --timeout it is not started, and the audit still ends well', async () => {
    const run = await polku([fixtures.url('/shop-en/index.html'), '--lighthouse', '--timeout', '8', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Lighthouse \(mobile\) failed after \d+\.\d s: not started: \d+\.\d s of --timeout were left/);
    expect(run.stdout.trimEnd()).toMatch(/Time: \d+\.\d s in all \(scan \d+\.\d s, (?:[\w ]+ \d+\.\d s, )*Lighthouse \d+\.\d s\)$/);
    expect(run.ms).toBeLessThan(8000 + 10_000);
  });

  test('a local file gets its audit, and a plain word on why Lighthouse did not run', async () => {
    const run = await polku([path.join('tests', 'fixtures', 'sites', 'shop-en', 'index.html'), '--lighthouse', '--json', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const json = ReportJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.lighthouse).toMatchObject({ status: 'failed', reason: expect.stringContaining('only http(s) addresses') });
    expect(json.assets['payment.methods'].present).not.toBe('none');
  });
});
