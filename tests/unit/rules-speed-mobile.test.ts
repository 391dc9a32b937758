// Speed, mobile and form-friction rules on hand-built facts.
import { describe, expect, test } from 'vitest';
import { evaluateRule } from '../../engine/audit';
import type { FormFacts } from '../../engine/forms';
import contentFitsScreen from '../../rules/content-fits-screen';
import fcp from '../../rules/fcp';
import formFriction from '../../rules/form-friction';
import inp from '../../rules/inp';
import pageWeight from '../../rules/page-weight';
import phoneTelLink from '../../rules/phone-tel-link';
import renderBlocking from '../../rules/render-blocking';
import tapTargets from '../../rules/tap-targets';
import textSize from '../../rules/text-size';
import thirdPartyShare from '../../rules/third-party-share';
import ttfb from '../../rules/ttfb';
import { facts, found, mobileFacts, none, perfFacts, testRule } from '../support/rule-tester';

const vitals = (v: Partial<{ fcp: number | null; ttfb: number | null; inp: number | null }>) => facts({}, { vitals: { lcp: 1200, cls: 0, fcp: 900, ttfb: 300, inp: null, ...v } });
const withPerf = (p: Parameters<typeof perfFacts>[0]) => ({ ...facts(), perf: perfFacts(p) });
const withMobile = (m: Parameters<typeof mobileFacts>[0]) => ({ ...facts(), mobile: mobileFacts(m) });
const form = (f: Partial<FormFacts>): FormFacts => ({ purpose: 'contact', fields: 4, required: 2, emailWithoutType: 0, phoneWithoutType: 0, withoutAutocomplete: 0, unlabelled: 0, selector: 'form#contact', ...f });
const withForms = (forms: FormFacts[]) => ({ ...facts(), forms });

const heavy = [
  { url: 'https://cdn.example.com/img/hero-original.png', host: 'cdn.example.com', bytes: 3_400_000, type: 'img' },
  { url: 'https://example.fi/app.bundle.js', host: 'example.fi', bytes: 900_000, type: 'script' },
  { url: 'https://example.fi/fonts/brand.woff2', host: 'example.fi', bytes: 300_000, type: 'css' },
  { url: 'https://example.fi/small.png', host: 'example.fi', bytes: 10_000, type: 'img' },
];

describe('web vitals beyond LCP and CLS', () => {
  testRule(inp, [
    { name: 'no interaction yet', facts: vitals({ inp: null }), outcome: 'na', message: 'notMeasured' },
    { name: 'absent in an older scan', facts: facts(), outcome: 'na', message: 'notMeasured' },
    { name: 'quick', facts: vitals({ inp: 120 }), outcome: 'pass', message: 'good' },
    { name: 'half way to poor', facts: vitals({ inp: 350 }), outcome: 'fail', message: 'slow', score: 0.5 },
    { name: 'poor', facts: vitals({ inp: 800 }), outcome: 'fail', message: 'slow', score: 0 },
  ]);
  testRule(fcp, [
    { name: 'good at the threshold', facts: vitals({ fcp: 1800 }), outcome: 'pass', message: 'good' },
    { name: 'slow', facts: vitals({ fcp: 2400 }), outcome: 'fail', message: 'slow', score: 0.5 },
    { name: 'not measured', facts: vitals({ fcp: null }), outcome: 'na', message: 'notMeasured' },
  ]);
  testRule(ttfb, [
    { name: 'fast server', facts: vitals({ ttfb: 400 }), outcome: 'pass', message: 'good' },
    { name: 'slow server', facts: vitals({ ttfb: 1800 }), outcome: 'fail', message: 'slow', score: 0 },
  ]);
});

describe('page weight, render-blocking files, third parties', () => {
  testRule(pageWeight, [
    { name: 'light', facts: withPerf({}), outcome: 'pass', message: 'light' },
    { name: 'heavy', facts: withPerf({ knownBytes: 6_000_000, heaviest: heavy }), outcome: 'fail', message: 'heavy', score: 0 },
    { name: 'in between', facts: withPerf({ knownBytes: 3_500_000, heaviest: heavy }), outcome: 'fail', message: 'heavy', score: 0.5 },
  ]);
  test('the weight finding names the three heaviest files with size and host, and says sizes left out', () => {
    const finding = evaluateRule(pageWeight, withPerf({ knownBytes: 6_000_000, unknownSize: 7, heaviest: heavy }));
    expect(finding.data.heaviest).toBe('hero-original.png (3.4 MB, cdn.example.com), app.bundle.js (900 kB, example.fi), brand.woff2 (300 kB, example.fi)');
    expect(finding.data.unknown).toBe(7);
    expect(finding.evidence.map((e) => e.url)).toContain('https://cdn.example.com/img/hero-original.png');
  });
  testRule(renderBlocking, [
    { name: 'nothing blocks', facts: withPerf({}), outcome: 'pass', message: 'none' },
    { name: 'two stylesheets, reported by the browser', facts: withPerf({ renderBlockingCount: 2, renderBlocking: heavy.slice(1, 3) }), outcome: 'fail', message: 'blocking', score: 0.7 },
    { name: 'many, judged from the markup', facts: withPerf({ renderBlockingCount: 8, renderBlocking: heavy, renderBlockingSource: 'dom' }), outcome: 'fail', message: 'blockingInMarkup', score: 0 },
  ]);
  const thirdParty = (requests: number, knownBytes: number) => ({ requests, knownBytes, unknownSize: 0, hosts: [{ host: 'connect.facebook.net', requests, knownBytes }] });
  testRule(thirdPartyShare, [
    { name: 'mostly own files', facts: withPerf({}), outcome: 'pass', message: 'fine' },
    { name: 'two thirds elsewhere', facts: withPerf({ requests: 30, thirdParty: thirdParty(20, 100_000) }), outcome: 'review', message: 'many' },
    { name: 'nearly all bytes elsewhere', facts: withPerf({ requests: 30, knownBytes: 1_000_000, thirdParty: thirdParty(5, 900_000) }), outcome: 'fail', message: 'many' },
  ]);
});

