// Audits of the project's own fixture sites as report JSON, for the report and export tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectFacts } from '../../collectors';
import { runAudit } from '../../engine/audit';
import type { Facts } from '../../engine/facts';
import { toReportJson, type ReportJson } from '../../engine/report-json';
import type { Locale } from '../../engine/rule';
import { reportRenderer } from '../../i18n/translate';
import { RULES } from '../../rules';
import { htmlDocument } from './dom';

const SITES = path.join(import.meta.dirname, '..', 'fixtures', 'sites');

export function fixtureFacts(site: 'shop-en' | 'kotisiivous-fi', url: string): Facts {
  const html = readFileSync(path.join(SITES, site, 'index.html'), 'utf8');
  return { ...collectFacts(htmlDocument(html, url)), scannedAt: Date.UTC(2026, 11, 4, 16, 2) };
}

export function reportJsonOf(facts: Facts, locale: Locale): ReportJson {
  const body = toReportJson(facts, runAudit(facts, RULES), locale, reportRenderer(locale), '0.1.0');
  return {
    ...body,
    device: { kind: 'mobile', width: 360, height: 800 },
    timings: { totalMs: 1234, phases: { scan: 400, keyPages: null, axe: null, rules: 3, lighthouse: null }, collectors: {} },
  };
}

export function fixtureReport(site: 'shop-en' | 'kotisiivous-fi', locale: Locale, url = `https://${site}.example/`): ReportJson {
  return reportJsonOf(fixtureFacts(site, url), locale);
}
