// --fail-under N for CI: the batch exits 3 when any site scores below N. A site that has no score —
// its audit failed, it was never started, or its overall score could not be computed — counts as below:
// a gate must not pass on what it could not check.
import { UsageError } from '../cli-error';
import type { SiteResult } from './run-batch';

export const EXIT_BELOW_THRESHOLD = 3;

/** Parses N: a number from 0 to 100 (a fraction is allowed: 70.5 lets 71 pass and stops 70). */
export function parseFailUnder(value: string): number {
  const n = /^\s*\d{1,3}(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new UsageError('badFailUnder', { value: value.slice(0, 40) });
  return n;
}

/** The sites that do not reach the threshold, in list order. */
export function sitesBelow(results: readonly SiteResult[], threshold: number): SiteResult[] {
  return results.filter((result) => {
    const overall = result.ok ? result.report?.overall : null;
    return overall === null || overall === undefined || overall < threshold;
  });
}

/** 3 when a site is below the threshold, else 0; no threshold (the option not given) is always 0. */
export function failUnderExitCode(results: readonly SiteResult[], threshold: number | undefined): 0 | 3 {
  if (threshold === undefined) return 0;
  return sitesBelow(results, threshold).length > 0 ? EXIT_BELOW_THRESHOLD : 0;
}
