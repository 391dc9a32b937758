// How findings read in the popup and the CLI summary: costs that go down the list, the whole
// address with the date and time, every pain point, and nothing said twice.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditView } from '../../components/AuditView';
import { LocaleContext } from '../../components/locale';
import { formatSummary } from '../../cli/summary';
import { collectFacts } from '../../collectors';
import { evaluateRule, runAudit } from '../../engine/audit';
import type { Evidence } from '../../engine/assets';
import type { Facts } from '../../engine/facts';
import { toReportJson, type ReportJson } from '../../engine/report-json';
import { defineRule, LOCALES, type Locale } from '../../engine/rule';
import { reportRenderer, scanTime } from '../../i18n/translate';
import { RULES } from '../../rules';
import { mergeSite } from '../../site/merge';
import { htmlDocument, page } from '../support/dom';
import { facts, found, pageFacts } from '../support/rule-tester';

const LONG_URL = 'https://www.example-kotisiivous.fi/palvelut/kotisiivous/tampere/hinnasto-ja-varaus?kampanja=kevat-2026&lahde=uutiskirje';
/** A thin page: only a phone number, so nearly every check falls short and the list is long. */
const thin = (): Facts => ({ ...facts({ 'contact.phone': found() }, { page: pageFacts({ url: LONG_URL, title: 'Siivous', description: '' }) }), scannedAt: Date.UTC(2026, 11, 4, 18, 2) });

function reportJson(f: Facts, locale: Locale): ReportJson {
  const body = toReportJson(f, runAudit(f, RULES), locale, reportRenderer(locale), '0.0.0');
  return { ...body, device: { kind: 'mobile', width: 360, height: 800 }, timings: { totalMs: 1, phases: { scan: 1, keyPages: null, axe: null, rules: 0, lighthouse: null }, collectors: {} } };
}

const number = (text: string) => Number(text.replace(',', '.'));
const nonIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x <= xs[i - 1]!);

