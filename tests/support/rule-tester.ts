// A small RuleTester in the ESLint spirit: tables of facts and the outcome each must give.
// Inputs are frozen (a rule must not mutate facts) and unknown message keys are rejected.
import { expect, test } from 'vitest';
import { ASSET_IDS, type AssetId, type Detection, type Evidence } from '../../engine/assets';
import { evaluateRule } from '../../engine/audit';
import type { AccessibilityFacts } from '../../engine/accessibility';
import type { Facts, PageFacts, Vitals } from '../../engine/facts';
import type { MobileFacts } from '../../engine/mobile';
import type { PerfFacts } from '../../engine/perf';
import type { Outcome, Rule } from '../../engine/rule';

export interface RuleCase {
  name: string;
  facts: Facts;
  outcome: Outcome;
  message: string;
  /** Expected score for pass/fail findings, when partial credit matters. */
  score?: number;
}

export function testRule(rule: Rule, cases: RuleCase[]): void {
  for (const c of cases) {
    test(`${rule.meta.id}: ${c.name}`, () => {
      const finding = evaluateRule(rule, deepFreeze(structuredClone(c.facts)));
      expect(finding.outcome).toBe(c.outcome);
      expect(finding.messageId).toBe(`${rule.meta.id}/${c.message}`);
      expect(Object.keys(rule.meta.messages)).toContain(c.message);
      if (c.score !== undefined) expect(finding.score).toBeCloseTo(c.score, 2);
    });
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function pageFacts(overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    url: 'https://example.fi/',
    https: true,
    contentType: 'text/html',
    title: 'Kotisiivous Tampereella – Siivous Aurinko',
    description: 'Luotettavaa kotisiivousta Tampereella vuodesta 2009. Pyydä tarjous ja varaa aika helposti verkossa.',
    h1: ['Kotisiivous Tampereella'],
    lang: 'fi',
    viewport: 'width=device-width, initial-scale=1',
    ...overrides,
  };
}

export function found(present: Detection['present'] = 'content', items: string[] = [], evidence: Evidence[] = []): Detection {
  return { present, items, evidence: evidence.length > 0 || present === 'none' ? evidence : [{ kind: present, text: 'seen' }] };
}

export const none = (): Detection => ({ present: 'none', items: [], evidence: [] });

/** Facts with every asset collected and absent, then the given ones. */
/** What axe returns for a page with nothing wrong and no purchase forms or product images, then the given fields. */
export function a11yFacts(overrides: Partial<AccessibilityFacts> = {}): AccessibilityFacts {
  return {
    violations: [], passes: 20, incomplete: 0, rulesNotRun: [], rulesTotal: 60, scope: { purchaseForms: 0, productImages: 0 },
    stoppedBy: null, ms: 300, longestBlockMs: 20, axeVersion: '4.14.1', ...overrides,
  };
}

export function facts(
  assets: Partial<Record<AssetId, Detection>> = {},
  extra: { page?: PageFacts; vitals?: Vitals | undefined; accessibility?: AccessibilityFacts | undefined } = {},
): Facts {
  const all = Object.fromEntries(ASSET_IDS.map((id) => [id, none()]));
  return {
    page: 'page' in extra ? extra.page : pageFacts(),
    vitals: 'vitals' in extra ? extra.vitals : { lcp: 1200, cls: 0.02, fcp: 800, ttfb: 200 },
    assets: { ...all, ...assets },
    tools: { emailMarketing: none() },
    accessibility: 'accessibility' in extra ? extra.accessibility : a11yFacts(),
    perf: perfFacts(),
    mobile: mobileFacts(),
    forms: [],
    errors: [],
    scannedAt: 0,
  };
}

/** A light page: 600 kB in 20 requests, nothing blocking, two third-party requests. */
export function perfFacts(overrides: Partial<PerfFacts> = {}): PerfFacts {
  return {
    requests: 20,
    knownBytes: 600_000,
    unknownSize: 0,
    thirdParty: { requests: 2, knownBytes: 40_000, unknownSize: 0, hosts: [{ host: 'www.googletagmanager.com', requests: 2, knownBytes: 40_000 }] },
    heaviest: [{ url: 'https://example.fi/hero.webp', host: 'example.fi', bytes: 200_000, type: 'img' }],
    renderBlocking: [],
    renderBlockingSource: 'browser',
    renderBlockingCount: 0,
    ...overrides,
  };
}

/** A page that fits a 360 × 800 phone screen, with roomy targets and readable text. */
export function mobileFacts(overrides: Partial<MobileFacts> = {}): MobileFacts {
  return {
    viewport: { width: 360, height: 800, dpr: 3 },
    overflow: { wider: false, scrollWidth: 360, selector: null },
    tapTargets: { checked: 40, crowded: 0, selectors: [], partial: false },
    text: { chars: 5000, smallChars: 200, selectors: [], partial: false },
    ...overrides,
  };
}
