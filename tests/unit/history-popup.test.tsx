// The history in the popup, rendered statically: "Changes since" with signed score changes and the
// pain points fixed and new by their titles, the competitor picker and table, in English and Finnish;
// and which audits the popup saves.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChangesSince } from '../../components/ChangesSince';
import { CompetitorsPanel, type CompetitorsPanelProps } from '../../components/CompetitorsPanel';
import { LocaleContext } from '../../components/locale';
import { collectFacts } from '../../collectors';
import type { Locale } from '../../engine/rule';
import { snapshotToRecord } from '../../extension/history';
import { deltaBetween } from '../../history/delta';
import { HISTORY_TEXTS, signedChange } from '../../i18n/history';
import { scanTime } from '../../i18n/translate';
import { htmlDocument } from '../support/dom';
import { pain, snap, stageScores } from '../support/snapshots';

function render(locale: Locale, element: ReactElement): Document {
  const html = renderToStaticMarkup(<LocaleContext.Provider value={locale}>{element}</LocaleContext.Provider>);
  return htmlDocument(`<!doctype html><html><body>${html}</body></html>`);
}
const text = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent ?? null;

const SINCE = Date.UTC(2026, 11, 4, 16, 2);
const before = snap('shop.fi', SINCE, { overall: 60, stages: stageScores(70, 40, 55, null, 30, 90), painPoints: [pain('privacy-policy'), pain('faq-available', 'consideration')] });
const now = snap('shop.fi', SINCE + 86_400_000, { overall: 64, stages: stageScores(70, 52, 50, 20, 30, 91), painPoints: [pain('faq-available', 'consideration'), pain('newsletter-signup', 'retention')] });

describe('Changes since', () => {
  const delta = deltaBetween(before, now)!;

  it('says since when, in each language’s own date format', () => {
    expect(text(render('en', <ChangesSince delta={delta} incomplete={false} />), 'h2')).toBe(`Changes since ${scanTime('en', SINCE)}`);
    expect(text(render('fi', <ChangesSince delta={delta} incomplete={false} />), 'h2')).toBe(`Muutokset edellisestä auditoinnista (${scanTime('fi', SINCE)})`);
    expect(scanTime('fi', SINCE, 'UTC')).toBe('4.12.2026 klo 16.02');
    expect(scanTime('en', SINCE, 'UTC')).toBe('4 Dec 2026, 16:02');
  });

  it('shows the overall and each stage that moved with both scores and a signed change, the rest on one line', () => {
    const doc = render('en', <ChangesSince delta={delta} incomplete={false} />);
    expect(text(doc, '[data-testid="change-overall"]')).toBe('Overall60 → 64+4');
    expect(text(doc, '[data-testid="change-consideration"] .change-sign')).toBe('+12');
    expect(text(doc, '[data-testid="change-conversion"] .change-sign')).toBe('−5');
    expect(doc.querySelector('[data-testid="change-conversion"]')!.className).toBe('down');
    expect(doc.querySelector('[data-testid="change-awareness"]')).toBeNull();
    expect(text(doc, '[data-testid="unchanged-stages"]')).toBe('Unchanged: Awareness, Advocacy');
    expect(text(render('fi', <ChangesSince delta={delta} incomplete={false} />), '[data-testid="unchanged-stages"]')).toBe('Ennallaan: Tietoisuus, Suosittelu');
    expect(text(doc, '[data-testid="change-retention"]')).toBe('RetentionNot assessed → 20–');
  });

  it('names the pain points fixed and new by their finding titles, in both languages', () => {
    const en = render('en', <ChangesSince delta={delta} incomplete={false} />);
    expect(text(en, '[data-testid="fixed"] h3')).toBe('Fixed (1)');
    expect(text(en, '[data-testid="fixed"] li')).toMatch(/^No privacy policy found · Purchase$/);
    expect(text(en, '[data-testid="added"] h3')).toBe('New (1)');
    expect(en.querySelector('[data-testid="added"] li')!.getAttribute('data-rule')).toBe('newsletter-signup');
    const fi = render('fi', <ChangesSince delta={delta} incomplete={false} />);
    expect(text(fi, '[data-testid="fixed"] h3')).toBe('Korjattu (1)');
    expect(text(fi, '[data-testid="fixed"] li')).toMatch(/^Tietosuojaselostetta ei löytynyt · Ostopäätös$/);
    expect(text(fi, '[data-testid="added"] h3')).toBe('Uudet (1)');
  });

  it('says when nothing changed, when there is nothing to compare, and when an audit was incomplete', () => {
    const same = deltaBetween(before, { ...before, scannedAt: SINCE + 1 })!;
    const doc = render('en', <ChangesSince delta={same} incomplete />);
    expect(text(doc, '.empty')).toBe('No pain points fixed or added.');
    expect(text(doc, '[data-testid="change-overall"] .change-sign')).toBe('±0');
    expect(doc.querySelector('[data-testid="fixed"]')).toBeNull();
    expect(text(doc, '.warning')).toMatch(/incomplete/);
    expect(text(render('fi', <ChangesSince delta={null} incomplete={false} />), '[data-testid="changes-since"]')).toMatch(/ensimmäinen tallennettu auditointi/);
  });

  it('signs changes with a real minus and no sign for zero or unknown', () => {
    expect([signedChange(3), signedChange(-3), signedChange(0), signedChange(null)]).toEqual(['+3', '−3', '±0', '–']);
  });
});

