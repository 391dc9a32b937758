// Every pattern that reads page text must take time linear in its length: a backtracking regex with an
// unbounded quantifier that can start anywhere ("[a-z]+@…" over "aaaa…") rescans the rest of the text
// from every position, and a 1 MB page then freezes the tab for minutes. Each case runs on a hostile input
// of 256 kB, then 1 MB, and fails when a run exceeds its budget (3 s per MB plus a start-up allowance).
// The small step catches a quadratic pattern within seconds instead of letting it run for minutes.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { cueMatcher, cueRegExp, type CueList } from '../../cues/match';
import * as addressCues from '../../cues/address';
import * as bookingCues from '../../cues/booking';
import * as commerceCues from '../../cues/commerce';
import * as consentCues from '../../cues/consent';
import * as contactCues from '../../cues/contact';
import * as contentCues from '../../cues/content';
import * as emailMarketingCues from '../../cues/email-marketing';
import * as faqCues from '../../cues/faq';
import * as measureCues from '../../cues/measure';
import * as paymentCues from '../../cues/payment';
import * as proofCues from '../../cues/proof';
import * as retentionCues from '../../cues/retention';
import * as siteKindCues from '../../cues/site-kind';
import * as socialCues from '../../cues/social';
import * as trustCues from '../../cues/trust';
import * as vendorCues from '../../cues/vendors';
import { findAddresses } from '../../collectors/address';
import { digitCount, phoneShape } from '../../collectors/contact/phone';
import { isHelpLabel } from '../../collectors/faq';
import { labelOf, pathTokens } from '../../collectors/label-scan';
import { fold } from '../../collectors/page-index';
import { AMOUNT, hasPrice } from '../../collectors/pricing';
import { mentionsHost } from '../../collectors/vendor-scan';
import { CONSENT_STUB, currenciesIn } from '../../collectors/signals';
import { hostileLines, hostilePage, run, UNITS } from '../support/adversarial';
import { htmlDocument } from '../support/dom';

const MB = 1 << 20;
const SIZES = [256 * 1024, MB];
const budgetMs = (size: number) => (3000 * size) / MB + 250;

/** Runs `work` at each size; returns the first size whose run went over budget, with its time. */
async function overBudget(work: (size: number) => unknown): Promise<string | null> {
  for (const size of SIZES) {
    const start = performance.now();
    await work(size);
    const ms = performance.now() - start;
    if (ms > budgetMs(size)) return `${Math.round(ms)} ms at ${size} characters (budget ${Math.round(budgetMs(size))} ms)`;
  }
  return null;
}

describe('every collector on a hostile page takes linear time', { timeout: 60_000 }, () => {
  // Text of the page with the run in every place collectors read (see hostilePage), parsed outside the timing.
  const pages = new Map<string, Document>();
  const pageOf = (unit: string, size: number, shape: 'places' | 'lines' | 'outsideText') => {
    const key = `${shape}|${unit}|${size}`;
    let doc = pages.get(key);
    if (!doc) {
      pages.clear();
      const html = shape === 'lines' ? hostileLines(unit, size) : hostilePage(unit, size, shape === 'places');
      doc = htmlDocument(html);
      pages.set(key, doc);
    }
    return doc;
  };
  const collect = (unit: string, shape: 'places' | 'lines' | 'outsideText') => async (size: number) => {
    const doc = pageOf(unit, size, shape);
    const start = performance.now();
    const facts = await collectFacts(doc, { now: 0 });
    const ms = performance.now() - start;
    expect(facts.errors).toEqual([]);
    return ms;
  };
  /** Times collectFacts only (parsing the page is linkedom's work, not ours). */
  async function overBudgetCollecting(unit: string, shape: 'places' | 'lines' | 'outsideText'): Promise<string | null> {
    for (const size of SIZES) {
      const ms = await collect(unit, shape)(size);
      if (ms > budgetMs(size)) return `${Math.round(ms)} ms at ${size} characters (budget ${Math.round(budgetMs(size))} ms)`;
    }
    return null;
  }

  // Runs of Unicode spaces in rendered text once made the page index itself slow (a /\s*\n\s*/ fold
  // backtracked over them); the walk now folds text line by line.
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`${name} in every place`, async () => {
      expect(await overBudgetCollecting(unit, 'places')).toBeNull();
    });
  }
  // Short lines in many elements reach the detectors that read only lines, labels and quotes of a few
  // hundred characters; one quarter-MB page per near-miss keeps the file quick.
  const LINE_UNITS = Object.entries(UNITS).filter(([name]) => name.startsWith('near') || ['digitSpace', 'letterSpace'].includes(name));
  it('short lines of every near-miss', async () => {
    for (const [, unit] of LINE_UNITS) {
      const ms = await collect(unit, 'lines')(MB / 4);
      expect(ms, JSON.stringify(unit)).toBeLessThan(budgetMs(MB / 4));
    }
  });
});

