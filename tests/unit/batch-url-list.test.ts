// The batch list: what a line may be, what is skipped, what is dropped with a note, and every bad line
// named with its number in the user's language.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchListError, MAX_BATCH_URLS, MAX_LINE_CHARS, MAX_LIST_BYTES, parseUrlList, readUrlList, sameAddressKey } from '../../cli/batch/url-list';
import { errorText, UsageError } from '../../cli/cli-error';
import { batchText } from '../../i18n/batch';
import { thrownCliError } from '../support/thrown-cli-error';

const dir = mkdtempSync(path.join(tmpdir(), 'polku-batch-'));
mkdirSync(path.join(dir, 'pages'));
writeFileSync(path.join(dir, 'pages', 'shop.html'), '<title>x</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (text: string) => parseUrlList(text, 'sites.txt', dir);
const hrefs = (text: string) => parse(text).entries.map((e) => e.url.href);

describe('batch list lines', () => {
  it('takes URLs, bare hosts and files relative to the list, skipping blanks and comments', () => {
    const list = parse('# clients\n\nhttps://example.fi/hinnat\n  kauppa.example.com  \r\npages/shop.html\n   # indented comment\nhttp://127.0.0.1:8080/x # a trailing note\n');
    expect(list.entries.map((e) => [e.line, e.url.href])).toEqual([
      [3, 'https://example.fi/hinnat'],
      [4, 'https://kauppa.example.com/'],
      [5, `file://${path.join(dir, 'pages', 'shop.html')}`],
      [7, 'http://127.0.0.1:8080/x'],
    ]);
    expect(list.duplicates).toEqual([]);
  });

  it('keeps a #fragment that is part of the URL, but audits the page once', () => {
    const list = parse('https://example.fi/#top\nhttps://EXAMPLE.fi:443/#bottom\n');
    expect(list.entries.map((e) => e.url.href)).toEqual(['https://example.fi/#top']);
    expect(list.duplicates).toEqual([{ line: 2, firstLine: 1, url: 'https://example.fi/' }]);
  });

  it('drops the same address written differently, with a note naming both lines', () => {
    const list = parse('example.fi\n\nhttps://example.fi/\nHTTPS://Example.FI\nhttp://example.fi/\nexample.fi/hinnat\n');
    expect(list.entries.map((e) => e.url.href)).toEqual(['https://example.fi/', 'http://example.fi/', 'https://example.fi/hinnat']);
    expect(list.duplicates.map((d) => [d.line, d.firstLine])).toEqual([[3, 1], [4, 1]]);
    expect(batchText('fi', 'duplicate', { ...list.duplicates[0]! })).toBe('rivi 3: https://example.fi/ on jo rivillä 1; se auditoidaan kerran');
  });

  it('reads a byte-order mark and old Mac line ends', () => {
    expect(hrefs('\uFEFFexample.fi\rexample.com')).toEqual(['https://example.fi/', 'https://example.com/']);
  });

  it('names every bad line with its number, in the chosen language', () => {
    const error = thrownCliError(() => parse('example.fi\nftp://files.example.fi/\nhttps://exa mple.fi\nmissing.html\n\nhttps://[::bad/\nexample.com two.example\n'));
    expect(error).toBeInstanceOf(BatchListError);
    expect(error).toBeInstanceOf(UsageError);
    const en = error.text('en').split('\n');
    expect(en[0]).toBe('sites.txt has lines that are not a URL, a host or a file:');
    expect(en.slice(1).map((l) => l.trim().split(':')[0])).toEqual(['line 2', 'line 3', 'line 4', 'line 6', 'line 7']);
    expect(en[1]).toContain('not ftp:');
    expect(en[3]).toContain(`no such file: ${path.join(dir, 'missing.html')}`);
    expect(en[5]).toContain('one URL, host or file per line');
    const fi = errorText(error, 'fi').split('\n');
    expect(fi[0]).toBe('tiedostossa sites.txt on rivejä, jotka eivät ole osoite, palvelin tai tiedosto:');
    expect(fi.slice(1).map((l) => l.trim().split(':')[0])).toEqual(['rivi 2', 'rivi 3', 'rivi 4', 'rivi 6', 'rivi 7']);
    expect(error.message).toBe(error.text('en'));
  });

  it('lists the first bad lines and counts the rest', () => {
    const error = thrownCliError(() => parse(Array.from({ length: 25 }, (_, i) => `bad${i}.html`).join('\n')));
    const lines = error.text('en').split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[20]).toContain('line 20:');
    expect(lines[21]!.trim()).toBe('… and 5 more');
  });

  it('rejects an over-long line without resolving it, and a list of nothing but comments', () => {
    const error = thrownCliError(() => parse(`example.fi\nhttps://example.fi/${'a'.repeat(MAX_LINE_CHARS)}\n`));
    expect(error.text('en')).toContain(`line 2: longer than ${MAX_LINE_CHARS} characters`);
    expect(thrownCliError(() => parse('# nothing yet\n\n   \n')).key).toBe('batchEmpty');
    expect(thrownCliError(() => parse('')).text('fi')).toContain('sites.txt ei luettele yhtään osoitetta');
  });

  it(`caps a list at ${MAX_BATCH_URLS} addresses, duplicates not counted`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `s${i}.example.fi`).join('\n');
    expect(parse(`${many(MAX_BATCH_URLS)}\ns0.example.fi\n`).entries).toHaveLength(MAX_BATCH_URLS);
    const error = thrownCliError(() => parse(many(MAX_BATCH_URLS + 1)));
    expect(error.key).toBe('batchTooMany');
    expect(error.text('en')).toContain(`more than ${MAX_BATCH_URLS} URLs`);
  });

  it('treats a hostile line as text: markup and control characters are not addresses', () => {
    const error = thrownCliError(() => parse('<script>alert(1)</script>\njavascript:alert(1)\n\u001b[31mred.example\n'));
    expect(error.text('en').split('\n')).toHaveLength(4);
  });
});

