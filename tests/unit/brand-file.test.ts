// The --brand FILE of the command line: each way a file can be wrong gives a UsageError that names
// the file, the field and the reason, in the chosen language.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES } from '../../brand/logo';
import { UsageError } from '../../cli/cli-error';
import { MAX_BRAND_FILE_BYTES, readBrandFile } from '../../cli/brand-file';
import type { Locale } from '../../engine/rule';
import { dataUrl, GIF_HEAD, JPEG_HEAD, padded, PNG_1PX, SVG, WEBP_HEAD } from '../support/brand-images';

const dir = mkdtempSync(path.join(tmpdir(), 'polku-brand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Writes a brand file (and any side files) in a fresh folder; returns the brand file's path. */
function brandFile(content: string | object, files: Record<string, Buffer | string> = {}): string {
  const folder = path.join(dir, String(count++));
  mkdirSync(path.join(folder, 'img'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
  const file = path.join(folder, 'brand.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The UsageError reading the file throws, as its user reads it. */
function failure(file: string, locale: Locale = 'en'): { key: string; text: string } {
  try {
    readBrandFile(file, locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { key: error.key, text: error.text(locale) };
  }
  throw new Error('expected a UsageError');
}

describe('a valid brand file', () => {
  it('reads every field, with a logo path relative to the file turned into a data URL', () => {
    const file = brandFile({ name: 'Toimisto Oy', logo: 'img/logo.png', accent: '#FF6600', contact: 'anna@toimisto.fi', intro: 'Hei!\nTässä.' }, { 'img/logo.png': PNG_1PX });
    expect(readBrandFile(file, 'fi')).toEqual({ name: 'Toimisto Oy', logo: dataUrl('image/png', PNG_1PX), accent: '#ff6600', contact: 'anna@toimisto.fi', intro: 'Hei!\nTässä.' });
  });

  it('judges the logo by its bytes: a JPEG named .png is a JPEG, a WebP is a WebP', () => {
    expect(readBrandFile(brandFile({ name: 'x', logo: 'logo.png' }, { 'logo.png': JPEG_HEAD }), 'en').logo).toBe(dataUrl('image/jpeg', JPEG_HEAD));
    expect(readBrandFile(brandFile({ name: 'x', logo: 'l.webp' }, { 'l.webp': WEBP_HEAD }), 'en').logo).toBe(dataUrl('image/webp', WEBP_HEAD));
  });

  it('takes a logo as a data URL, an absolute path, a byte-order mark and only a name', () => {
    expect(readBrandFile(brandFile({ name: 'x', logo: dataUrl('image/png', PNG_1PX) }), 'en').logo).toBe(dataUrl('image/png', PNG_1PX));
    const abs = path.join(dir, 'abs-logo.png');
    writeFileSync(abs, PNG_1PX);
    expect(readBrandFile(brandFile({ name: 'x', logo: abs }), 'en').logo).toBe(dataUrl('image/png', PNG_1PX));
    expect(readBrandFile(brandFile('\ufeff{"name": "x"}'), 'en')).toEqual({ name: 'x' });
  });

  it('takes a logo of exactly 200 KB', () => {
    expect(readBrandFile(brandFile({ name: 'x', logo: 'l.png' }, { 'l.png': padded(PNG_1PX, MAX_LOGO_BYTES) }), 'en').logo).toMatch(/^data:image\/png;base64,/);
  });
});

describe('the file itself', () => {
  it('is missing, or is a folder', () => {
    expect(failure(path.join(dir, 'nope.json'))).toEqual({ key: 'brandMissing', text: `brand file not found: ${path.join(dir, 'nope.json')}` });
    expect(failure(dir, 'fi')).toEqual({ key: 'brandMissing', text: `brändin tiedostoa ei löydy: ${dir}` });
  });

  it('is too big to be a brand file, judged before reading it', () => {
    const file = brandFile(`{"name": "x", "intro": "${'a'.repeat(MAX_BRAND_FILE_BYTES)}"}`);
    expect(failure(file).key).toBe('brandTooBig');
    expect(failure(file).text).toMatch(/is 513 KB; a brand file is at most 512 KB$/);
  });

  it('is not JSON: the line and column when the parser gives a position', () => {
    const file = brandFile('{\n  "name": "x",\n  "accent" "#ffffff"\n}');
    const { key, text } = failure(file);
    expect(key).toBe('brandNotJsonAt');
    // The parser's wording varies between Node versions; its position is told as line and column only.
    expect(text).toMatch(/^brand file .*brand\.json is not valid JSON \(line 3, column 12\): \w.+$/);
    expect(text).not.toMatch(/position/);
    expect(failure(file, 'fi').text).toMatch(/ei ole kelvollista JSONia \(rivi 3, sarake 12\)/);
  });

  it('is not JSON: the parser message when it gives no position', () => {
    expect(failure(brandFile('')).key).toBe('brandNotJson');
    expect(failure(brandFile('name = "x"')).text).toMatch(/is not valid JSON: Unexpected token/);
  });

  it('is JSON but not an object of fields', () => {
    expect(failure(brandFile('["x"]')).text).toMatch(/brand\.json: Brand settings must be an object of fields\.$/);
    expect(failure(brandFile('"Toimisto"')).key).toBe('brandInvalid');
  });

  it('has a field the brand does not know (a typo would be lost silently)', () => {
    expect(failure(brandFile({ name: 'x', colour: '#000000' })).text).toMatch(/: unknown field "colour" \(the fields are name, logo, accent, contact, intro\)$/);
  });
});

describe('a wrong field', () => {
  it('names the field and the reason, every wrong field at once, in the chosen language', () => {
    const file = brandFile({ name: '', accent: 'orange', contact: 'c'.repeat(201) });
    expect(failure(file).text).toMatch(
      /brand\.json: "name": The agency name is required\. "accent": The accent colour must be written #rrggbb, e\.g\. #1d4ed8\. "contact": The contact line is 201 characters; the limit is 200\.$/,
    );
    expect(failure(file, 'fi').text).toMatch(/"name": Toimiston nimi on pakollinen\. "accent": Korostusväri kirjoitetaan/);
  });

  it('a field of the wrong type', () => {
    expect(failure(brandFile({ name: ['Toimisto'] })).text).toMatch(/"name": Must be text\.$/);
    expect(failure(brandFile({ name: 'x', logo: 5 })).text).toMatch(/"logo": Must be text\.$/);
  });

  it('a data-URL logo that is SVG or too big', () => {
    expect(failure(brandFile({ name: 'x', logo: dataUrl('image/svg+xml', SVG) })).text).toMatch(/"logo": The logo must be a PNG, JPEG or WebP image; SVG/);
    expect(failure(brandFile({ name: 'x', logo: dataUrl('image/png', padded(PNG_1PX, 300 * 1024)) })).text).toMatch(/"logo": Logo is 300 KB; the limit is 200 KB\.$/);
  });
});

describe('the logo file', () => {
  it('is missing, or is a folder', () => {
    expect(failure(brandFile({ name: 'x', logo: 'img/logo.png' }))).toMatchObject({ key: 'brandLogoMissing' });
    expect(failure(brandFile({ name: 'x', logo: 'img/logo.png' })).text).toMatch(/: logo file not found: img\/logo\.png$/);
    expect(failure(brandFile({ name: 'x', logo: 'img' })).key).toBe('brandLogoMissing');
  });

  it('is too big, judged by its size before reading it', () => {
    const { key, text } = failure(brandFile({ name: 'x', logo: 'big.png' }, { 'big.png': padded(PNG_1PX, 540 * 1024) }), 'fi');
    expect(key).toBe('brandLogoTooBig');
    expect(text).toMatch(/: logo big\.png on 540 kt; enintään 200 kt$/);
  });

  it('is not a PNG, JPEG or WebP by its bytes, whatever its name says', () => {
    for (const [name, bytes] of [['logo.png', SVG], ['logo.svg', SVG], ['logo.jpg', GIF_HEAD], ['logo.webp', Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVEfmt ')], ['empty.png', Buffer.alloc(0)]] as const) {
      const { key, text } = failure(brandFile({ name: 'x', logo: name }, { [name]: bytes }));
      expect(key, name).toBe('brandLogoType');
      expect(text).toContain(`the logo ${name} is not a PNG, JPEG or WebP image (judged by its contents, not its name)`);
    }
  });

  it('is a web address: the report never fetches from outside', () => {
    for (const logo of ['https://cdn.example/logo.png', 'http://x/y.png', 'file:///etc/passwd']) {
      expect(failure(brandFile({ name: 'x', logo })).key, logo).toBe('brandLogoRemote');
    }
  });
});

describe('hostile content', () => {
  it('echoes no terminal escapes or line breaks from the file into the message', () => {
    const { text } = failure(brandFile({ name: 'x', logo: 'a\u001b[2J\u001b]0;owned\u0007\nb.png' }));
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toContain('logo file not found: a[2J]0;owned b.png');
    const unknown = failure(brandFile({ name: 'x', ['\u001b[31mred\r\n']: 1 })).text;
    expect(unknown).not.toMatch(/[\u0000-\u001f]/);
  });

  it('cleans the texts it reads as the options page does', () => {
    expect(readBrandFile(brandFile({ name: '<b>Toimisto</b>\u202e\u0000', contact: 'a\nb' }), 'en')).toEqual({ name: '<b>Toimisto</b>', contact: 'a b' });
  });
});
