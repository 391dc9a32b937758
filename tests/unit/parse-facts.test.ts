import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { FactsSchema } from '../../engine/facts';
import { LIMITS } from '../../engine/limits';
import { parseFacts, SLICES } from '../../engine/parse-facts';
import { htmlDocument, page } from '../support/dom';

const scanned = () => JSON.parse(JSON.stringify(collectFacts(htmlDocument(page('<h2>FAQ</h2><a href="tel:+358401234567">040 123 4567</a>'))))) as Record<string, unknown>;

describe('parseFacts: what a scan returns, read leniently', () => {
  it('reads a normal scan exactly as the strict schema does', () => {
    const raw = scanned();
    const parsed = parseFacts(raw);
    expect(parsed.ok && parsed.facts).toEqual(FactsSchema.parse(raw));
  });

  it('clips an oversized field instead of failing the audit', () => {
    const raw = scanned();
    (raw.page as Record<string, unknown>).lang = 'x'.repeat(5000);
    const parsed = parseFacts(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.facts.page!.lang!.length).toBe(LIMITS.lang);
  });

  it('drops a malformed slice, names it in errors, and keeps the rest', () => {
    const raw = scanned();
    (raw.assets as Record<string, unknown>)['faq'] = { present: 'maybe' };
    raw.vitals = { lcp: 'fast' };
    const parsed = parseFacts(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.facts.assets.faq).toBeUndefined();
    expect(parsed.facts.assets['contact.phone']!.present).toBe('content');
    expect(parsed.facts.vitals).toBeUndefined();
    expect(parsed.facts.errors.map((e) => e.collector)).toEqual(['faq', 'vitals']);
  });

  it('accepts a scan without vitals (they were not measured) and one saved before scans had a budget', () => {
    const raw = scanned();
    delete raw.vitals;
    delete raw.scan;
    expect(parseFacts(raw).ok).toBe(true);
  });

  it('rejects what is not a scan at all', () => {
    expect(parseFacts(null).ok).toBe(false);
    expect(parseFacts('facts').ok).toBe(false);
    expect(parseFacts({ assets: {} }).ok).toBe(false);
  });

  it('holds collectors and schema to the same limits: a huge lang is clipped by the collector already', () => {
    const facts = collectFacts(htmlDocument(page('<p>x</p>', '', 'fi-x-' + 'a'.repeat(500))));
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });
});

describe('parseFacts covers the whole schema', () => {
  it('reads every optional slice of FactsSchema (a slice it does not know would be silently dropped)', () => {
    // Lighthouse's slice is added by the CLI after the scan; a page must not be able to forge it.
    const own = Object.keys(FactsSchema.shape).filter((k) => !['assets', 'errors', 'scannedAt', 'lighthouse'].includes(k));
    expect(Object.keys(SLICES).sort()).toEqual(own.sort());
  });
});
