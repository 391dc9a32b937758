// A small static file server for the fixture sites under tests/fixtures/sites/.
// Plain node:http on 127.0.0.1 with an ephemeral port; GET and HEAD only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export interface FixtureServer {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** Absolute URL for a path below the sites folder, e.g. `url('/shop-en/index.html')`. */
  url(pathname: string): string;
  /** Every request the server has received, in order. */
  requests: { url: string; origin: string | undefined; fetchSite: string | undefined }[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** Maps a request path to a file inside `root`, or null when it would leave `root` or is malformed. */
export function resolveInside(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://fixture.invalid').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const resolved = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  if (resolved !== root.replace(/[\\/]+$/, '') && !resolved.startsWith(rootWithSep)) return null;
  return resolved;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  let file = resolveInside(root, req.url ?? '/');
  if (file === null) {
    send(res, 404, 'Not found\n');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not found\n');
    return;
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': String(info.size), 'cache-control': 'no-store' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function startFixtureServer(root: string = FIXTURE_SITES_DIR): Promise<FixtureServer> {
  const absoluteRoot = path.resolve(root);
  const requests: FixtureServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', origin: req.headers.origin, fetchSite: req.headers['sec-fetch-site'] as string | undefined });
    handle(absoluteRoot, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname: string) => new URL(pathname.startsWith('/') ? pathname : `/${pathname}`, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
