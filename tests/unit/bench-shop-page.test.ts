// The speed benchmark's generated shop: the requested size and every key-page link. Timings come
// from `npm run bench:speed`, never from a test.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { KEY_PAGE_LINKS, KEY_PAGES, price, productPage, shopPage } from '../../bench/shop-page';

describe('generated shop page', () => {
  for (const size of [1000, 5000, 20_000]) {
    it(`has about ${size} elements and links every key page`, () => {
      const { document } = parseHTML(shopPage(size));
      // linkedom's getElementsByTagName('*') finds nothing; querySelectorAll('*') counts what the browser's does.
      const count = document.querySelectorAll('*').length;
      expect(Math.abs(count - size) / size).toBeLessThanOrEqual(0.15);
      const hrefs = new Set([...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      for (const link of KEY_PAGE_LINKS) expect(hrefs).toContain(link.href);
      expect(document.querySelectorAll('.card img[alt]').length).toBeGreaterThan(0);
    });
  }

  it('serves a page of its own for every key-page link', () => {
    for (const link of KEY_PAGE_LINKS) expect(KEY_PAGES[link.href]).toContain(`<h1>`);
    expect(new Set(KEY_PAGE_LINKS.map((l) => KEY_PAGES[l.href])).size).toBe(KEY_PAGE_LINKS.length);
    expect(KEY_PAGES['/contact']).toContain('<form');
    expect(KEY_PAGES['/faq']).toMatch(/Visa, Mastercard/);
    expect(productPage(3)).toContain('Add to cart');
  });

  it('writes prices as a Finnish shop does', () => {
    expect(price(0)).toMatch(/^\d+,\d{2} €$/);
  });
});
