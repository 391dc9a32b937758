// Two small sites whose purchase path runs across pages, served on 127.0.0.1 for the site-audit
// tests: a Finnish coffee roastery and an English bike shop. Their key-page links meet what real
// sites do: a redirect, a 404, a page slower than the key-page timeout, a PDF linked as the FAQ,
// a redirect off the site, a page that only its scripts fill, a page over the size cap, and assets
// that live only on key pages (payment methods on the FAQ page, the contact form on the contact page).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PathSite {
  origin: string;
  /** The other origin a link redirects to (a different port: another site to the browser). */
  elsewhere: string;
  url(path: string): string;
  requests: string[];
  close(): Promise<void>;
}

const doc = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${title}"></head><body>${body}</body></html>`;

const FI_NAV = `<header><a href="/fi/">Paahtimo Sumu</a><nav>
  <a href="/fi/yhteystiedot">Yhteystiedot</a> <a href="/fi/ukk.pdf">UKK</a> <a href="/fi/hinnasto">Hinnasto</a>
  <a href="/fi/toimitusehdot">Toimitusehdot</a> <a href="/fi/palautukset">Palautukset</a> <a href="/fi/blogi">Blogi</a>
</nav></header>`;
const FI_FOOTER = `<footer><a href="/fi/tietosuoja">Tietosuojaseloste</a> <a href="/fi/kayttoehdot">Käyttöehdot</a></footer>`;

const EN_NAV = `<header><a href="/en/">Pedal &amp; Co</a><nav>
  <a href="/en/contact">Contact us</a> <a href="/en/faq">FAQ</a> <a href="/en/delivery">Delivery information</a>
  <a href="/en/returns">Returns</a> <a href="/en/blog">Blog</a>
</nav></header>`;
const EN_FOOTER = `<footer><a href="/en/privacy">Privacy policy</a> <a href="/en/terms">Terms and conditions</a></footer>`;

type Route = (req: IncomingMessage, res: ServerResponse, site: PathSite) => void | Promise<void>;

const html = (body: string): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};
const status = (code: number, body = 'Not found'): Route => (_req, res) => {
  res.writeHead(code, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>${code}</title><h1>${body}</h1>`);
};
const redirect = (to: (site: PathSite) => string): Route => (_req, res, site) => {
  res.writeHead(301, { location: to(site) });
  res.end();
};

/** Slower than the 5 s a key page gets. */
export const SLOW_MS = 7000;

export const ROUTES: Record<string, Route> = {
  '/fi/': html(doc('fi', 'Paahtimo Sumu – tuoretta kahvia Tampereelta', `${FI_NAV}<main><h1>Tuoretta kahvia suoraan paahtimolta</h1>
    <p>Paahdamme pieniä eriä joka viikko. Tilaa verkosta tai tule käymään.</p></main>${FI_FOOTER}`)),
  '/fi/yhteystiedot': html(doc('fi', 'Yhteystiedot', `${FI_NAV}<main><h1>Ota yhteyttä</h1>
    <form action="/fi/laheta" method="post"><label>Nimi <input name="nimi" required></label>
    <label>Sähköposti <input type="email" name="email" required></label><label>Viesti <textarea name="viesti"></textarea></label>
    <button type="submit">Lähetä viesti</button></form></main>${FI_FOOTER}`)),
  '/fi/ukk.pdf': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4\n% a FAQ as a PDF file\n');
  },
  '/fi/hinnasto': redirect((site) => `${site.origin}/fi/hinnat-2026`),
  '/fi/hinnat-2026': html(doc('fi', 'Hinnasto', `${FI_NAV}<main><h1>Hinnasto</h1><p>Kahvipussi 250 g</p><p class="price">12,90 €</p>
    <p>Kahvipussi 500 g</p><p class="price">22,50 €</p></main>${FI_FOOTER}`)),
  '/fi/toimitusehdot': status(404),
  '/fi/palautukset': async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    html(doc('fi', 'Palautukset', '<h1>Palautukset</h1><p>14 päivän palautusoikeus.</p>'))(_req, res, undefined as never);
  },
  '/fi/blogi': redirect((site) => `${site.elsewhere}/blog`),
  '/fi/tietosuoja': html(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Tietosuoja</title><script src="/static/app.js" defer></script></head><body><div id="app"></div><noscript>Ota JavaScript käyttöön.</noscript></body></html>`),
  '/fi/kayttoehdot': html(doc('fi', 'Käyttöehdot', `${FI_NAV}<main><h1>Käyttöehdot</h1><p>Verkkokauppaa ylläpitää Paahtimo Sumu Oy, Hämeenkatu 5, 33100 Tampere.
    Y-tunnus 2345678-9.</p></main>${FI_FOOTER}`)),
  '/static/app.js': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end('document.getElementById("app").textContent = "Tietosuojaseloste: käsittelemme tietojasi huolella.";');
  },

  '/en/': html(doc('en', 'Pedal & Co – bikes and repairs in Leeds', `${EN_NAV}<main><h1>Bikes, parts and repairs</h1>
    <p>Family-run bike shop since 1998. New and used bikes, servicing while you wait.</p></main>${EN_FOOTER}`)),
  '/en/contact': html(doc('en', 'Contact', `${EN_NAV}<main><h1>Contact us</h1>
    <form action="/en/send" method="post"><label for="n">Name</label><input id="n" name="name">
    <label for="e">Email</label><input id="e" type="email" name="email"><label for="m">Message</label><textarea id="m" name="message"></textarea>
    <button>Send message</button></form></main>${EN_FOOTER}`)),
  '/en/faq': html(doc('en', 'FAQ', `${EN_NAV}<main><h1>Frequently asked questions</h1>
    <h3>How can I pay?</h3><p>We accept Visa, Mastercard, PayPal and Klarna.</p>
    <h3>Do you repair any bike?</h3><p>Yes, all makes.</p></main>${EN_FOOTER}`)),
  '/en/delivery': html(doc('en', 'Delivery information', `${EN_NAV}<main><h1>Delivery information</h1>
    <p>Free delivery on orders over £50. Standard delivery takes 2–3 working days.</p></main>${EN_FOOTER}`)),
  '/en/returns': status(500, 'Internal server error'),
  // Over the 3 MB a key page may take: listed as too large, never read whole.
  '/en/blog': html(doc('en', 'Blog', `<h1>Blog</h1>${'<p>Cycling news and stories from the workshop.</p>'.repeat(80_000)}`)),
  '/en/privacy': html(doc('en', 'Privacy policy', `${EN_NAV}<main><h1>Privacy policy</h1><p>We keep your data safe.</p></main>${EN_FOOTER}`)),
  '/en/terms': html(doc('en', 'Terms and conditions', `${EN_NAV}<main><h1>Terms and conditions</h1><p>Pedal &amp; Co Ltd, registered in England and Wales, company number 01234567.</p></main>${EN_FOOTER}`)),
};

export async function startPathSite(): Promise<PathSite> {
  const requests: string[] = [];
  const other = createServer((_req, res) => html(doc('en', 'Elsewhere', '<h1>Another site</h1>'))(_req, res, undefined as never));
  await listen(other);
  let site: PathSite;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const route = ROUTES[path];
    Promise.resolve(route ? route(req, res, site) : status(404)(req, res, site)).catch(() => res.destroy());
  });
  await listen(server);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site = {
    origin,
    elsewhere: `http://localhost:${(other.address() as AddressInfo).port}`,
    url: (path) => new URL(path, origin).href,
    requests,
    close: async () => {
      for (const s of [server, other]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
  return site;
}

function listen(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
