// Serves the generated shop on 127.0.0.1: one front page per size (/shop/<elements>/) and the key
// pages they all link to. Pages are rendered once, up front, so serving costs no benchmark time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KEY_PAGES, PRODUCT_SVG, productPage, shopPage } from './shop-page';

export interface ShopServer {
  origin: string;
  /** The front page of `elements` elements. */
  url(elements: number): string;
  close(): Promise<void>;
}

export async function startShopServer(sizes: readonly number[]): Promise<ShopServer> {
  const fronts = new Map(sizes.map((size) => [`/shop/${size}/`, shopPage(size)]));
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const product = /^\/product\/(\d+)$/.exec(path);
    const html = fronts.get(path) ?? KEY_PAGES[path] ?? (product ? productPage(Number(product[1])) : undefined);
    if (path.startsWith('/img/')) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
      res.end(PRODUCT_SVG);
    } else if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (elements) => `${origin}/shop/${elements}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