describe('the cost beside each pain point is what ranks the list', () => {
  for (const locale of LOCALES) {
    it(`goes down the CLI summary, every pain point listed (${locale})`, () => {
      const json = reportJson(thin(), locale);
      expect(json.painPoints.length).toBeGreaterThan(10);
      const text = formatSummary(json);
      const listed = text.split('\n').filter((line) => /^ {1,3}\d+\. /.test(line));
      expect(listed).toHaveLength(json.painPoints.length);
      const unit = locale === 'fi' ? 'p kokonaisuudesta' : 'pts overall';
      const costs = listed.map((line) => line.match(new RegExp(`−([\\d.,]+) ${unit}$`))?.[1]).filter((c) => c !== undefined).map(number);
      expect(costs.length).toBeGreaterThan(10);
      expect(nonIncreasing(costs), costs.join(' ')).toBe(true);
      expect(text).not.toContain('--json)');
    });

    it(`goes down the popup's list (${locale})`, () => {
      const html = renderToStaticMarkup(
        <LocaleContext.Provider value={locale}>
          <AuditView facts={thin()} progress={null} keyPages={8} onKeyPagesChange={() => undefined} />
        </LocaleContext.Provider>,
      );
      const costs = [...html.matchAll(/data-cost="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(costs.length).toBeGreaterThan(10);
      expect(nonIncreasing(costs), costs.join(' ')).toBe(true);
      expect(html).toContain(locale === 'fi' ? 'p kokonaisuudesta' : 'pts overall');
    });
  }

  it('a shortlist says how many more there are', () => {
    const json = reportJson(thin(), 'fi');
    expect(formatSummary(json, 3)).toContain(`… ja ${json.painPoints.length - 3} muuta`);
  });
});

describe('the audited address and when', () => {
  it('formats the date and time in each language’s own way', () => {
    const at = Date.UTC(2026, 11, 4, 18, 2);
    expect(scanTime('fi', at, 'UTC')).toBe('4.12.2026 klo 18.02');
    expect(scanTime('en', at, 'UTC')).toBe('4 Dec 2026, 18:02');
  });

  it('the popup shows the whole address (its title too) and the date with the time', () => {
    const html = renderToStaticMarkup(
      <LocaleContext.Provider value="fi">
        <AuditView facts={thin()} progress={null} keyPages={8} onKeyPagesChange={() => undefined} />
      </LocaleContext.Provider>,
    );
    const escaped = LONG_URL.replaceAll('&', '&amp;');
    expect(html).toContain(`title="${escaped}">${escaped}</div>`);
    expect(html).toMatch(/Skannattu \d{1,2}\.\d{1,2}\.2026 klo \d{1,2}\.\d{2}/);
  });

  it('the CLI summary names the whole address and the date with the time', () => {
    const fi = formatSummary(reportJson(thin(), 'fi')).split('\n');
    const en = formatSummary(reportJson(thin(), 'en')).split('\n');
    expect(fi[0]).toBe(`Polku · ${LONG_URL}`);
    expect(fi[1]).toMatch(/^Skannattu \d{1,2}\.\d{1,2}\.2026 klo \d{1,2}\.\d{2}$/);
    expect(en[1]).toMatch(/^Scanned \d{1,2} Dec 2026, \d{2}:\d{2}$/);
  });
});

describe('nothing is said twice', () => {
  const keys = (evidence: readonly Evidence[]) => evidence.map((e) => JSON.stringify([e.text, e.url, e.page]));
  const unique = (evidence: readonly Evidence[]) => new Set(keys(evidence)).size === evidence.length;

  it('a link in the header and again in the footer is one piece of evidence', () => {
    const html = page('<header><a href="/ukk">UKK</a> <a href="tel:+358401234567">040 123 4567</a></header><main><h1>Siivous</h1></main><footer><a href="/ukk">UKK</a> <a href="tel:+358401234567">040 123 4567</a></footer>', '', 'fi');
    const f = collectFacts(htmlDocument(html));
    expect(f.assets.faq!.evidence.filter((e) => e.url === 'https://example.fi/ukk')).toHaveLength(1);
    expect(f.assets['contact.phone']!.evidence.filter((e) => e.url === 'tel:+358401234567')).toHaveLength(1);
  });

  it('a footer every key page repeats is told once, from the first page that has it', () => {
    const footer = '<footer><a href="tel:+358401234567">040 123 4567</a> <a href="/tietosuoja">Tietosuojaseloste</a></footer>';
    const start = collectFacts(htmlDocument(page(`<main><h1>Siivous</h1></main>${footer}`, '', 'fi'), 'https://example.fi/'));
    const contact = collectFacts(htmlDocument(page(`<main><h1>Yhteystiedot</h1><p>Soita 040 765 4321</p></main>${footer}`, '', 'fi'), 'https://example.fi/yhteystiedot'));
    const record = { url: 'https://example.fi/yhteystiedot', role: 'contact' as const, label: 'Yhteystiedot', status: 200, read: true, reason: null, ms: 1 };
    const merged = mergeSite(start, [{ record, facts: contact }], { limit: 8, ms: 1 });
    const phone = merged.assets['contact.phone']!.evidence;
    expect(phone.filter((e) => e.url === 'tel:+358401234567').map((e) => e.page)).toEqual(['https://example.fi/']);
    expect(merged.assets['trust.privacy']!.evidence.filter((e) => e.text === 'Tietosuojaseloste')).toHaveLength(1);
    for (const detection of Object.values(merged.assets)) expect(unique(detection!.evidence)).toBe(true);
  });

  it('a finding repeats no evidence, even when a rule joins two detections that share it', () => {
    const same: Evidence = { kind: 'content', text: 'Arvosana 4,8 / 5', page: 'https://example.fi/' };
    const rule = defineRule({
      meta: { id: 'joins', needs: [], title: { en: 'x', fi: 'x' }, failTitle: { en: 'y', fi: 'y' }, fix: { en: 'x', fi: 'x' }, messages: { m: { en: 'x', fi: 'x' } } },
      evaluate: () => ({ outcome: 'pass', message: 'm', evidence: [same, { ...same }, { ...same, page: 'https://example.fi/ukk' }, { kind: 'content', selector: 'a' }, { kind: 'content', selector: 'b' }] }),
    });
    expect(evaluateRule(rule, facts()).evidence).toEqual([same, { ...same, page: 'https://example.fi/ukk' }, { kind: 'content', selector: 'a' }, { kind: 'content', selector: 'b' }]);
  });

  it('elements with one message and no address are told apart by where they are', () => {
    const field = (selector: string): Evidence => ({ kind: 'content', text: 'Form elements must have labels', selector });
    const rule = defineRule({
      meta: { id: 'fields', needs: [], title: { en: 'x', fi: 'x' }, failTitle: { en: 'y', fi: 'y' }, fix: { en: 'x', fi: 'x' }, messages: { m: { en: 'x', fi: 'x' } } },
      evaluate: () => ({ outcome: 'fail', message: 'm', evidence: [field('#name'), field('#email'), field('#message'), field('#email')] }),
    });
    expect(evaluateRule(rule, facts()).evidence.map((e) => e.selector)).toEqual(['#name', '#email', '#message']);
  });
});
