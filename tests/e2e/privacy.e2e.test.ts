// Privacy proof: during an audit the extension talks to nobody but the audited site. Every host
// name resolves to a sink on 127.0.0.1 that records each connection, so a request anywhere else
// (an analytics call, a font, a "phone home") is caught whatever made it: the popup, the service
// worker or the injected scanner. Requests seen by the browser are recorded too.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, waitForAudit, type ExtensionBrowser } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

let server: FixtureServer;
let sink: Server;
const sinkHits: string[] = [];
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  sink = createServer((socket) => {
    socket.once('data', (chunk) => sinkHits.push(describeFirstPacket(chunk)));
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), 200);
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const port = (sink.address() as AddressInfo).port;
  browser = await launchExtensionBrowser({
    resolverRules: `MAP * 127.0.0.1:${port} , EXCLUDE 127.0.0.1 , EXCLUDE localhost`,
    // The browser's own account check (accounts.google.com) is not the extension's: send it to a
    // closed local port so that what the sink records is the audit's alone.
    extraArgs: ['--gaia-url=http://127.0.0.1:9'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => sink?.close(resolve));
});

test('the sink catches a request to any outside host (the check below can fail)', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/kotisiivous-fi/index.html'));
  await page.evaluate(() => fetch('http://tracker.example/collect?x=1', { mode: 'no-cors' }).catch(() => undefined));
  await expect.poll(() => sinkHits.some((line) => line.includes('/collect?x=1')), { timeout: 5_000 }).toBe(true);
  await page.close();
  sinkHits.length = 0;
});

test('an audit makes no request beyond the audited site, and the popup none at all', async () => {
  const site = server.url('/kotisiivous-fi/index.html');
  const { page, tabId } = await browser.openTab(site);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  // From here on the page is idle: whatever is requested belongs to the audit.
  const seen: { url: string; from: string }[] = [];
  const record = (request: Request) => seen.push({ url: request.url(), from: request.frame()?.page().url() ?? 'worker' });
  browser.context.on('request', record);
  const fixtureBefore = server.requests.length;
  sinkHits.length = 0;

  const popup = await browser.openPopup(tabId);
  await waitForAudit(popup);
  await popup.waitForTimeout(500);
  await popup.close();
  browser.context.off('request', record);

  const origin = new URL(site).origin;
  const extension = `chrome-extension://${browser.extensionId}/`;
  console.log(`[privacy] requests during the audit: ${seen.length} seen by the browser (${seen.filter((r) => !r.url.startsWith(extension)).length} outside the extension's own files), ${server.requests.length - fixtureBefore} at the audited site, ${sinkHits.length} elsewhere`);
  expect(sinkHits, 'connections to hosts other than the audited site').toEqual([]);
  for (const request of seen) {
    const target = new URL(request.url);
    if (request.url.startsWith(extension)) continue; // the popup's own script, style and locale files
    expect(target.origin, `${request.url} requested by ${request.from}`).toBe(origin);
  }
  // The popup itself only loads its own files.
  expect(seen.filter((r) => r.from.startsWith(extension) && !r.url.startsWith(extension))).toEqual([]);
});

/** "GET http://host/path" for plain HTTP, "TLS host" for an encrypted connection (its SNI). */
function describeFirstPacket(chunk: Buffer): string {
  if (chunk[0] !== 0x16) {
    const [line = '', ...headers] = chunk.toString('latin1').split('\r\n');
    const host = headers.find((h) => /^host:/i.test(h))?.slice(5).trim() ?? '?';
    return `${line.split(' ')[0]} http://${host}${line.split(' ')[1] ?? ''}`.slice(0, 300);
  }
  return `TLS ${serverName(chunk) ?? '(no server name)'}`;
}

/** The server name a TLS ClientHello asks for (RFC 6066), read just far enough to find it. */
function serverName(hello: Buffer): string | null {
  try {
    let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
    at += 1 + hello[at]!; // session id
    at += 2 + hello.readUInt16BE(at); // cipher suites
    at += 1 + hello[at]!; // compression methods
    const end = at + 2 + hello.readUInt16BE(at);
    for (at += 2; at + 4 <= end; ) {
      const type = hello.readUInt16BE(at);
      const length = hello.readUInt16BE(at + 2);
      if (type === 0) return hello.toString('latin1', at + 9, at + 9 + hello.readUInt16BE(at + 7));
      at += 4 + length;
    }
  } catch {
    // A truncated hello: no name to report.
  }
  return null;
}
