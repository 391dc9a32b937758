// The generated vendor data and the page-globals reading: every pattern safe, every selector valid,
// the names a hostile page returns bounded, and each vendor added once.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { GLOBAL_NAME_CAPS, mergeGlobalVendors, parseGlobalNames, vendorsOfGlobals } from '../../collectors/vendor-globals';
import { URL_IN_TEXT } from '../../collectors/vendor-sightings';
import { buildVendorTable, generatedVendors } from '../../cues/vendor-table';
import { AUTOCONSENT_RULES } from '../../data/consent-rules.generated';
import { CONFIG } from '../../scripts/vendor-data-config.mjs';
import { hostOf, unsafeRegex } from '../../scripts/update-vendor-data.mjs';
import { run, UNITS } from '../support/adversarial';
import { htmlDocument, page } from '../support/dom';

describe('generated vendor data', () => {
  it('keeps only safe URL patterns, on hosts of their own', () => {
    const vendors = generatedVendors();
    expect(vendors.length).toBeGreaterThan(1000);
    for (const vendor of vendors) {
      for (const [host, source] of vendor.urls) {
        expect(unsafeRegex(source), `${vendor.name}: ${source}`).toBe(false);
        expect(CONFIG.sharedHosts.has(host) && !source, vendor.name).toBe(false);
      }
      for (const host of vendor.hosts) expect(CONFIG.sharedHosts.has(host), `${vendor.name}: ${host}`).toBe(false);
    }
  });

  it('tells unsafe patterns and hosts apart', () => {
    expect(unsafeRegex('(a+)+b')).toBe(true);
    expect(unsafeRegex('(?:x*y)*')).toBe(true);
    expect(unsafeRegex('(a)\\1')).toBe(true);
    expect(unsafeRegex('(?<=a)b')).toBe(true);
    expect(unsafeRegex('static\\.hotjar\\.com/c/hotjar-\\d+\\.js')).toBe(false);
    expect(hostOf('^(?:https?:)?//tags\\.tiqcdn\\.com/')).toEqual({ host: 'tags.tiqcdn.com', rest: false });
    expect(hostOf('js\\.stripe\\.com/v3')).toEqual({ host: 'js.stripe.com', rest: true });
    expect(hostOf('piwik\\.js')).toBeNull();
    expect(hostOf('connect\\.facebook.\\w+/signals')).toBeNull();
  });

  it('runs every URL pattern over hostile URLs of the capped length quickly', () => {
    const table = buildVendorTable();
    const patterns = generatedVendors().flatMap((v) => v.urls.map(([, s]) => new RegExp(s, 'i')));
    expect(patterns.length).toBeGreaterThan(100);
    expect(table.globals.size).toBeGreaterThan(500);
    const start = performance.now();
    for (const unit of Object.values(UNITS)) {
      const url = `https://a.example/${run(unit, 500)}`.slice(0, 500);
      for (const pattern of patterns) pattern.test(url);
    }
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('has only selectors a DOM parses', () => {
    const doc = htmlDocument(page(''));
    const selectors = [...generatedVendors().flatMap((v) => v.selectors), ...AUTOCONSENT_RULES.flatMap((r) => r.s)];
    for (const selector of selectors) expect(() => doc.querySelector(selector), selector).not.toThrow();
  });

  it('scans a page of hostile script text in linear time', () => {
    for (const unit of ['a.', 'a', 'window.', "window['", 'a:{', '//a.b', 'https:\\/\\/a.']) {
      const start = performance.now();
      const body = Array.from({ length: 50 }, () => `<script>${run(unit, 20_000)}</script>`).join('');
      collectFacts(htmlDocument(page(body)));
      expect(performance.now() - start, unit).toBeLessThan(3000);
    }
    const text = run('//a.b', 1 << 20);
    const start = performance.now();
    [...text.matchAll(URL_IN_TEXT)].length;
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('names of the page’s globals', () => {
  it('accepts a bounded list of short names and nothing else', () => {
    expect(parseGlobalNames(['Intercom', 'hj'])).toEqual(['Intercom', 'hj']);
    expect(parseGlobalNames('Intercom')).toEqual([]);
    expect(parseGlobalNames([1, 2])).toEqual([]);
    expect(parseGlobalNames(['x'.repeat(GLOBAL_NAME_CAPS.length + 1)])).toEqual([]);
    expect(parseGlobalNames(Array.from({ length: GLOBAL_NAME_CAPS.count + 1 }, (_, i) => `n${i}`))).toEqual([]);
    expect(parseGlobalNames(null)).toEqual([]);
  });

  it('matches names exactly, each vendor once', () => {
    const hits = vendorsOfGlobals(['Intercom', 'intercomSettings', 'IntercomX', 'hj', '_hjSettings', 'fbq', 'Trengo', 'document']);
    expect(hits.map((h) => `${h.vendor.family}:${h.vendor.item}`).sort()).toEqual(['adPixels:meta', 'chat:intercom', 'chat:trengo', 'heatmap:hotjar']);
  });

  it('adds the vendors to the facts, once, without changing what was already found', () => {
    const facts = collectFacts(htmlDocument(page('', '<script src="https://widget.intercom.io/widget/abc"></script>')));
    expect(facts.assets['contact.chat']!.items).toEqual(['intercom']);
    const merged = mergeGlobalVendors(facts, ['Intercom', 'hj', 'Cookiebot', 'Stripe', 'Smile']);
    expect(merged.assets['contact.chat']!.items).toEqual(['intercom']);
    expect(merged.assets['measure.heatmap']).toMatchObject({ present: 'script', items: ['hotjar'] });
    expect(merged.assets['measure.heatmap']!.evidence[0]!.text).toMatch(/global: hj/);
    expect(merged.assets['trust.consent']).toMatchObject({ present: 'script', items: [] });
    expect(merged.tools?.payments?.items).toContain('stripe');
    expect(merged.assets['retention.loyalty']!.items).toContain('smile');
    expect(facts.assets['measure.heatmap']!.present).toBe('none');
    expect(mergeGlobalVendors(facts, [])).toBe(facts);
  });
});
