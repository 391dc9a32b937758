// The command-line twin on the hostile pages: the same scanner, so the same guarantees, and the
// JSON report says whether the audit is complete.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { startHostileSite, type HostileSite } from '../support/hostile-site';
import { polku } from '../support/run-polku';

let site: HostileSite;

beforeAll(async () => {
  site = await startHostileSite();
});

afterAll(async () => {
  await site?.close();
});

async function report(path: string, ...extra: string[]): Promise<ReportJson> {
  const run = await polku([site.url(path), '--json', '--settle', '0', '--offline', ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return ReportJsonSchema.parse(JSON.parse(run.stdout));
}

describe('hostile pages in the CLI', () => {
  test('backtracking traps, an oversized lang and a JSON-LD bomb all give a report, and never a better score', async () => {
    const base = await report('/base');
    expect(base.complete).toBe(true);
    for (const path of ['/redos', '/long-lang', '/jsonld-bomb']) {
      const json = await report(path);
      expect(json.errors, path).toEqual([]);
      expect(json.overall!, path).toBeLessThanOrEqual(base.overall!);
    }
  }, 120_000);

  test('contact details in shadow roots and a form in a same-origin iframe are found', async () => {
    const shadow = await report('/shadow');
    expect(shadow.assets['contact.phone'].present).toBe('content');
    expect(shadow.assets['contact.email'].present).toBe('content');
    const framed = await report('/iframe-form');
    expect(framed.assets['contact.form'].present).toBe('content');
  }, 60_000);

  test('a 30 MB page is read in part and the report says so, with the time each step took', async () => {
    // Chromium alone takes 15–20 s to load 30 MB at a phone's pixel density on two cores: room to spare.
    const json = await report('/huge', '--timeout', '90');
    expect(json.complete).toBe(false);
    expect(json.scan!.truncated).toBe(true);
    expect(json.scan!.timings.map((t) => t.step)).toContain('index');
    // Its footer is read all the same.
    expect(json.assets['trust.company'].present).toBe('content');
    const longest = json.scan!.timings.reduce((a, b) => (a.ms >= b.ms ? a : b));
    console.log(`[hostile-cli] 30 MB page: scan ${Math.round(json.scan!.ms)} ms, longest step ${longest.step} ${Math.round(longest.ms)} ms`);
  }, 120_000);
});