// ---- Patterns and matchers called directly -------------------------------------------------------

const CUE_MODULES: Record<string, Record<string, unknown>> = {
  address: addressCues, booking: bookingCues, commerce: commerceCues, consent: consentCues, contact: contactCues, content: contentCues,
  emailMarketing: emailMarketingCues, faq: faqCues, measure: measureCues, payment: paymentCues, proof: proofCues, retention: retentionCues,
  social: socialCues, trust: trustCues, vendors: vendorCues, siteKind: siteKindCues,
};

const isCueList = (value: unknown): value is CueList => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');

/** Every cue list (exported string arrays, and the names of each payment method) and every regex in the cue modules. */
function cueData(): { lists: [string, CueList][]; regexes: [string, RegExp][] } {
  const lists: [string, CueList][] = [];
  const regexes: [string, RegExp][] = [];
  const walk = (path: string, value: unknown, depth: number): void => {
    if (value instanceof RegExp) regexes.push([path, value]);
    else if (isCueList(value)) {
      if (depth === 0 || /names$/i.test(path)) lists.push([path, value]);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(`${path}[${i}]`, v, depth + 1));
    else if (value && typeof value === 'object' && !(value instanceof Set) && !(value instanceof Map)) {
      for (const [k, v] of Object.entries(value)) walk(`${path}.${k}`, v, depth + 1);
    }
  };
  for (const [mod, exports] of Object.entries(CUE_MODULES)) for (const [name, value] of Object.entries(exports)) walk(`${mod}.${name}`, value, 0);
  return { lists, regexes };
}

const { lists, regexes } = cueData();

/** Runs that stress the shapes a cue regex is made of: words, word prefixes, separators between words. */
const CUE_UNITS = ['letters', 'digits', 'spaces', 'wideSpaces', 'hyphens', 'letterHyphen', 'letterSpace', 'bangs'].map((n) => UNITS[n]!);

/** Near-misses of a list's own phrases: each phrase with its last letter changed, in a row. */
function nearMisses(list: CueList): string {
  return list.map((p) => `${p.replace(/^\*|\*$/g, '').slice(0, -1)}q`).join(' ');
}

/** Runs every match a regex finds, the way collectors call it (matchAll when global, else exec). */
function exhaust(re: RegExp, text: string): void {
  if (re.global) for (const _ of text.matchAll(re));
  else re.exec(text);
}

describe('cue matchers compiled by cues/match.ts take linear time', { timeout: 60_000 }, () => {
  it('finds the cue lists', () => expect(lists.length).toBeGreaterThan(60));
  for (const [name, list] of lists) {
    it(name, async () => {
      const global = cueRegExp(list);
      const matcher = cueMatcher(list);
      for (const unit of [...CUE_UNITS, nearMisses(list)]) {
        const slow = await overBudget((size) => {
          const text = `${run(unit, size)}!`;
          matcher.find(text);
          exhaust(global, text);
        });
        expect(slow, JSON.stringify(unit.slice(0, 30))).toBeNull();
      }
    });
  }
});

describe('regexes in the cue modules take linear time', { timeout: 60_000 }, () => {
  it('finds the regexes', () => expect(regexes.length).toBeGreaterThan(30));
  for (const [name, re] of regexes) {
    it(name, async () => {
      for (const unit of Object.values(UNITS)) {
        // Paths and snippets: the run after a slash as in a URL path, with something else at its end.
        const slow = await overBudget((size) => exhaust(re, `/${run(unit, size)}!`));
        expect(slow, JSON.stringify(unit)).toBeNull();
      }
    });
  }
});

describe('exported collector helpers take linear time', { timeout: 60_000 }, () => {
  const helpers: Record<string, (text: string) => unknown> = {
    AMOUNT: (t) => exhaust(AMOUNT, t),
    hasPrice,
    phoneShape,
    digitCount,
    findAddresses: (t) => findAddresses(t),
    labelOf,
    pathTokens: (t) => pathTokens(new URL(`https://example.fi/${encodeURI(t)}`)),
    isHelpLabel,
    fold,
    mentionsHost: (t) => mentionsHost(t, 'example.com'),
    currenciesIn,
    CONSENT_STUB: (t) => CONSENT_STUB.test(t),
  };
  for (const [name, helper] of Object.entries(helpers)) {
    it(name, async () => {
      for (const unit of Object.values(UNITS)) {
        const slow = await overBudget((size) => helper(`z${run(unit, size)}z`));
        expect(slow, JSON.stringify(unit)).toBeNull();
      }
    });
  }
});
