// Whether a site addresses a European audience (and so must ask consent before tracking): judged
// from the domain, the page language, the currency of its prices, its address and its delivery area
// together; and a site's own consent framework stub counts as a consent tool.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { collectSignals } from '../../collectors/signals';
import { buildIndex } from '../../collectors/page-index';
import { runNow, Budget } from '../../collectors/budget';
import type { Facts } from '../../engine/facts';
import { evaluateRule } from '../../engine/audit';
import consentBeforeTracking from '../../rules/consent-before-tracking';
import { europeanAudience } from '../../rules/context';
import { htmlDocument, page } from '../support/dom';
import { facts, found, pageFacts } from '../support/rule-tester';

const signalsOf = (body: string, head = '', lang = 'en') => runNowSignals(htmlDocument(page(body, head, lang), 'https://shop.example.co.uk/'));
function runNowSignals(doc: Document) {
  return collectSignals(runNow(buildIndex(doc, new Budget())));
}
const ga = { 'measure.analytics': found('script', ['ga4']) };
const ukShop = (extra: Partial<Facts> = {}, assets = {}): Facts => ({ ...facts({ ...ga, ...assets }, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'en' }) }), ...extra });
const signals = (over: Partial<NonNullable<Facts['signals']>>): Facts['signals'] => ({ cues: [], schemaTypes: [], ogType: null, datedArticles: 0, currencies: [], ...over });

describe('European audience', () => {
  it('a .com shop in English that prices in euros is judged, and fails without consent', () => {
    const shop = ukShop({ signals: signals({ currencies: ['GBP', 'EUR'] }) });
    expect(europeanAudience(shop)).toEqual(['currency']);
    expect(evaluateRule(consentBeforeTracking, shop)).toMatchObject({ outcome: 'fail', messageId: 'consent-before-tracking/noConsent' });
  });

  it('delivery to the EU, an address in Europe, or a British English page each make the audience European', () => {
    expect(europeanAudience(ukShop({ signals: signals({ cues: ['deliversEurope'] }) }))).toEqual(['delivery']);
    expect(europeanAudience(ukShop({}, { 'contact.address': found('content', [], [{ kind: 'content', text: '10 High Street, Leeds LS1 4AP, United Kingdom' }]) }))).toEqual(['address']);
    expect(europeanAudience(facts(ga, { page: pageFacts({ url: 'https://example.com/', lang: 'en-GB' }) }))).toEqual(['language']);
    expect(europeanAudience(facts(ga, { page: pageFacts({ url: 'https://example.co.uk/', lang: 'en' }) }))).toEqual(['domain']);
  });

  it('an American site in dollars with a US address is not judged', () => {
    const us: Facts = { ...facts(ga, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'en-US' }) }), signals: signals({ currencies: ['USD'], cues: ['demo'] }) };
    expect(europeanAudience(us)).toEqual([]);
    expect(evaluateRule(consentBeforeTracking, us)).toMatchObject({ outcome: 'na', messageId: 'consent-before-tracking/notEu' });
  });

  it('a site’s own IAB TCF stub counts as its consent tool', () => {
    const publisher: Facts = { ...facts(ga), signals: signals({ cues: ['consentStub'] }) };
    expect(evaluateRule(consentBeforeTracking, publisher)).toMatchObject({ outcome: 'pass', messageId: 'consent-before-tracking/ownStub' });
  });
});

describe('audience and consent signals read from the page', () => {
  it('finds delivery to Europe on one line, in several languages', () => {
    expect(signalsOf('<p>We ship to all EU countries within 3–5 days.</p>').cues).toContain('deliversEurope');
    expect(signalsOf('<p>Toimitamme kaikkiin EU-maihin.</p>', '', 'fi').cues).toContain('deliversEurope');
    expect(signalsOf('<p>Versand innerhalb der EU kostenlos ab 50 €.</p>', '', 'de').cues).toContain('deliversEurope');
  });
  it('does not take Europe and delivery on different lines, or Europe alone, for delivery to Europe', () => {
    expect(signalsOf('<h2>Europe’s favourite tea</h2><p>Fast delivery</p>').cues).not.toContain('deliversEurope');
    expect(signalsOf('<p>Our offices in Europe and Asia.</p>').cues).not.toContain('deliversEurope');
  });
  it('finds a TCF stub the page defines, not an ad script that only calls one', () => {
    const stub = `<script>(function(){window.__tcfapi = function(){ (window.__tcfapi.a = window.__tcfapi.a || []).push(arguments); };
      var f = document.createElement('iframe'); f.name = '__tcfapiLocator'; document.body.appendChild(f);})();</script>`;
    expect(signalsOf(`<p>News</p>${stub}`).cues).toContain('consentStub');
    const caller = `<script>if (typeof window.__tcfapi === 'function') { window.__tcfapi('getTCData', 2, function(d){}); }</script>`;
    expect(signalsOf(`<p>News</p>${caller}`).cues).not.toContain('consentStub');
  });
  it('the whole scan carries the signals', () => {
    const scanned = collectFacts(htmlDocument(page('<p>Villasukat 19,90 €</p>', '', 'fi'), 'https://example.com/'));
    expect(scanned.signals?.currencies).toEqual(['EUR']);
  });
});
