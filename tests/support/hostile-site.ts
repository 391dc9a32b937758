// Hostile and extreme pages, made on request on 127.0.0.1: what a competitor's site may throw at
// the scanner. Built in code (a 30 MB page has no place in the repository) and kept plain: each
// route is one hazard on top of the same small service page, so its effect on the audit shows.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** A small Finnish service page: some assets present, some missing, so scores sit mid-range. */
const BASE_BODY = `
<header><a href="/">Putkiliike Virta</a><nav><a href="/palvelut">Palvelut</a> <a href="/hinnasto">Hinnasto</a></nav></header>
<main><h1>Putkiasennukset Tampereella</h1>
<p>Korjaamme vuodot ja asennamme hanat nopeasti. Soita <a href="tel:+358401234567">040 123 4567</a>.</p>
<h2>Asiakkaat sanovat</h2><blockquote><p>“Nopea ja siisti työ, suosittelen.” — Maija K.</p></blockquote></main>
<footer><p>Putkiliike Virta Oy, Hämeenkatu 10, 33100 Tampere. Y-tunnus 1234567-8</p><a href="/tietosuoja">Tietosuojaseloste</a></footer>`;

export function pageHtml(body: string, { head = '', lang = 'fi' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Putkiliike Virta – putkityöt Tampereella</title><meta name="description" content="Putkiasennukset ja vuotokorjaukset Tampereella.">${head}</head><body>${body}</body></html>`;
}

/** Page text that looks like markup and script: it must stay text in the popup, the report and the exports. */
export const PAYLOAD = `<img src=x onerror="window.__polkuPwned=1">"><script>window.__polkuPwned=2</script>`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Route = (res: ServerResponse) => void;

const html = (body: string, headers: Record<string, string> = {}): Route => (res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
};

const ROUTES: Record<string, Route> = {
  '/base': html(pageHtml(BASE_BODY)),
  // Long runs with no email, phone or price in them: a pattern that backtracks freezes the tab here.
  '/redos': html(pageHtml(`${BASE_BODY}<p>${'a'.repeat(100_000)}</p><p>${'a.'.repeat(200_000)}</p><p>${'1 '.repeat(200_000)}</p><p>${'x@'.repeat(100_000)}</p><p>${'\r'.repeat(100_000)}x</p>`)),
  // About 30 MB of markup: more than the scan reads within its budget.
  '/huge': html(pageHtml(`${BASE_BODY}${'<div class="tuote"><span>Hana malli 1234, hinta 89,90 €</span><a href="/tuote">Katso</a></div>'.repeat(300_000)}`)),
  '/long-lang': html(pageHtml(BASE_BODY, { lang: `fi-x-${'a'.repeat(500)}` })),
  // A JSON-LD array of 300,000 items: it once overflowed the stack and silently raised the score.
  '/jsonld-bomb': html(pageHtml(BASE_BODY, { head: `<script type="application/ld+json">[${Array.from({ length: 300_000 }, () => '{"@type":"Thing"}').join(',')}]</script>` })),
  '/loop': (res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  },
  // The HTML never finishes: the DOM is there, the load event never comes.
  '/never-ends': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(pageHtml(BASE_BODY).replace('</body></html>', ''));
  },
  // The only contact form sits in a same-origin iframe.
  '/iframe-form': html(pageHtml(`${BASE_BODY}<h2>Pyydä tarjous</h2><iframe src="/form-frame" title="Tarjouspyyntö"></iframe>`)),
  '/form-frame': html(pageHtml(`<form action="/laheta"><label>Nimi <input name="nimi"></label><label>Sähköposti <input type="email" name="email"></label><label>Viesti <textarea name="viesti"></textarea></label><button>Lähetä</button></form>`)),
  // Contact details only inside shadow roots: open (script), declarative, and closed (script).
  '/shadow': html(
    pageHtml(
      `<main><h1>Verkkokauppa</h1></main>
<x-mail><template shadowrootmode="open"><p>Sähköposti: <a href="mailto:asiakaspalvelu@kauppa.example">asiakaspalvelu@kauppa.example</a></p></template></x-mail>
<x-hours></x-hours><x-form></x-form>
<script>
document.querySelector('x-hours').attachShadow({ mode: 'open' }).innerHTML = '<footer><p>Asiakaspalvelu <a href="tel:+358501112233">050 111 2233</a></p></footer>';
document.querySelector('x-form').attachShadow({ mode: 'closed' }).innerHTML = '<form><label>Nimi <input name="name"></label><label>Sähköposti <input type="email" name="email"></label><label>Viesti <textarea name="message"></textarea></label><button>Lähetä</button></form>';
</script>`,
    ),
  ),
  // Markup in every text field, a strict CSP, and page scripts that break built-ins and keep writing the DOM.
  '/payloads': html(
    pageHtml(
      `<h1>${escapeHtml(PAYLOAD)}</h1><p>${escapeHtml(PAYLOAD)} <a href="mailto:a@b.example">${escapeHtml(PAYLOAD)}</a></p>
<a href="javascript:window.__polkuPwned=3">${escapeHtml(PAYLOAD)} Ota yhteyttä</a>
<blockquote><p>${escapeHtml(PAYLOAD)}</p><cite>${escapeHtml(PAYLOAD)}</cite></blockquote>
<script>
Array.prototype.push = function () { throw new Error('hostile push'); };
JSON.parse = function () { throw new Error('hostile JSON'); };
Element.prototype.querySelectorAll = function () { return []; };
Object.defineProperty(document, 'readyState', { get: function () { return 'loading'; } });
setInterval(function () { var d = document.createElement('div'); d.textContent = 'lisää ' + Date.now(); document.body.appendChild(d); }, 5);
</script>`,
      { head: `<title>${escapeHtml(PAYLOAD)}</title><meta name="description" content="${escapeHtml(PAYLOAD)}">` },
    ),
    { 'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'none'" },
  ),
  // Bytes that are not what the header says: a UTF-16 label over Latin-1 text, NULs and broken sequences.
  '/garbage': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-16' });
    res.end(Buffer.concat([Buffer.from(pageHtml(BASE_BODY), 'latin1'), Buffer.from([0, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0, 0xf0, 0x90, 0x28])]));
  },
  // Rewrites the whole document again and again while it is being read.
  '/docwrite': html(
    pageHtml(`${BASE_BODY}<script>
var n = 0;
var timer = setInterval(function () {
  if (++n > 40) return clearInterval(timer);
  document.open();
  document.write('<!doctype html><html lang="fi"><body><h1>Sivu ' + n + '</h1><p>Soita 040 123 4567</p><script>' + 'parent' + '<\/script></body></html>');
  document.close();
}, 50);
</script>`),
  ),
  // A page that freezes its own main thread after load: nothing can read it.
  '/spin': html(pageHtml(`${BASE_BODY}<script>addEventListener('load', () => setTimeout(() => { for (;;) {} }, 300));</script>`)),
};

export async function startHostileSite(): Promise<HostileSite> {
  const server = createServer((req, res) => {
    const route = ROUTES[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) return route(res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
