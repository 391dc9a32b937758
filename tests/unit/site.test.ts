import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { runAudit } from '../../engine/audit';
import { FactsSchema } from '../../engine/facts';
import type { PageRecord } from '../../engine/site';
import { RULES } from '../../rules';
import pathLinks from '../../rules/path-links';
import { mergeSite } from '../../site/merge';
import { pickKeyPages } from '../../site/pick';
import { readFetchedPage } from '../../site/read-page';
import { readKeyPages, type PageSource } from '../../site/read-site';
import { htmlDocument, page } from '../support/dom';
import { facts, testRule } from '../support/rule-tester';

const START = 'https://shop.example.fi/';
const startHtml = page(`
  <header><nav>
    <a href="/yhteystiedot">Ota yhteyttä</a>
    <a href="/ukk#top">Usein kysytyt kysymykset</a>
    <a href="/toimitusehdot">Toimitusehdot</a>
    <a href="https://help.example.fi/faq">FAQ</a>
    <a href="/tietosuoja">Tietosuojaseloste</a>
    <a href="https://facebook.com/shop">Facebook</a>
  </nav></header>
  <main><h1>Kauppa</h1><p>Tervetuloa.</p></main>`, '', 'fi');

const startFacts = () => collectFacts(htmlDocument(startHtml, START));

const pages: Record<string, { status: number; html?: string; reason?: string; contentType?: string }> = {
  'https://shop.example.fi/yhteystiedot': { status: 200, html: page('<h1>Yhteystiedot</h1><form action="/laheta"><label>Nimi <input name="name"></label><label>Sähköposti <input type="email" name="email"></label><label>Viesti <textarea name="message"></textarea></label><button>Lähetä</button></form>', '', 'fi') },
  'https://shop.example.fi/ukk': { status: 200, html: page('<h1>Usein kysytyt kysymykset</h1><h3>Mitä maksutapoja voin käyttää?</h3><p>Maksutavat: Visa, Mastercard, MobilePay ja verkkopankki.</p>', '', 'fi') },
  'https://shop.example.fi/toimitusehdot': { status: 404, reason: 'httpError', contentType: 'text/html' },
  'https://shop.example.fi/tietosuoja': { status: 200, html: '<!doctype html><html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>' },
};

const DOMParserStub = class {
  parseFromString(html: string) {
    return parseHTML(html).document;
  }
};

const source: PageSource = {
  async fetch(url) {
    const known = pages[url];
    if (!known) return { url, finalUrl: url, status: null, contentType: '', html: null, reason: 'network', ms: 1 };
    return { url, finalUrl: url, status: known.status, contentType: known.contentType ?? 'text/html; charset=utf-8', html: known.html ?? null, reason: known.reason ?? null, ms: 3 };
  },
  read: readFetchedPage,
};