describe('Competitors', () => {
  const me = snap('me.fi', 3000, { overall: 60, stages: stageScores(80, 40, null), assets: { faq: 'none', 'contact.chat': 'none' } });
  const a = snap('a.fi', 2000, { overall: 70, stages: stageScores(80, 55, 30), assets: { faq: 'content', 'contact.chat': 'script' } });
  const b = snap('b.fi', 1000, { overall: 40, stages: stageScores(60, 55, null), assets: { faq: 'link' } });
  const entries = [snap('a.fi', 10), b, a, snap('me.fi', 5), me];
  const panel = (locale: Locale, props: Partial<CompetitorsPanelProps>) =>
    render(locale, <CompetitorsPanel current={me} entries={entries} competitors={[]} onMark={() => undefined} onUnmark={() => undefined} {...props} />);

  it('offers the other saved sites, newest audit each, never this site or one already chosen', () => {
    const doc = panel('en', { competitors: ['b.fi'] });
    const options = [...doc.querySelectorAll('[data-testid="add-competitor"] option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['', 'a.fi']);
    expect(text(doc, '[data-testid="add-competitor"] option[value="a.fi"]')).toBe('a.fi (audited 1 Jan 1970)');
    expect(text(panel('fi', {}), '[data-testid="add-competitor"] option[value="a.fi"]')).toBe('a.fi (auditoitu 1.1.1970)');
    expect([...doc.querySelectorAll('[data-testid="competitor"]')].map((c) => c.getAttribute('data-site'))).toEqual(['b.fi']);
    expect(doc.querySelector('[data-testid="remove-competitor"]')!.getAttribute('aria-label')).toBe('Remove b.fi');
  });

  it('puts this site beside them per stage with every best marked, ties and unscored included', () => {
    const doc = panel('en', { competitors: ['a.fi', 'b.fi'] });
    const headers = [...doc.querySelectorAll('[data-testid="competitor-table"] thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Stage', 'this site', 'a.fi', 'b.fi']);
    const best = (row: string) => [...doc.querySelectorAll(`[data-testid="${row}"] td[data-best="true"]`)].map((td) => td.getAttribute('data-site'));
    expect(best('compare-overall')).toEqual(['a.fi']);
    expect(best('compare-awareness')).toEqual(['me.fi', 'a.fi']);
    expect(best('compare-consideration')).toEqual(['a.fi', 'b.fi']);
    expect(best('compare-conversion')).toEqual(['a.fi']);
    expect(best('compare-retention')).toEqual([]);
    expect(text(doc, '[data-testid="compare-conversion"] td[data-site="me.fi"]')).toBe('–');
    expect(text(doc, '[data-testid="compare-consideration"] td[data-site="b.fi"]')).toBe('55 ★');
  });

  it('lists what the others have and this site lacks, per stage, in both languages', () => {
    const en = panel('en', { competitors: ['a.fi', 'b.fi'] });
    expect(text(en, '[data-testid="competitor-gaps"] li[data-stage="consideration"]')).toBe('Consideration · Others have, this site lacks: FAQ (a.fi, b.fi)');
    expect(text(en, '[data-testid="competitor-gaps"] li[data-stage="conversion"]')).toBe('Purchase · Others have, this site lacks: Chat (a.fi)');
    const fi = panel('fi', { competitors: ['a.fi', 'b.fi'] });
    expect(text(fi, '[data-testid="competitor-gaps"] li[data-stage="consideration"]')).toBe('Harkinta · Muilla on, tältä puuttuu: UKK (a.fi, b.fi)');
  });

  it('stops offering more at three, and explains how to get sites to compare', () => {
    const full = panel('en', { entries: [...entries, snap('c.fi', 1), snap('d.fi', 1)], competitors: ['a.fi', 'b.fi', 'c.fi'] });
    expect(full.querySelector('[data-testid="add-competitor"]')).toBeNull();
    expect(text(full, '.empty')).toBe('Up to 3 competitors at a time.');
    const alone = panel('en', { entries: [me] });
    expect(alone.querySelector('[data-testid="competitor-table"]')).toBeNull();
    expect(text(alone, '.empty')).toMatch(/^Audit other sites to compare them here/);
  });

  it('keeps a chosen competitor whose audits are gone removable, and leaves it out of the table', () => {
    const doc = panel('en', { competitors: ['gone.fi', 'a.fi'] });
    expect([...doc.querySelectorAll('[data-testid="competitor"]')].map((c) => c.getAttribute('data-site'))).toEqual(['gone.fi', 'a.fi']);
    expect([...doc.querySelectorAll('[data-testid="competitor-table"] thead th')].map((th) => th.textContent)).toEqual(['Stage', 'this site', 'a.fi']);
  });
});

describe('history texts', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.entries(HISTORY_TEXTS))('%s exists in en and fi with the same placeholders', (_, t) => {
    expect(t.en.trim()).not.toBe('');
    expect(t.fi.trim()).not.toBe('');
    expect(placeholders(t.fi)).toEqual(placeholders(t.en));
  });
});

