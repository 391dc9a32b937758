// Report file names: readable, unique, sorted in list order, and safe whatever the URL holds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_CHARS, reportFileNames, slug, SUMMARY_BASENAME, urlSlug } from '../../cli/batch/report-names';

const entries = (urls: string[]) => urls.map((url, position) => ({ url: new URL(url), position }));

describe('report file names', () => {
  it('number the sites and name them by host and path', () => {
    expect(reportFileNames(entries(['https://example.fi/', 'https://www.kauppa.example.com/hinnat/kesä?x=1#y', 'http://127.0.0.1:8080/kotisiivous-fi/']), 'html')).toEqual([
      '01-example-fi.html',
      '02-kauppa-example-com-hinnat-kesa.html',
      '03-127-0-0-1-kotisiivous-fi.html',
    ]);
  });

  it('name a local file by its own name', () => {
    const [name] = reportFileNames([{ url: pathToFileURL(path.resolve('tests/fixtures/sites/shop-en/index.html')), position: 0 }], 'md');
    expect(name).toBe('01-index.md');
  });

  it('write international hosts in readable letters', () => {
    expect(urlSlug(new URL('https://äänikirja.fi/ääni'))).toBe('aanikirja-fi-aani');
    expect(urlSlug(new URL('https://xn--nkirja-bua.fi/'))).toMatch(/^[a-z0-9-]+$/);
  });

  it('keep the same host apart by number, and pad the number to the whole list', () => {
    const names = reportFileNames(entries(['https://a.example/', 'https://A.example/', 'https://a.example/#x']), 'csv', 120);
    expect(names).toEqual(['001-a-example.csv', '002-a-example.csv', '003-a-example.csv']);
  });

  it('number a shard by the place in the whole list, so machines never write the same name', () => {
    const all = Array.from({ length: 9 }, (_, i) => `https://s${i}.example/`);
    const shardA = reportFileNames(all.map((u, i) => ({ url: new URL(u), position: i })).filter((_, i) => i % 2 === 0), 'json', all.length);
    const shardB = reportFileNames(all.map((u, i) => ({ url: new URL(u), position: i })).filter((_, i) => i % 2 === 1), 'json', all.length);
    expect(shardA[1]).toBe('03-s2-example.json');
    expect(new Set([...shardA, ...shardB]).size).toBe(all.length);
  });

  it('never give two entries the same name, nor the summary’s', () => {
    const names = reportFileNames([...entries(['https://a.example/', 'https://a.example/']), { url: new URL('https://a.example/'), position: 0 }], 'html');
    expect(names).toEqual(['01-a-example.html', '02-a-example.html', '01-a-example-2.html']);
    expect(names).not.toContain(`${SUMMARY_BASENAME}.html`);
  });

  it('stay inside the folder and short, whatever the URL holds', () => {
    const hostile = [
      'https://example.fi/../../etc/passwd',
      'https://example.fi/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'https://example.fi/..%5c..%5cwindows%5csystem32',
      'https://example.fi/%00%0a%0d%1b[31m',
      'https://example.fi/CON/aux/nul.txt',
      'https://example.fi/%E0%A4%A',
      `https://example.fi/${'pitkä-polku/'.repeat(500)}`,
      'https://example.fi/<script>alert(1)</script>:*?"|',
      'https://[::1]/',
      'https://例え.テスト/',
      'file:///tmp/.html',
    ];
    const names = reportFileNames(entries(hostile), 'html');
    for (const name of names) {
      expect(name).toMatch(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.html$/);
      expect(path.basename(name)).toBe(name);
      expect(name.length).toBeLessThanOrEqual(2 + 1 + MAX_SLUG_CHARS + 5);
    }
    expect(names[0]).toBe('01-example-fi-etc-passwd.html');
    expect(names[10]).toBe('11-site.html');
  });

  it('refuse an extension that is not one', () => {
    for (const ext of ['', '.html', 'html/../x', 'HTML', 'a'.repeat(9)]) expect(() => reportFileNames(entries(['https://a.example/']), ext)).toThrow(RangeError);
  });
});

describe('slug', () => {
  it('keeps lower-case ASCII letters and digits with single hyphens', () => {
    expect(slug('  Hinnasto & Ehdot — Åland!! ')).toBe('hinnasto-ehdot-aland');
    expect(slug('---')).toBe('');
    expect(slug('Œuvre ß ﬁ')).toMatch(/^[a-z0-9-]*$/);
  });
});
