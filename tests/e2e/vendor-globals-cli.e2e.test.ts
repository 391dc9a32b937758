// Tools a loader installed exist only as globals: the CLI reads their names from the page's main world.
// The page's HTML shows none of them (its one script is a same-origin file of no known vendor).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ReportJsonSchema } from '../../engine/report-json';
import { polku } from '../support/run-polku';

let server: Server;
let base: string;

const PAGES: Record<string, [string, string]> = {
  '/': ['text/html', '<!doctype html><html lang="en"><title>Shop</title><h1>Shop</h1><p>Welcome.</p><script src="/app.js"></script>'],
  // What a tag manager's loaded tools leave behind: a chat's and a heatmap's global objects.
  '/app.js': ['text/javascript', 'window.LiveAgent = { createButton() {} }; window.hj = function () {};'],
  // A page that breaks the built-in the read uses: the audit goes on without globals.
  '/broken': ['text/html', '<!doctype html><title>Broken</title><h1>Broken</h1><script>Object.keys = () => { throw new Error("no"); };</script>'],
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': `${page?.[0] ?? 'text/plain'}; charset=utf-8` });
    res.end(page?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

test('vendors known only by their globals are reported, with how they were found', async () => {
  const run = await polku([`${base}/`, '--json', '--pages', '0', '--settle', '200', '--offline']);
  expect(run.code, run.stderr).toBe(0);
  const json = ReportJsonSchema.parse(JSON.parse(run.stdout));
  expect(json.assets['contact.chat']).toMatchObject({ present: 'script', items: ['liveagent'] });
  expect(json.assets['contact.chat']!.evidence[0]!.text).toMatch(/global: LiveAgent/);
  expect(json.assets['measure.heatmap']!.items).toEqual(['hotjar']);
});

test('a page that breaks Object.keys is still audited', async () => {
  const run = await polku([`${base}/broken`, '--json', '--pages', '0', '--settle', '200', '--offline']);
  expect(run.code, run.stderr).toBe(0);
  expect(ReportJsonSchema.parse(JSON.parse(run.stdout)).assets['contact.chat']!.present).toBe('none');
});
