// Weighted means in the spirit of Lighthouse's scoring: only pass and fail weigh;
// not-applicable, review and error results weigh 0, and a stage with nothing scored has no score.
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
  return null;
}

export function toPercent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}
