// Weighted means in the spirit of Lighthouse's scoring: pass and fail weigh; not-applicable and
// review results weigh 0, and a stage with nothing scored has no score. A check that could not run
// (its facts are missing, or it crashed) weighs as not met: a failed step must never make a site
// look better than a full audit would, so an incomplete score is a floor, and says so.
import type { Finding } from './rule';

export interface Weighted {
  score: number | null;
  weight: number;
}

export function weightedMean(parts: readonly Weighted[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { score, weight } of parts) {
    if (score === null || weight <= 0) continue;
    total += weight;
    sum += weight * score;
  }
  return total === 0 ? null : sum / total;
}

/** The score a finding contributes, or null when it must not weigh. */
export function findingScore(finding: Finding): number | null {
  if (finding.outcome === 'pass' || finding.outcome === 'fail') return finding.score;
  if (finding.outcome === 'error') return 0;
  return null;
}

export function toPercent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}
