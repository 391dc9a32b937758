// Lighthouse's scores folded into the audit: absent by default (the extension, a plain CLI run),
// failed now and then, and never a better score for either.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../engine/audit';
import { DEFAULT_CONFIG } from '../../engine/config';
import type { Facts } from '../../engine/facts';
import { LighthouseFactsSchema, type LighthouseFacts } from '../../engine/lighthouse';
import { parseFacts } from '../../engine/parse-facts';
import { RULES } from '../../rules';
import lighthouseAccessibility from '../../rules/lighthouse-accessibility';
import lighthouseBestPractices from '../../rules/lighthouse-best-practices';
import lighthousePerformance from '../../rules/lighthouse-performance';
import lighthouseSeo from '../../rules/lighthouse-seo';
import { message } from '../../i18n/translate';
import { facts, found, testRule } from '../support/rule-tester';

function ok(scores: Partial<Extract<LighthouseFacts, { status: 'ok' }>['scores']> = {}): LighthouseFacts {
  return {
    status: 'ok',
    preset: 'mobile',
    ms: 8000,
    version: '13.5.0',
    throttling: { method: 'simulate', rttMs: 150, throughputKbps: 1638.4, cpuSlowdown: 4 },
    scores: { performance: 95, accessibility: 95, seo: 95, bestPractices: 95, ...scores },
    metrics: { lcp: 2100, tbt: 120, cls: 0.01, speedIndex: 1500, fcp: 900 },
  };
}
const failed: LighthouseFacts = { status: 'failed', preset: 'mobile', ms: 5000, reason: 'ERRORED_DOCUMENT_REQUEST: status 500' };
const withLighthouse = (lighthouse: LighthouseFacts, base: Facts = facts()): Facts => ({ ...base, lighthouse });

const rules = [
  [lighthousePerformance, 'performance'],
  [lighthouseAccessibility, 'accessibility'],
  [lighthouseBestPractices, 'bestPractices'],
  [lighthouseSeo, 'seo'],
] as const;

describe('lighthouse rules', () => {
  for (const [rule, category] of rules) {
    testRule(rule, [
      { name: 'not run is not applicable', facts: facts(), outcome: 'na', message: 'notRun' },
      { name: 'a failed run is not scored', facts: withLighthouse(failed), outcome: 'na', message: 'failed' },
      { name: 'an unscored category is not applicable', facts: withLighthouse(ok({ [category]: null })), outcome: 'na', message: 'noScore' },
      { name: '90 or more passes with its own score', facts: withLighthouse(ok({ [category]: 92 })), outcome: 'pass', message: 'good', score: 0.92 },
      { name: 'below 90 fails with partial credit', facts: withLighthouse(ok({ [category]: 41 })), outcome: 'fail', message: 'poor', score: 0.41 },
    ]);
  }

  it('the performance text carries the lab metrics, in both languages', () => {
    const finding = runAudit(withLighthouse(ok({ performance: 60 })), RULES).stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'lighthouse-performance')!;
    expect(message('en', finding.messageId, finding.data)).toBe('Lighthouse performance score 60/100 (good: 90 or more): on a throttled load the largest content took 2.1 s and scripts kept the page from answering for 120 ms.');
    expect(message('fi', finding.messageId, finding.data)).toContain('2.1 s:ssa');
    const reason = runAudit(withLighthouse(failed), RULES).stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'lighthouse-seo')!;
    expect(message('fi', reason.messageId, reason.data)).toContain('status 500');
  });
});

