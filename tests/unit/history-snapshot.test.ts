// A finished audit as history keeps it: ids and numbers of our own fixture shop, the same from the
// popup's Report and the CLI's JSON, and nothing of the page's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { runAudit } from '../../engine/audit';
import { DEFAULT_CONFIG } from '../../engine/config';
import { toReportJson } from '../../engine/report-json';
import { siteKeyOf, snapshotOfJson, snapshotOfReport, SnapshotSchema } from '../../history/snapshot';
import { reportRenderer } from '../../i18n/translate';
import { RULES } from '../../rules';
import { htmlDocument } from '../support/dom';

const html = readFileSync('tests/fixtures/sites/shop-en/index.html', 'utf8');
const facts = { ...collectFacts(htmlDocument(html, 'https://www.Shop.example:8443/index.html')), scannedAt: 1_764_000_000_123 };
const report = runAudit(facts, RULES, DEFAULT_CONFIG);

describe('snapshotOfReport', () => {
  const snapshot = snapshotOfReport(report)!;

  it('keeps the scores, the kind, the pain points and every asset by id', () => {
    expect(SnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({ version: 2, site: 'shop.example:8443', scannedAt: 1_764_000_000_123, overall: report.overall, kind: report.siteKind.id, complete: !report.incomplete });
    expect(snapshot.stages).toEqual(report.stages.map((s) => ({ id: s.id, score: s.score })));
    expect(snapshot.painPoints.map((p) => p.rule)).toEqual(report.painPoints.map((p) => p.finding.ruleId));
    expect(snapshot.painPoints.length).toBeGreaterThan(0);
    expect(snapshot.painPoints[0]).toMatchObject({ stage: report.painPoints[0]!.stage, outcome: report.painPoints[0]!.finding.outcome, messageId: report.painPoints[0]!.finding.messageId });
    expect(Object.keys(snapshot.assets).sort()).toEqual(report.stages.flatMap((s) => s.assets.map((a) => a.id)).sort());
    expect(snapshot.assets['commerce.cart']).not.toBe('none');
  });

  it('holds no text of the page', () => {
    const stored = JSON.stringify(snapshot);
    expect(facts.page?.title).toBeTruthy();
    expect(stored).not.toContain(facts.page!.title!);
    for (const detection of Object.values(facts.assets)) for (const e of detection?.evidence ?? []) if (e.text && e.text.length > 3) expect(stored).not.toContain(JSON.stringify(e.text));
  });

  it('is the same built from the JSON report, in either language', () => {
    for (const locale of ['en', 'fi'] as const) {
      const json = toReportJson(facts, report, locale, reportRenderer(locale), '0.0.0');
      expect(snapshotOfJson(json)).toEqual(snapshot);
    }
  });

  it('is not made for pages that are not of a web site', () => {
    expect(snapshotOfReport({ ...report, url: 'file:///home/me/page.html' })).toBeNull();
    expect(snapshotOfReport({ ...report, url: null })).toBeNull();
    const json = toReportJson(facts, report, 'en', reportRenderer('en'), '0.0.0');
    expect(snapshotOfJson({ ...json, url: 'about:blank' })).toBeNull();
    expect(snapshotOfJson({ ...json, scannedAt: 'yesterday' })).toBeNull();
  });
});

describe('siteKeyOf', () => {
  it.each([
    ['https://WWW.Example.FI/path?q=1', 'example.fi'],
    ['https://www.example.fi:443/', 'example.fi'],
    ['http://127.0.0.1:40123/', '127.0.0.1:40123'],
    ['https://wwwexample.fi/', 'wwwexample.fi'],
    ['https://www.www.example.fi/', 'www.example.fi'],
    ['https://shop.example.fi/', 'shop.example.fi'],
    ['http://[::1]:3000/', '[::1]:3000'],
    ['https://xn--mkikauppa-v2a.fi/', 'xn--mkikauppa-v2a.fi'],
  ])('%s → %s', (url, key) => expect(siteKeyOf(url)).toBe(key));

  it.each(['file:///tmp/a.html', 'about:blank', 'chrome://extensions', 'not a url', '', null, undefined])('%s has no site', (url) => {
    expect(siteKeyOf(url)).toBeNull();
  });
});
