// Guards the fixture sites the e2e tests audit: each keeps the strengths and gaps the
// assertions rely on, so a later edit cannot quietly change what the fixtures prove.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIXTURE_SITES_DIR } from '../support/fixture-server';

const SERVICE_DIR = path.join(FIXTURE_SITES_DIR, 'kotisiivous-fi');
const SHOP_DIR = path.join(FIXTURE_SITES_DIR, 'shop-en');

const htmlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html'));
const load = (dir: string, file: string) => parseHTML(readFileSync(path.join(dir, file), 'utf8')).document;
const hrefs = (doc: Document) => [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');

describe.each([
  ['kotisiivous-fi', SERVICE_DIR, 'fi'],
  ['shop-en', SHOP_DIR, 'en'],
])('%s pages', (_name, dir, lang) => {
  test.each(htmlFiles(dir))('%s has the basics and stays small', (file) => {
    expect(statSync(path.join(dir, file)).size).toBeLessThan(15 * 1024);
    const doc = load(dir, file);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(doc.title.trim().length).toBeGreaterThan(10);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(50);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  test('local links and images point at files that exist', () => {
    for (const file of htmlFiles(dir)) {
      const doc = load(dir, file);
      const refs = [
        ...hrefs(doc),
        ...[...doc.querySelectorAll('img[src], script[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''),
      ];
      for (const ref of refs) {
        if (/^(?:[a-z]+:|#|\/\/)/i.test(ref)) continue;
        const target = ref.split(/[?#]/)[0]!;
        if (target === '') continue;
        expect(statSync(path.join(dir, target), { throwIfNoEntry: false })?.isFile(), `${file} -> ${ref}`).toBe(true);
      }
    }
  });

  test('loads nothing from other hosts except the chat widget', () => {
    for (const file of htmlFiles(dir)) {
      const doc = load(dir, file);
      const external = [...doc.querySelectorAll('script[src], img[src], link[href], iframe[src]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((src) => /^(?:https?:)?\/\//i.test(src));
      for (const src of external) expect(src).toBe('https://widget.intercom.io/widget/abc123');
      for (const el of doc.querySelectorAll('script[src^="https://"]')) expect(el.hasAttribute('async')).toBe(true);
    }
  });
});

describe('kotisiivous-fi keeps its gaps', () => {
  const pages = htmlFiles(SERVICE_DIR).map((f) => [f, load(SERVICE_DIR, f), readFileSync(path.join(SERVICE_DIR, f), 'utf8')] as const);

  test('has the two pages, linked to each other', () => {
    expect(pages.map(([f]) => f).sort()).toEqual(['index.html', 'palvelut.html']);
    expect(hrefs(pages.find(([f]) => f === 'index.html')![1])).toContain('palvelut.html');
    expect(hrefs(pages.find(([f]) => f === 'palvelut.html')![1])).toContain('index.html');
  });

  test.each(['index.html', 'palvelut.html'])('%s: contact is by phone only', (file) => {
    const [, doc, html] = pages.find(([f]) => f === file)!;
    expect(hrefs(doc)).toContain('tel:+358401234567');
    expect(doc.body.textContent).toContain('Puh. 040 123 4567');
    expect(hrefs(doc).every((h) => !h.startsWith('mailto:'))).toBe(true);
    expect(html).not.toMatch(/@/);
    expect(doc.querySelectorAll('form, textarea, input, iframe, blockquote, script')).toHaveLength(0);
    // Only tel: and the two local pages; no social, share, privacy or shop links.
    for (const href of hrefs(doc)) expect(href).toMatch(/^(?:tel:\+358401234567|index\.html|palvelut\.html)(?:#.*)?$/);
  });

  test('has hourly prices for the services', () => {
    const text = pages.map(([, doc]) => doc.body.textContent ?? '').join('\n');
    for (const service of ['Kotisiivous', 'Ikkunanpesu', 'Muuttosiivous']) expect(text).toContain(service);
    expect(text).toMatch(/alkaen 45 €\/h/i);
  });

  test('avoids words that would read as a channel, proof, help, policy or payment', () => {
    const words = [
      'yhteydenotto', 'yhteystied', 'ota yhteyttä', 'lomake', 'kysymy', 'ukk', 'arvostel', 'arvio', 'asiakaskokemu', 'referenssi',
      'suosittelija', 'palaute', 'tietosuoja', 'rekisteriseloste', 'yksityisyy', 'uutiskirje', 'sähköposti', 'mail', 'viesti',
      'chat', 'whatsapp', 'facebook', 'instagram', 'linkedin', 'jaa ', 'maksu', 'maksa ', 'lasku', 'visa', 'mobilepay', 'ostoskori',
      'kassa', 'tähteä', 'asiakaspalvelu', 'tarjous',
    ];
    for (const [file, , html] of pages) {
      const lower = html.toLowerCase();
      for (const word of words) expect(lower.includes(word), `${file} contains "${word}"`).toBe(false);
    }
  });
});

describe('shop-en keeps its strengths', () => {
  const index = load(SHOP_DIR, 'index.html');
  const contact = load(SHOP_DIR, 'contact.html');
  const text = index.body.textContent ?? '';

  test('sells: prices, add-to-cart buttons and a cart link', () => {
    expect(text).toMatch(/£\d+\.\d\d/);
    expect([...index.querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Add to cart').length).toBeGreaterThanOrEqual(3);
    expect(hrefs(index)).toContain('cart.html');
  });

  test('has phone, email, a contact page with a real form, and a chat script', () => {
    expect(hrefs(index)).toContain('tel:+442079460123');
    expect(hrefs(index)).toContain('mailto:hello@northwindcoffee.example');
    expect([...index.querySelectorAll('a')].some((a) => a.textContent?.trim() === 'Contact us' && a.getAttribute('href') === 'contact.html')).toBe(true);
    const form = contact.querySelector('form:not([role="search"])')!;
    expect(form.querySelector('input[name="name"]')).not.toBeNull();
    expect(form.querySelector('input[type="email"]')).not.toBeNull();
    expect(form.querySelector('textarea[name="message"]')).not.toBeNull();
    expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Send message');
    expect(index.querySelector('script[src="https://widget.intercom.io/widget/abc123"][async]')).not.toBeNull();
  });

  test('has a site search form that is not a contact form', () => {
    const search = index.querySelector('form[role="search"]')!;
    expect(search.querySelector('input[type="search"][name="q"]')).not.toBeNull();
    expect(search.querySelector('textarea, input[type="email"]')).toBeNull();
  });

  test('has proof: three named testimonials, ratings and JSON-LD aggregateRating', () => {
    expect([...index.querySelectorAll('h2')].map((h) => h.textContent)).toContain('What our customers say');
    const quotes = index.querySelectorAll('#testimonials blockquote');
    expect(quotes).toHaveLength(3);
    expect(index.querySelectorAll('#testimonials figcaption')).toHaveLength(3);
    expect(text).toContain('4.8 out of 5 — 212 reviews');
    const ld = JSON.parse(index.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': Array<Record<string, unknown>> };
    const products = ld['@graph'].filter((n) => n['@type'] === 'Product');
    expect(products.length).toBeGreaterThan(0);
    for (const p of products) expect(p.aggregateRating).toBeTruthy();
  });

  test('has an FAQ with four questions and a footer link to it', () => {
    expect(index.querySelector('#faq h2')?.textContent).toBe('Frequently asked questions');
    expect(index.querySelectorAll('#faq details > summary')).toHaveLength(4);
    expect([...index.querySelectorAll('footer a')].some((a) => a.textContent === 'FAQ')).toBe(true);
  });

  test('shows payment logos, policies, newsletter, share buttons and social profiles', () => {
    const alts = [...index.querySelectorAll('img')].map((i) => i.getAttribute('alt'));
    for (const alt of ['Visa', 'Mastercard', 'American Express', 'PayPal', 'Klarna', 'Apple Pay', 'Google Pay']) expect(alts).toContain(alt);
    const footerLinks = [...index.querySelectorAll('footer a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(footerLinks).toContainEqual(['Privacy policy', 'privacy.html']);
    expect(footerLinks.map(([t]) => t)).toEqual(expect.arrayContaining(['Terms and conditions', 'Shipping & returns']));
    expect(index.querySelector('#newsletter-title')?.textContent).toBe('Join our newsletter');
    expect(index.querySelector('form input[type="email"][name="email"]')).not.toBeNull();
    const links = hrefs(index);
    for (const prefix of ['https://www.facebook.com/sharer/sharer.php?u=', 'https://twitter.com/intent/tweet?url=', 'https://pinterest.com/pin/create/button/?url=']) {
      expect(links.some((h) => h.startsWith(prefix)), prefix).toBe(true);
    }
    for (const profile of ['https://www.instagram.com/northwindcoffee', 'https://www.facebook.com/northwindcoffee', 'https://www.linkedin.com/company/northwindcoffee']) {
      expect(links).toContain(profile);
    }
  });
});
