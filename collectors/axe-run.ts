// Runs axe-core in the audited page a few rules at a time, yielding to the page between runs, so
// the page's main thread is never held long where it can be helped; stops when its time is spent
// or its caller goes away, and names the rules that never ran (they never count as passing).
import type * as AxeCore from 'axe-core';
import { A11Y_IMPACTS, type A11yImpact, type A11yStage, type AccessibilityFacts } from '../engine/accessibility';
import { clip, LIMITS } from '../engine/limits';
import { StageMapper, purchaseScope } from './a11y-stage';
import { defaultYield } from './budget';

type Axe = typeof AxeCore;

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe tags them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeRunOptions {
  /** Time for the whole run; rules not started by then are reported as not run. */
  timeMs?: number;
  /** A run that took longer than this runs its next rules in a smaller group. */
  sliceMs?: number;
  signal?: AbortSignal;
  yieldToPage?: () => Promise<void>;
  clock?: () => number;
}

/**
 * Each run of axe rebuilds its tree of the whole page first (about 50 ms at 5,000 elements) and
 * cannot yield inside, so many tiny runs cost seconds while one run holds the page for one. Runs
 * are sized to take about `sliceMs`: as many rules as fit beside that fixed cost.
 */
export const AXE_BUDGET = { timeMs: 6000, sliceMs: 300 };
/** WCAG 2.5.8 target spacing is measured by Polku's own mobile check (collectors/tap-targets.ts), at a fraction of axe's cost. */
const OWN_CHECKS = new Set(['target-size']);
/**
 * axe rebuilds its tree of the whole page on every run, in one go that cannot yield: on a bigger
 * page that alone holds the page's main thread too long, so the check is not started (its checks
 * then show as not run, never as passed).
 */
export const AXE_MAX_ELEMENTS = 20_000;

export class AxeSkipped extends Error {}
/** Rules that read layout for every element (colours, sizes, positions): always run alone. */
const HEAVY = new Set(['color-contrast', 'target-size', 'link-in-text-block', 'region', 'scrollable-region-focusable']);
const MAX_GROUP = 40;

/** Read-only settings: no stylesheet fetches (preload), no messages to frames, elements kept for the stage mapping. */
function runOptions(rules: string[]): AxeCore.RunOptions {
  return {
    runOnly: { type: 'rule', values: rules },
    resultTypes: ['violations'],
    reporter: 'v2',
    iframes: false,
    preload: false,
    elementRef: true,
    selectors: true,
    ancestry: false,
    xpath: false,
    performanceTimer: false,
  };
}

interface Entry {
  id: string;
  stage: A11yStage;
  impact: A11yImpact;
  count: number;
  selectors: string[];
}

export async function runAxe(axe: Axe, doc: Document, options: AxeRunOptions = {}): Promise<AccessibilityFacts> {
  const clock = options.clock ?? (() => performance.now());
  const timeMs = options.timeMs ?? AXE_BUDGET.timeMs;
  const sliceMs = options.sliceMs ?? AXE_BUDGET.sliceMs;
  const pause = options.yieldToPage ?? defaultYield;
  const elements = doc.getElementsByTagName('*').length;
  if (elements > AXE_MAX_ELEMENTS) {
    throw new AxeSkipped(`the page has ${elements} elements; the accessibility check runs on pages up to ${AXE_MAX_ELEMENTS} so that it never holds the page up`);
  }
  const started = clock();
  const mapper = new StageMapper();
  // The rules that read layout first, each alone (they are the longest unavoidable blocks); the
  // others follow in runs sized to `sliceMs`.
  const all = axe.getRules(AXE_TAGS).filter((r) => r.enabled && !OWN_CHECKS.has(r.ruleId)).map((r) => r.ruleId);
  const rules = [...all.filter((id) => HEAVY.has(id)), ...all.filter((id) => !HEAVY.has(id))];
  const entries = new Map<string, Entry>();
  const violated = new Set<string>();
  const passed = new Set<string>();
  const undecided = new Set<string>();
  const notRun: string[] = [];
  let stoppedBy: AccessibilityFacts['stoppedBy'] = null;
  let longest = 0;
  let group = 1;
  /** The fixed cost of a run (its tree), estimated by the cheapest run so far. */
  let overhead = Infinity;

  let at = 0;
  while (at < rules.length) {
    if (options.signal?.aborted) stoppedBy = 'cancelled';
    else if (clock() - started > timeMs) stoppedBy = 'time';
    if (stoppedBy) break;
    const batch = nextBatch(rules, at, group);
    at += batch.length;
    const t0 = clock();
    try {
      const results = await axe.run(doc, runOptions(batch));
      for (const result of results.violations) addViolations(result, mapper, entries, violated);
      for (const result of results.passes) passed.add(result.id);
      for (const result of results.incomplete) undecided.add(result.id);
    } catch {
      // A rule that throws on this page has not been checked: name it with the rest not run.
      notRun.push(...batch);
    }
    const spent = clock() - t0;
    longest = Math.max(longest, spent);
    if (!HEAVY.has(batch[0]!)) {
      overhead = Math.min(overhead, spent);
      const perRule = Math.max(0.5, (spent - overhead) / batch.length);
      group = Math.max(1, Math.min(MAX_GROUP, Math.floor((sliceMs - overhead) / perRule)));
    }
    await pause();
  }
  notRun.push(...rules.slice(at));

  const t0 = clock();
  const scope = purchaseScope(doc, mapper);
  longest = Math.max(longest, clock() - t0);
  return {
    violations: [...entries.values()].slice(0, LIMITS.a11yViolations),
    passes: [...passed].filter((id) => !violated.has(id) && !undecided.has(id)).length,
    incomplete: [...undecided].filter((id) => !violated.has(id)).length,
    rulesNotRun: notRun.slice(0, LIMITS.a11yRules),
    rulesTotal: rules.length,
    scope,
    stoppedBy,
    ms: Math.round(clock() - started),
    longestBlockMs: Math.round(longest),
    axeVersion: clip(axe.version, 20),
  };
}

/** The next group of rules; a heavy rule runs alone. */
function nextBatch(rules: string[], at: number, size: number): string[] {
  if (HEAVY.has(rules[at]!)) return [rules[at]!];
  const batch: string[] = [];
  for (let i = at; i < rules.length && batch.length < size && !HEAVY.has(rules[i]!); i++) batch.push(rules[i]!);
  return batch;
}

function addViolations(result: AxeCore.Result, mapper: StageMapper, entries: Map<string, Entry>, violated: Set<string>): void {
  violated.add(result.id);
  for (const node of result.nodes) {
    const stage = node.element ? mapper.stageOf(result.id, node.element) : 'foundation';
    const key = `${result.id} ${stage}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { id: clip(result.id, LIMITS.a11yRuleId), stage, impact: 'minor', count: 0, selectors: [] };
      entries.set(key, entry);
    }
    entry.count++;
    const impact = asImpact(node.impact ?? result.impact);
    if (A11Y_IMPACTS.indexOf(impact) < A11Y_IMPACTS.indexOf(entry.impact)) entry.impact = impact;
    if (entry.selectors.length < LIMITS.a11ySelectors) entry.selectors.push(clip(selectorText(node.target), LIMITS.selector));
  }
}

function asImpact(value: unknown): A11yImpact {
  return (A11Y_IMPACTS as readonly unknown[]).includes(value) ? (value as A11yImpact) : 'moderate';
}

/** axe's target: one selector per frame or shadow boundary. */
function selectorText(target: AxeCore.UnlabelledFrameSelector): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | ');
}