describe('lighthouse in the audit', () => {
  const base = facts({ 'contact.phone': found(), 'measure.analytics': found('script', ['ga4']) });
  const scores = (f: Facts) => {
    const report = runAudit(f, RULES);
    return { overall: report.overall, stages: report.stages.map((s) => [s.id, s.score, s.groups.map((g) => `${g.id}:${g.score}`).join(' ')]), incomplete: report.incomplete };
  };

  it('not running Lighthouse leaves the audit complete and every score as if the rules did not exist', () => {
    const without = runAudit(base, RULES.filter((r) => !r.meta.id.startsWith('lighthouse-')), withoutLighthouseRules());
    const report = runAudit(base, RULES);
    expect(report.incomplete).toBe(false);
    expect(report.overall).toBe(without.overall);
    expect(report.stages.map((s) => s.score)).toEqual(without.stages.map((s) => s.score));
    expect(report.stages.flatMap((s) => s.unchecked)).toEqual([]);
    expect(report.painPoints.map((p) => p.finding.ruleId).filter((id) => id.startsWith('lighthouse-'))).toEqual([]);
  });

  it('a failed run scores exactly as no run, never better than a poor one', () => {
    expect(scores(withLighthouse(failed, base))).toEqual(scores(base));
    const poor = runAudit(withLighthouse(ok({ performance: 20, accessibility: 30, seo: 40, bestPractices: 50 }), base), RULES);
    const failedRun = runAudit(withLighthouse(failed, base), RULES);
    expect(poor.overall!).toBeLessThan(failedRun.overall!);
  });

  it('fills the foundation parts and awareness: performance → speed, accessibility → accessibility, best practices → security, SEO → awareness', () => {
    const report = runAudit(withLighthouse(ok({ performance: 10, accessibility: 20, bestPractices: 30, seo: 40 }), base), RULES);
    const foundation = report.stages.find((s) => s.id === 'foundation')!;
    // The part also holds axe-core's own check (a clean run in these facts): Lighthouse's 20 pulls it down.
    const withoutLighthouse = runAudit(base, RULES).stages.find((s) => s.id === 'foundation')!;
    expect(foundation.groups.find((g) => g.id === 'accessibility')!.score).toBeLessThan(withoutLighthouse.groups.find((g) => g.id === 'accessibility')!.score!);
    const ref = (id: string) => Object.entries(DEFAULT_CONFIG).flatMap(([stage, c]) => c.rules.filter((r) => r.id === id).map((r) => [stage, r.group ?? null]))[0];
    expect(ref('lighthouse-performance')).toEqual(['foundation', 'speed']);
    expect(ref('lighthouse-accessibility')).toEqual(['foundation', 'accessibility']);
    expect(ref('lighthouse-best-practices')).toEqual(['foundation', 'security']);
    expect(ref('lighthouse-seo')).toEqual(['awareness', null]);
    expect(report.painPoints.map((p) => p.finding.ruleId)).toEqual(expect.arrayContaining(['lighthouse-performance', 'lighthouse-seo']));
  });

  it('a page cannot forge Lighthouse results: the scan’s facts never carry the slice', () => {
    const parsed = parseFacts({ ...structuredClone(base), lighthouse: ok() });
    expect(parsed.ok && parsed.facts.lighthouse).toBeUndefined();
  });
});

describe('LighthouseFactsSchema', () => {
  it('takes a run and a failure, and rejects scores out of range or a failure without its reason', () => {
    expect(LighthouseFactsSchema.parse(ok())).toEqual(ok());
    expect(LighthouseFactsSchema.parse(failed)).toEqual(failed);
    expect(LighthouseFactsSchema.safeParse(ok({ seo: 101 })).success).toBe(false);
    expect(LighthouseFactsSchema.safeParse(ok({ seo: 0.9 })).success).toBe(false);
    expect(LighthouseFactsSchema.safeParse({ status: 'failed', preset: 'mobile', ms: 1 }).success).toBe(false);
    expect(LighthouseFactsSchema.safeParse({ ...ok(), preset: 'tablet' }).success).toBe(false);
  });
});

function withoutLighthouseRules() {
  return Object.fromEntries(
    Object.entries(DEFAULT_CONFIG).map(([id, stage]) => [id, { ...stage, rules: stage.rules.filter((r) => !r.id.startsWith('lighthouse-')) }]),
  ) as typeof DEFAULT_CONFIG;
}