describe('site audit', () => {
  const original = globalThis.DOMParser;
  beforeAll(() => {
    (globalThis as { DOMParser: unknown }).DOMParser = DOMParserStub;
  });
  afterAll(() => {
    (globalThis as { DOMParser: unknown }).DOMParser = original;
  });

  it('picks same-origin key pages from the links the collectors judged, once each, without the hash', () => {
    const picked = pickKeyPages(startFacts(), 8);
    expect(picked.read.map((p) => [p.role, p.url])).toEqual([
      ['contact', 'https://shop.example.fi/yhteystiedot'],
      ['faq', 'https://shop.example.fi/ukk'],
      ['delivery', 'https://shop.example.fi/toimitusehdot'],
      ['privacy', 'https://shop.example.fi/tietosuoja'],
    ]);
    expect(picked.elsewhere).toEqual([]);
    expect(pickKeyPages(startFacts(), 2).read).toHaveLength(2);
    expect(pickKeyPages(startFacts(), 0).read).toEqual([]);
  });

  it('lists a role whose only link is on another address of the site, and never reads it', () => {
    const facts = collectFacts(htmlDocument(page('<a href="https://help.example.fi/faq">FAQ</a>'), START));
    const picked = pickKeyPages(facts, 8);
    expect(picked.read).toEqual([]);
    expect(picked.elsewhere.map((p) => [p.role, p.url])).toEqual([['faq', 'https://help.example.fi/faq']]);
  });

  it('merges what key pages hold into the site, keeps the page of each piece of evidence, and lists every page', async () => {
    const start = startFacts();
    expect(start.assets['payment.methods']?.present).toBe('none');
    const progress: string[] = [];
    const site = await readKeyPages(start, { max: 8, source, onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    expect(FactsSchema.safeParse(site).success).toBe(true);
    expect(progress.at(-1)).toBe('4/4');

    const payment = site.assets['payment.methods']!;
    expect(payment.present).toBe('content');
    expect(payment.evidence.every((e) => e.page === 'https://shop.example.fi/ukk')).toBe(true);
    expect(site.assets['contact.form']?.present).toBe('content');
    expect(site.assets.faq?.present).toBe('content');
    // Facts of the start page stay its own.
    expect(site.page).toEqual(start.page);

    const byRole = Object.fromEntries(site.site!.pages.map((p) => [p.role, p]));
    expect(byRole.start).toMatchObject({ url: START, read: true });
    expect(byRole.faq).toMatchObject({ read: true, status: 200, reason: null });
    expect(byRole.faq!.contributed).toEqual(expect.arrayContaining(['faq', 'payment.methods']));
    expect(byRole.contact!.contributed).toContain('contact.form');
    expect(byRole.delivery).toMatchObject({ read: false, status: 404, reason: 'httpError' });
    expect(byRole.privacy).toMatchObject({ read: false, status: 200, reason: 'scriptShell', contributed: [] });
  });

  it('makes a dead end a finding, and never lets a page that was not read count as one without assets', async () => {
    const site = await readKeyPages(startFacts(), { max: 8, source });
    const report = runAudit(site, RULES);
    const finding = report.stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'path-links')!;
    expect(finding.outcome).toBe('fail');
    expect(finding.data).toMatchObject({ label: 'Toimitusehdot', status: 404, count: 1, tried: 4 });
    expect(finding.evidence[0]!.url).toBe('https://shop.example.fi/toimitusehdot');
    // The script shell added nothing and took nothing away.
    expect(site.assets['trust.privacy']?.present).toBe('link');
  });

  it('raises no stage when pages merge: the site holds at least what its start page holds', async () => {
    const start = startFacts();
    const site = await readKeyPages(start, { max: 8, source: { ...source, fetch: async (url) => ({ ...(await source.fetch(url)) as object, status: 200, reason: null }) } });
    const before = runAudit(start, RULES);
    const after = runAudit(site, RULES);
    for (const id of ['consideration', 'conversion'] as const) {
      const a = before.stages.find((s) => s.id === id)!.score ?? 0;
      const b = after.stages.find((s) => s.id === id)!.score ?? 0;
      expect(b).toBeGreaterThanOrEqual(a);
    }
  });

  it('leaves an asset unchecked when the start page failed to check it and no key page found it', () => {
    const start = startFacts();
    delete start.assets.faq;
    const none = collectFacts(htmlDocument(page('<p>nothing</p>'), 'https://shop.example.fi/x'));
    const merged = mergeSite(start, [{ record: { url: 'https://shop.example.fi/x', role: 'contact', label: '', status: 200, read: true, reason: null, ms: 1 }, facts: none }], { limit: 8, ms: 5 });
    expect(merged.assets.faq).toBeUndefined();
  });

  it('counts a key page whose title or h1 names its role, whatever the link to it said', () => {
    const start = collectFacts(htmlDocument(page('<footer><a href="/sivu/42">Lue lisää</a><a href="/tietosuoja">Tietosuoja</a></footer>', '', 'fi'), START));
    expect(start.assets['trust.privacy']?.present).toBe('link');
    const policy = collectFacts(htmlDocument(page('<p>Rekisterinpitäjä on Kauppa Oy.</p>', '<title>Tietosuojaseloste | Kauppa</title>', 'fi'), 'https://shop.example.fi/sivu/42'));
    const article = collectFacts(htmlDocument(page('<h1>Blogi</h1><p>Kirjoituksia.</p>', '<title>Miksi tietosuoja on tärkeää? | Blogi</title>', 'fi'), 'https://shop.example.fi/blogi/1'));
    const record = (url: string) => ({ url, role: 'privacy' as const, label: 'Lue lisää', status: 200, read: true, reason: null, ms: 1 });
    const merged = mergeSite(start, [{ record: record('https://shop.example.fi/sivu/42'), facts: policy }], { limit: 8, ms: 5 });
    expect(merged.assets['trust.privacy']?.present).toBe('content');
    expect(merged.site?.pages[1]?.contributed).toContain('trust.privacy');
    const notNamed = mergeSite(start, [{ record: record('https://shop.example.fi/blogi/1'), facts: article }], { limit: 8, ms: 5 });
    expect(notNamed.assets['trust.privacy']?.present).toBe('link');
  });

  it('reads a fetched page inert, against the address it came from', async () => {
    const read = await readFetchedPage({ url: 'https://shop.example.fi/a', finalUrl: 'https://shop.example.fi/b/', status: 200, contentType: 'text/html', html: page('<p>Lots of words here. '.repeat(20) + '</p><a href="ehdot">Toimitusehdot</a>'), reason: null, ms: 2 });
    expect(read.reason).toBeNull();
    expect(read.facts?.page?.url).toBe('https://shop.example.fi/b/');
    expect(read.facts?.assets['commerce.delivery']?.evidence[0]?.url).toBe('https://shop.example.fi/b/ehdot');
    expect((await readFetchedPage({ nonsense: true })).reason).toBe('unreadable');
    expect((await readFetchedPage({ url: 'x', finalUrl: 'x', status: 200, contentType: 'text/html', html: 'a'.repeat(4 * 1024 * 1024), reason: null, ms: 1 })).reason).toBe('unreadable');
  });
});

describe('path-links rule', () => {
  const record = (over: Partial<PageRecord>): PageRecord => ({ url: 'https://a.fi/x', role: 'faq', label: 'UKK', status: 200, read: true, reason: null, ms: 5, contributed: [], ...over });
  const withPages = (...pages: PageRecord[]) => ({ ...facts(), site: { pages: [record({ role: 'start', url: 'https://a.fi/' }), ...pages], limit: 8, ms: 10 } });
  testRule(pathLinks, [
    { name: 'no site audit', facts: facts(), outcome: 'na', message: 'notTried' },
    { name: 'only the start page', facts: withPages(), outcome: 'na', message: 'notTried' },
    { name: 'all key pages answer', facts: withPages(record({}), record({ role: 'contact', reason: 'timeout', read: false, status: null })), outcome: 'pass', message: 'working' },
    { name: 'one of two is a 404', facts: withPages(record({}), record({ role: 'delivery', status: 404, read: false, reason: 'httpError' })), outcome: 'fail', message: 'broken', score: 0.5 },
    { name: 'a link leaves the site', facts: withPages(record({ reason: 'offOrigin', read: false, status: null })), outcome: 'review', message: 'leaves' },
    { name: 'a subdomain link was never tried', facts: withPages(record({ reason: 'otherOrigin', read: false, status: null })), outcome: 'na', message: 'notTried' },
  ]);
});

describe('product page', () => {
  it('follows the one link of the card a price sits in, after price lists and buy links', () => {
    const html = page(`<a href="/hinnasto">Hinnasto</a>
      <ul><li class="card"><a href="/tuote/kahvi-1"><img alt="Kahvi"></a><h3><a href="/tuote/kahvi-1">Kahvi Sumu</a></h3><span class="price">12,90 €</span></li>
      <li class="card"><a href="/tuote/kahvi-2">Kahvi Usva</a><span class="price">13,90 €</span></li></ul>`);
    const picked = pickKeyPages(collectFacts(htmlDocument(html, START)), 8).read;
    expect(picked.map((p) => [p.role, p.url])).toEqual([
      ['pricing', 'https://shop.example.fi/hinnasto'],
      ['product', 'https://shop.example.fi/tuote/kahvi-1'],
    ]);
  });
});