describe('mobile layout', () => {
  testRule(contentFitsScreen, [
    { name: 'fits', facts: withMobile({}), outcome: 'pass', message: 'fits' },
    { name: 'scrolls sideways', facts: withMobile({ overflow: { wider: true, scrollWidth: 1200, selector: 'table#prices' } }), outcome: 'fail', message: 'wider' },
  ]);
  test('mobile findings say which viewport they were measured at', () => {
    const finding = evaluateRule(contentFitsScreen, withMobile({ viewport: { width: 1280, height: 720, dpr: 1 }, overflow: { wider: true, scrollWidth: 1500, selector: 'div#wide' } }));
    expect(finding.data).toMatchObject({ width: 1280, height: 720, scrollWidth: 1500, selector: 'div#wide' });
    expect(contentFitsScreen.meta.messages.wider.fi).toContain('{width} × {height}');
  });
  testRule(tapTargets, [
    { name: 'roomy', facts: withMobile({}), outcome: 'pass', message: 'ok' },
    { name: 'nothing to tap', facts: withMobile({ tapTargets: { checked: 0, crowded: 0, selectors: [], partial: false } }), outcome: 'na', message: 'none' },
    { name: 'a few crowded', facts: withMobile({ tapTargets: { checked: 40, crowded: 2, selectors: ['a#x', 'a#y'], partial: false } }), outcome: 'fail', message: 'crowded', score: 0.6 },
    { name: 'a crowded menu', facts: withMobile({ tapTargets: { checked: 40, crowded: 30, selectors: ['a#x'], partial: false } }), outcome: 'fail', message: 'crowded', score: 0 },
  ]);
  testRule(textSize, [
    { name: 'some fine print', facts: withMobile({}), outcome: 'pass', message: 'ok' },
    { name: 'a third is tiny', facts: withMobile({ text: { chars: 900, smallChars: 300, selectors: ['p'], partial: false } }), outcome: 'fail', message: 'small', score: 0.5 },
    { name: 'mostly tiny', facts: withMobile({ text: { chars: 900, smallChars: 800, selectors: ['p'], partial: false } }), outcome: 'fail', message: 'small', score: 0 },
    { name: 'no text', facts: withMobile({ text: { chars: 0, smallChars: 0, selectors: [], partial: false } }), outcome: 'na', message: 'noText' },
  ]);
  testRule(phoneTelLink, [
    { name: 'no phone', facts: facts({ 'contact.phone': none() }), outcome: 'na', message: 'noPhone' },
    { name: 'a tel: link', facts: facts({ 'contact.phone': found('content', [], [{ kind: 'content', text: '040 123 4567', url: 'tel:+358401234567' }]) }), outcome: 'pass', message: 'linked' },
    { name: 'a number in the text', facts: facts({ 'contact.phone': found('content', [], [{ kind: 'content', text: 'Puh. 040 123 4567' }]) }), outcome: 'fail', message: 'plain', score: 0.3 },
  ]);
});

describe('form friction', () => {
  testRule(formFriction, [
    { name: 'no form that matters (search, login)', facts: withForms([form({ purpose: 'search', fields: 1, unlabelled: 1 }), form({ purpose: 'login' })]), outcome: 'na', message: 'none' },
    { name: 'a short, labelled contact form', facts: withForms([form({})]), outcome: 'pass', message: 'ok' },
    { name: 'a long contact form', facts: withForms([form({ fields: 9, required: 7 })]), outcome: 'fail', message: 'long', score: 0.6 },
    { name: 'required beyond need', facts: withForms([form({ fields: 6, required: 5 })]), outcome: 'fail', message: 'long' },
    { name: 'unlabelled fields', facts: withForms([form({ unlabelled: 2 })]), outcome: 'fail', message: 'unlabelled', score: 0.7 },
    { name: 'email as text', facts: withForms([form({ emailWithoutType: 1, withoutAutocomplete: 1 })]), outcome: 'fail', message: 'inputTypes', score: 0.7 },
    { name: 'no autocomplete', facts: withForms([form({ withoutAutocomplete: 3 })]), outcome: 'fail', message: 'autocomplete', score: 0.9 },
    { name: 'a newsletter asking five things', facts: withForms([form({ purpose: 'signup', fields: 5, required: 2 })]), outcome: 'fail', message: 'long' },
    { name: 'a checkout of twelve fields is fine', facts: withForms([form({ purpose: 'checkout', fields: 12, required: 10 })]), outcome: 'pass', message: 'ok' },
    { name: 'the worst form decides', facts: withForms([form({}), form({ purpose: 'booking', fields: 12, required: 9, unlabelled: 3, emailWithoutType: 1 })]), outcome: 'fail', message: 'long', score: 0.1 },
  ]);
  test('evidence names the form and its page', () => {
    const finding = evaluateRule(formFriction, withForms([form({ fields: 10, selector: 'form#yhteys', page: 'https://example.fi/yhteystiedot' })]));
    expect(finding.evidence).toEqual([{ kind: 'content', selector: 'form#yhteys', url: 'https://example.fi/yhteystiedot' }]);
  });
});
