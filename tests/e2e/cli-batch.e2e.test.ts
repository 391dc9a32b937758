// polku --batch, as an agency runs it: a list of sites, a report per site and a summary in the --out
// folder, progress on stderr, and exit codes a CI job can gate on.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BatchSummarySchema } from '../../cli/batch/summary-table';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { polku } from '../support/run-polku';

const FAST = ['--settle', '100', '--offline', '--pages', '0'];
let server: FixtureServer;
let dir: string;
let list: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'polku-batch-'));
  list = path.join(dir, 'sites.txt');
  // Two fixture sites, a comment, a blank line, a repeat, and an address nothing answers on.
  const lines = ['# prospects', server.url('/shop-en/index.html'), '', server.url('/kotisiivous-fi/index.html'), server.url('/shop-en/index.html'), 'http://127.0.0.1:9/'];
  await writeFile(list, lines.join('\n'));
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('polku --batch', () => {
  test('a report per site and a JSON summary; a line per site on a log; exit 3 below --fail-under', async () => {
    const out = path.join(dir, 'json');
    const run = await polku(['--batch', list, '--format', 'json', '--out', out, '--fail-under', '50', '--concurrency', '2', ...FAST]);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/line 5: .+ is already on line 2; it is audited once/);
    expect(run.stderr.match(/^\[\d\/3\] (ok \d+|failed) /gm)).toHaveLength(3);
    expect(run.stderr).toContain('Audited 3 of 3 sites');
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['01-127-0-0-1-shop-en-index-html.json', '02-127-0-0-1-kotisiivous-fi-index-html.json', 'summary.json'].sort());
    const summary = BatchSummarySchema.parse(JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')));
    expect(summary.sites.map((s) => s.ok)).toEqual([true, true, false]);
    expect(summary.sites[0]!.overall).toBeGreaterThan(summary.sites[1]!.overall!);
    expect(summary.sites[2]!.error).toContain('http://127.0.0.1:9/');
    // The summary table also goes to standard output.
    const table = run.stdout.split('\n');
    expect(table[0]).toMatch(/^Site +Overall +Awareness +Consideration +Purchase +Retention +Advocacy +Site foundation +Complete +Error$/);
    expect(table[1]).toMatch(new RegExp(`^${server.url('/shop-en/index.html').replace(/[.?]/g, '\\$&')} +\\d+ `));
  });

  test('--shard splits the list without overlap; HTML reports link from the summary', async () => {
    const out = path.join(dir, 'html');
    const first = await polku(['--batch', list, '--shard', '1/2', '--out', out, '--lang', 'fi', ...FAST]);
    const second = await polku(['--batch', list, '--shard', '2/2', '--out', out, '--lang', 'fi', ...FAST]);
    expect(first.code, first.stderr).toBe(1); // the dead address is in shard 1 (positions 0 and 2)
    expect(second.code, second.stderr).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['01-127-0-0-1-shop-en-index-html.html', '02-127-0-0-1-kotisiivous-fi-index-html.html', 'summary-1-of-2.html', 'summary-2-of-2.html']);
    const summary = await readFile(path.join(out, 'summary-2-of-2.html'), 'utf8');
    expect(summary).toContain('<a href="02-127-0-0-1-kotisiivous-fi-index-html.html" title="http://127.0.0.1');
    expect(summary).toContain('<th>Sivusto</th>');
  });

  test('a batch with no list, a bad shard or an address as well is a usage error', async () => {
    expect((await polku(['--batch', path.join(dir, 'missing.txt')])).code).toBe(2);
    const shard = await polku(['--batch', list, '--shard', '3/2']);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard takes I/N');
    expect((await polku(['--batch', list, server.url('/shop-en/index.html')])).code).toBe(2);
    expect((await polku([server.url('/shop-en/index.html'), '--shard', '1/2'])).code).toBe(2);
  });

  test('one site: --fail-under gates it too', async () => {
    const pass = await polku([server.url('/shop-en/index.html'), '--format', 'json', '--fail-under', '10', ...FAST]);
    const fail = await polku([server.url('/shop-en/index.html'), '--format', 'json', '--fail-under', '99', ...FAST]);
    expect([pass.code, fail.code]).toEqual([0, 3]);
  });
});
