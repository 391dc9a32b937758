// Shared reading of the accessibility slice for the rules that judge it: impact weights, the worst
// rules named for messages, and evidence from axe's selectors.
import type { A11yImpact, A11yViolation, AccessibilityFacts } from '../engine/accessibility';
import { A11Y_IMPACTS } from '../engine/accessibility';
import type { Evidence } from '../engine/assets';
import { LIMITS } from '../engine/limits';

/** How much one violated rule weighs against one passed rule (critical blocks use, minor annoys). */
export const IMPACT_WEIGHT: Record<A11yImpact, number> = { critical: 4, serious: 3, moderate: 2, minor: 1 };
/** A rule that never ran counts as the worst it could have found: a partial run is a floor. */
export const NOT_RUN_WEIGHT = IMPACT_WEIGHT.critical;

const rank = (impact: A11yImpact) => A11Y_IMPACTS.indexOf(impact);

/** Entries of one rule merged across stages (its worst impact, all its elements), worst first. */
export function byRule(violations: readonly A11yViolation[]): A11yViolation[] {
  const rules = new Map<string, A11yViolation>();
  for (const v of violations) {
    const seen = rules.get(v.id);
    if (!seen) rules.set(v.id, { ...v, selectors: [...v.selectors] });
    else {
      seen.count += v.count;
      if (rank(v.impact) < rank(seen.impact)) seen.impact = v.impact;
      seen.selectors.push(...v.selectors.slice(0, LIMITS.a11ySelectors - seen.selectors.length));
    }
  }
  return [...rules.values()].sort(worstFirst);
}

export function worstFirst(a: A11yViolation, b: A11yViolation): number {
  return rank(a.impact) - rank(b.impact) || b.count - a.count || a.id.localeCompare(b.id);
}

/** "label ×3, color-contrast ×1": the worst few rules with their element counts (axe ids are the same in every language). */
export function worstNames(violations: readonly A11yViolation[], max = 3): string {
  const sorted = [...violations].sort(worstFirst);
  const named = sorted.slice(0, max).map((v) => `${v.id} ×${v.count}`);
  return sorted.length > max ? `${named.join(', ')}, …` : named.join(', ');
}

export function elementCount(violations: readonly A11yViolation[]): number {
  return violations.reduce((sum, v) => sum + v.count, 0);
}

/** Each violation's first elements, worst rules first. */
export function a11yEvidence(violations: readonly A11yViolation[]): Evidence[] {
  return [...violations]
    .sort(worstFirst)
    .flatMap((v) => v.selectors.map((selector): Evidence => ({ kind: 'content', text: `${v.id} (${v.impact})`, selector })))
    .slice(0, LIMITS.evidence);
}

export function inStage(a11y: AccessibilityFacts, stage: A11yViolation['stage']): A11yViolation[] {
  return a11y.violations.filter((v) => v.stage === stage);
}