describe('which audits the popup saves', () => {
  const html = readFileSync('tests/fixtures/sites/kotisiivous-fi/index.html', 'utf8');
  const facts = collectFacts(htmlDocument(html, 'https://www.kotisiivous.example/'));
  const done = { status: 'done' as const, facts, fromCache: false, progress: null };

  it('saves an audit that has just finished, judged as the chosen kind', () => {
    expect(snapshotToRecord(done, null)).toMatchObject({ site: 'kotisiivous.example', scannedAt: facts.scannedAt });
    expect(snapshotToRecord(done, 'shop')?.kind).toBe('shop');
  });

  it('saves nothing re-shown from the cache, still filling in, blocked, or not of a web site', () => {
    expect(snapshotToRecord({ ...done, fromCache: true }, null)).toBeNull();
    expect(snapshotToRecord({ ...done, progress: { done: 1, total: 4, current: null } }, null)).toBeNull();
    expect(snapshotToRecord({ status: 'blocked', reason: 'pdf' }, null)).toBeNull();
    expect(snapshotToRecord({ status: 'scanning' }, null)).toBeNull();
    const local = collectFacts(htmlDocument(html, 'file:///home/me/index.html'));
    expect(snapshotToRecord({ ...done, facts: local }, null)).toBeNull();
  });
});