describe('reading the list file', () => {
  it('reads a file relative to the working folder and resolves its files relative to the list', () => {
    writeFileSync(path.join(dir, 'pages', 'list.txt'), 'shop.html\nexample.fi\n');
    const list = readUrlList('pages/list.txt', dir);
    expect(list.entries.map((e) => e.url.protocol)).toEqual(['file:', 'https:']);
    expect(list.entries[0]!.url.pathname).toBe(path.join(dir, 'pages', 'shop.html'));
  });

  it('says clearly when the list is missing, a folder, or too large to be a list', () => {
    expect(thrownCliError(() => readUrlList('nope.txt', dir)).key).toBe('noSuchFile');
    expect(thrownCliError(() => readUrlList('pages', dir)).key).toBe('notAFile');
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(MAX_LIST_BYTES + 1, 0x20));
    const error = thrownCliError(() => readUrlList(big, dir));
    expect(error.key).toBe('batchTooLarge');
    expect(error.text('fi')).toContain('liian suuri');
  });
});

describe('sameAddressKey', () => {
  it('ignores the fragment, host case and default port but not the scheme, path or query', () => {
    const key = (s: string) => sameAddressKey(new URL(s));
    expect(key('https://Example.fi:443/a#x')).toBe(key('https://example.fi/a'));
    expect(key('http://example.fi/a')).not.toBe(key('https://example.fi/a'));
    expect(key('https://example.fi/a/')).not.toBe(key('https://example.fi/a'));
    expect(key('https://example.fi/a?b=1')).not.toBe(key('https://example.fi/a'));
  });
});

describe('a list built to be slow', () => {
  it('reads the largest list it accepts, made of lines full of spaces, in linear time', () => {
    const line = `a${' '.repeat(MAX_LINE_CHARS - 2)}b`;
    const text = Array.from({ length: Math.floor(MAX_LIST_BYTES / (line.length + 1)) }, () => line).join('\n');
    const started = performance.now();
    expect(thrownCliError(() => parse(text)).key).toBe('batchBadLines');
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
