import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveInside, startFixtureServer, type FixtureServer } from '../support/fixture-server';

/** A raw GET, so that paths like /../ reach the server unnormalised (fetch would clean them up). */
function get(server: FixtureServer, rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('listens on 127.0.0.1 with an ephemeral port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url('/shop-en/index.html')).toBe(`${server.origin}/shop-en/index.html`);
    expect(server.url('shop-en/cart.html')).toBe(`${server.origin}/shop-en/cart.html`);
  });

  test('serves html, css, js and svg with their content types', async () => {
    const html = await get(server, '/kotisiivous-fi/index.html');
    expect(html.status).toBe(200);
    expect(html.type).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<html lang="fi">');
    expect((await get(server, '/shop-en/css/site.css')).type).toBe('text/css; charset=utf-8');
    expect((await get(server, '/shop-en/js/cart.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(server, '/shop-en/img/visa.svg')).type).toBe('image/svg+xml');
  });

  test('serves index.html for a folder', async () => {
    const res = await get(server, '/shop-en/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Northwind Coffee Roasters');
  });

  test('answers 404 for missing files', async () => {
    expect((await get(server, '/shop-en/nope.html')).status).toBe(404);
    expect((await get(server, '/')).status).toBe(404);
  });

  test('does not leave the sites folder', async () => {
    for (const p of ['/../support/fixture-server.ts', '/shop-en/../../support/fixture-server.ts', '/%2e%2e/support/fixture-server.ts', '/..%2fsupport%2ffixture-server.ts', '/..\\support\\fixture-server.ts']) {
      const res = await get(server, p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('startFixtureServer');
    }
  });

  test('refuses other methods than GET and HEAD', async () => {
    expect((await get(server, '/shop-en/contact.html', 'POST')).status).toBe(405);
    const head = await get(server, '/shop-en/contact.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('resolveInside', () => {
  test('keeps paths inside the root', () => {
    expect(resolveInside('/srv/sites', '/a/b.html')).toBe('/srv/sites/a/b.html');
    expect(resolveInside('/srv/sites', '/../../etc/passwd')).toBe('/srv/sites/etc/passwd');
    expect(resolveInside('/srv/sites', '/a/%2e%2e/%2e%2e/x')).toBe('/srv/sites/x');
    expect(resolveInside('/srv/sites', '/a%00.html')).toBeNull();
    expect(resolveInside('/srv/sites', '/%E0%A4%A')).toBeNull();
  });
});
