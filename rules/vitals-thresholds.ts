// Core Web Vitals thresholds (web.dev): good at or below `good`, poor above `poor`.
export interface Threshold {
  good: number;
  poor: number;
}

export const LCP_MS: Threshold = { good: 2500, poor: 4000 };
export const CLS: Threshold = { good: 0.1, poor: 0.25 };

/** 1 when good, 0 when poor, linear in between. */
export function thresholdScore(value: number, t: Threshold): number {
  if (value <= t.good) return 1;
  if (value >= t.poor) return 0;
  return 1 - (value - t.good) / (t.poor - t.good);
}
