// Core Web Vitals thresholds (web.dev): good at or below `good`, poor above `poor`.
export interface Threshold {
  good: number;
  poor: number;
}

export const LCP_MS: Threshold = { good: 2500, poor: 4000 };
export const CLS: Threshold = { good: 0.1, poor: 0.25 };
export const INP_MS: Threshold = { good: 200, poor: 500 };
export const FCP_MS: Threshold = { good: 1800, poor: 3000 };
export const TTFB_MS: Threshold = { good: 800, poor: 1800 };

/** 1 when good, 0 when poor, linear in between. */
export function thresholdScore(value: number, t: Threshold): number {
  if (value <= t.good) return 1;
  if (value >= t.poor) return 0;
  return 1 - (value - t.good) / (t.poor - t.good);
}

/** A timing rated by its thresholds: pass when good, else fail with partial credit; na when not measured. */
export function timingResult(ms: number | null | undefined, t: Threshold) {
  if (ms === null || ms === undefined) return { outcome: 'na' as const, message: 'notMeasured' as const };
  const data = { seconds: (ms / 1000).toFixed(ms < 1000 ? 2 : 1), ms: Math.round(ms) };
  const score = thresholdScore(ms, t);
  return score === 1 ? { outcome: 'pass' as const, message: 'good' as const, data } : { outcome: 'fail' as const, message: 'slow' as const, data, score };
}
