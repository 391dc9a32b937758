// The agency's brand as every route reads it (options page, storage, --brand file): cleaned to plain
// text, capped, the logo only an inline PNG, JPEG or WebP judged by its bytes.
import { describe, expect, it } from 'vitest';
import { BRAND_LIMITS, checkBrand, type BrandIssue } from '../../brand/brand';
import { checkLogo, MAX_LOGO_BYTES, sniffImageType } from '../../brand/logo';
import { paragraphsOf } from '../../brand/plain-text';
import { BRAND_NOTICE_TEXTS, BRAND_PROBLEM_TEXTS, brandProblemText } from '../../i18n/brand';
import { CLI_ERROR_TEXTS } from '../../i18n/cli-errors';
import { OPTIONS_TEXTS } from '../../i18n/options';
import { dataUrl, GIF_HEAD, JPEG_HEAD, padded, PNG_1PX, SVG, WEBP_HEAD } from '../support/brand-images';

const PNG_URL = dataUrl('image/png', PNG_1PX);

function issuesOf(input: unknown): BrandIssue[] {
  const result = checkBrand(input);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.brand).slice(0, 200)}`);
  return result.issues;
}

function brandOf(input: unknown) {
  const result = checkBrand(input);
  if (!result.ok) throw new Error(`expected a brand, got ${JSON.stringify(result.issues)}`);
  return result.brand;
}

describe('a valid brand', () => {
  it('keeps every field, the accent in lower case, the texts trimmed', () => {
    const brand = brandOf({ name: '  Mainostoimisto Polku Oy ', logo: PNG_URL, accent: '#1D4ED8', contact: ' anna@toimisto.fi · 040 123 4567 ', intro: ' Hei!\n\nTässä auditointi. ' });
    expect(brand).toEqual({ name: 'Mainostoimisto Polku Oy', logo: PNG_URL, accent: '#1d4ed8', contact: 'anna@toimisto.fi · 040 123 4567', intro: 'Hei!\n\nTässä auditointi.' });
  });

  it('needs only the name; empty optional fields (as the form sends them) become absent', () => {
    expect(brandOf({ name: 'A' })).toEqual({ name: 'A' });
    const brand = brandOf({ name: 'A', logo: '', accent: ' ', contact: '  ', intro: '\n\n' });
    expect(brand).toEqual({ name: 'A' });
    expect(Object.values(brand).filter((v) => v !== undefined)).toEqual(['A']);
  });

  it('takes names and texts exactly at their limits, counting characters, not UTF-16 units', () => {
    expect(brandOf({ name: 'ä'.repeat(BRAND_LIMITS.name) }).name).toHaveLength(80);
    expect(brandOf({ name: '🙂'.repeat(BRAND_LIMITS.name) }).name).toHaveLength(160);
    expect(brandOf({ name: 'x', contact: 'c'.repeat(200), intro: 'i'.repeat(1500) }).intro).toHaveLength(1500);
  });

  it('keeps the intro as paragraphs: line ends normalised, runs of blank lines cut to one', () => {
    const { intro } = brandOf({ name: 'x', intro: 'Eka\r\nToka\r\rKolmas\n\n\n\n\nNeljäs  \t sana' });
    expect(intro).toBe('Eka\nToka\n\nKolmas\n\nNeljäs sana');
    expect(paragraphsOf(intro!)).toEqual(['Eka', 'Toka', 'Kolmas', 'Neljäs sana']);
  });
});

describe('each invalid field', () => {
  it('a missing, empty or blank name', () => {
    expect(issuesOf({})).toEqual([{ field: 'name', id: 'nameMissing' }]);
    expect(issuesOf({ name: '' })).toEqual([{ field: 'name', id: 'nameMissing' }]);
    expect(issuesOf({ name: ' \u0000\u202e\t ' })).toEqual([{ field: 'name', id: 'nameMissing' }]);
  });

  it('texts over their limits say how long they are', () => {
    expect(issuesOf({ name: 'n'.repeat(81) })).toEqual([{ field: 'name', id: 'nameTooLong', data: { length: 81, max: 80 } }]);
    expect(issuesOf({ name: 'x', contact: 'c'.repeat(201) })).toEqual([{ field: 'contact', id: 'contactTooLong', data: { length: 201, max: 200 } }]);
    expect(issuesOf({ name: 'x', intro: 'i'.repeat(1501) })).toEqual([{ field: 'intro', id: 'introTooLong', data: { length: 1501, max: 1500 } }]);
  });

  it('values that are not text, and a value that is not an object', () => {
    expect(issuesOf({ name: 42, contact: ['a'], intro: null, accent: { r: 1 }, logo: true }).map((i) => `${i.field}:${i.id}`)).toEqual([
      'name:notText',
      'logo:notText',
      'accent:notText',
      'contact:notText',
      'intro:notText',
    ]);
    for (const value of [null, 'Polku', 7, ['name']]) expect(issuesOf(value)).toEqual([{ field: null, id: 'notObject' }]);
  });

  it('accent colours other than #rrggbb', () => {
    for (const accent of ['1d4ed8', '#1d4ed', '#1d4ed8ff', '#ggg000', 'red', 'rgb(0,0,0)', '#1d4ed8;background:url(x)', '#fff']) {
      expect(issuesOf({ name: 'x', accent }), accent).toEqual([{ field: 'accent', id: 'accentInvalid' }]);
    }
  });

  it('reports every wrong field at once, each under its own name', () => {
    expect(issuesOf({ name: '', accent: 'blue', logo: 'https://cdn.example/logo.png' }).map((i) => `${i.field}:${i.id}`)).toEqual([
      'name:nameMissing',
      'logo:logoNotDataUrl',
      'accent:accentInvalid',
    ]);
  });
});

describe('the logo', () => {
  it('accepts PNG, JPEG and WebP data URLs, naming the type the bytes show', () => {
    expect(brandOf({ name: 'x', logo: PNG_URL }).logo).toBe(PNG_URL);
    expect(brandOf({ name: 'x', logo: dataUrl('image/jpeg', JPEG_HEAD) }).logo).toBe(dataUrl('image/jpeg', JPEG_HEAD));
    expect(brandOf({ name: 'x', logo: dataUrl('image/webp', WEBP_HEAD) }).logo).toBe(dataUrl('image/webp', WEBP_HEAD));
    // A JPEG saved as .png is still shown as what it is.
    expect(brandOf({ name: 'x', logo: dataUrl('image/png', JPEG_HEAD) }).logo).toBe(dataUrl('image/jpeg', JPEG_HEAD));
    expect(brandOf({ name: 'x', logo: dataUrl('IMAGE/PNG', PNG_1PX) }).logo).toBe(PNG_URL);
  });

  it('refuses remote addresses and anything but an inline image', () => {
    for (const logo of ['https://cdn.example/logo.png', '//cdn.example/logo.png', 'logo.png', 'javascript:alert(1)', `data:;base64,${PNG_1PX.toString('base64')}`]) {
      expect(issuesOf({ name: 'x', logo }), logo).toEqual([{ field: 'logo', id: 'logoNotDataUrl' }]);
    }
  });

  it('refuses SVG however it is labelled, and other image types', () => {
    expect(checkLogo(dataUrl('image/svg+xml', SVG))).toEqual({ id: 'logoWrongType' });
    expect(checkLogo(`data:image/svg+xml;utf8,${SVG.toString()}`)).toEqual({ id: 'logoWrongType' });
    expect(checkLogo(dataUrl('image/png', SVG))).toEqual({ id: 'logoWrongType' });
    expect(checkLogo(dataUrl('image/gif', GIF_HEAD))).toEqual({ id: 'logoWrongType' });
    expect(checkLogo('data:text/html;base64,PHNjcmlwdD4=')).toEqual({ id: 'logoWrongType' });
    expect(checkLogo(dataUrl('image/png', GIF_HEAD))).toEqual({ id: 'logoWrongType' });
  });

  it('caps the decoded image at 200 KB and says by how much it is over', () => {
    expect('url' in checkLogo(dataUrl('image/png', padded(PNG_1PX, MAX_LOGO_BYTES)))).toBe(true);
    expect(checkLogo(dataUrl('image/png', padded(PNG_1PX, MAX_LOGO_BYTES + 1)))).toEqual({ id: 'logoTooBig', data: { size: 201, max: 200 } });
    expect(issuesOf({ name: 'x', logo: dataUrl('image/png', padded(PNG_1PX, 540 * 1024)) })).toEqual([{ field: 'logo', id: 'logoTooBig', data: { size: 540, max: 200 } }]);
  });

  it('judges a huge value by its length before decoding any of it', () => {
    const huge = `data:image/png;base64,${'A'.repeat(40_000_000)}`;
    const started = performance.now();
    expect(checkLogo(huge)).toEqual({ id: 'logoTooBig', data: { size: 29297, max: 200 } });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses damaged base64', () => {
    const base64 = PNG_1PX.toString('base64');
    for (const logo of [`data:image/png;base64,`, `data:image/png;base64,${base64.slice(1)}`, `data:image/png;base64,${base64.slice(0, 8)}<>${base64.slice(10)}`, `data:image/png;base64,${base64} `]) {
      expect(checkLogo(logo), logo.slice(0, 40)).toEqual({ id: 'logoBroken' });
    }
  });

  it('sniffs types from the first bytes only', () => {
    expect(sniffImageType(PNG_1PX)).toBe('image/png');
    expect(sniffImageType(JPEG_HEAD)).toBe('image/jpeg');
    expect(sniffImageType(WEBP_HEAD)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVE'))).toBeNull();
    expect(sniffImageType(PNG_1PX.subarray(0, 7))).toBeNull();
    expect(sniffImageType([])).toBeNull();
  });
});

describe('hostile strings', () => {
  it('keeps markup as plain text, for the renderers to escape', () => {
    const name = '<img src=x onerror=alert(1)>"&\'';
    expect(brandOf({ name }).name).toBe(name);
  });

  it('strips control characters, direction overrides and the byte-order mark; line breaks in one-line fields become spaces', () => {
    const brand = brandOf({ name: '\ufeffAcme\u0000 \u001b[31mRed\u001b[0m\u202e Oy\u2066', contact: 'a\r\nb\tc\u0085d\u007f', intro: 'one\u0007\ntwo\u200f' });
    expect(brand.name).toBe('Acme [31mRed[0m Oy');
    expect(brand.contact).toBe('a b cd');
    // The right-to-left mark is a mark, not an override: kept for text in Arabic or Hebrew.
    expect(brand.intro).toBe('one\ntwo\u200f');
  });

  it('measures length after cleaning, so hidden characters do not count or pass', () => {
    expect(brandOf({ name: `${'\u0000'.repeat(10_000)}Acme` }).name).toBe('Acme');
    expect(issuesOf({ name: 'n'.repeat(1_000_000) })).toEqual([{ field: 'name', id: 'nameTooLong', data: { length: 1_000_000, max: 80 } }]);
  });

  it('drops fields it does not know, a "__proto__" key from JSON too, without touching prototypes', () => {
    const brand = brandOf(JSON.parse('{"name":"x","script":"<script>","__proto__":{"accent":"red","polluted":1}}'));
    expect(brand).toEqual({ name: 'x' });
    expect(brand.accent).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('problem texts', () => {
  it('read as the brief has them, in both languages', () => {
    const issue = issuesOf({ name: 'x', logo: dataUrl('image/png', padded(PNG_1PX, 540 * 1024)) })[0]!;
    expect(brandProblemText('en', issue.id, issue.data)).toBe('Logo is 540 KB; the limit is 200 KB.');
    expect(brandProblemText('fi', issue.id, issue.data)).toBe('Logo on 540 kt; enintään 200 kt.');
  });

  it('every brand, options-page and brand-file text has en and fi with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const brandFileTexts = Object.entries(CLI_ERROR_TEXTS).filter(([id]) => id.startsWith('brand'));
    expect(brandFileTexts.length).toBeGreaterThan(5);
    for (const [id, text] of [...Object.entries(BRAND_PROBLEM_TEXTS), ...Object.entries(BRAND_NOTICE_TEXTS), ...Object.entries(OPTIONS_TEXTS), ...brandFileTexts]) {
      expect(text.en.trim() && text.fi.trim(), id).toBeTruthy();
      expect(placeholders(text.fi), id).toEqual(placeholders(text.en));
    }
  });
});
