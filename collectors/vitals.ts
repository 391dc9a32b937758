// Core Web Vitals read in the page with Google's web-vitals library. Runs only in a browser.
import { onCLS, onFCP, onLCP, onTTFB, type Metric } from 'web-vitals';
import type { Vitals } from '../engine/facts';

/**
 * The scan happens after load, so the library reads buffered performance entries.
 * LCP is null when the page was hidden before painting (a background tab) or restored
 * from the back/forward cache: then there is nothing honest to report.
 */
export function measureVitals(win: Window & typeof globalThis, waitMs = 250): Promise<Vitals> {
  const vitals: Vitals = { lcp: null, cls: null, fcp: null, ttfb: null };
  const keep = (name: keyof Vitals) => (metric: Metric) => {
    vitals[name] = Math.max(0, metric.value);
  };
  const options = { reportAllChanges: true };
  onLCP(keep('lcp'), options);
  onCLS(keep('cls'), options);
  onFCP(keep('fcp'), options);
  onTTFB(keep('ttfb'), options);
  return new Promise((resolve) => {
    win.setTimeout(() => {
      // No layout-shift entry at all means no shift happened: CLS is 0, as the library reports at page hide.
      const shiftObservable = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift') ?? false;
      if (vitals.cls === null && vitals.lcp !== null && shiftObservable) vitals.cls = 0;
      resolve({ ...vitals });
    }, waitMs);
  });
}
