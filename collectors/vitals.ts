// Core Web Vitals read in the page with Google's web-vitals library. Runs only in a browser.
import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals';
import type { Vitals } from '../engine/facts';

/**
 * The scan happens after load, so the library reads buffered performance entries.
 * LCP is null when the page was hidden before painting (a background tab) or restored
 * from the back/forward cache: then there is nothing honest to report. INP is null until the
 * visitor has clicked, tapped or typed on the page (the usual case when the scan starts at once).
 */
export function measureVitals(win: Window & typeof globalThis, waitMs = 250): Promise<Vitals> {
  return startVitals(win, waitMs)();
}

/**
 * Starts listening now and answers `waitMs` after the start at the earliest: the scanner starts it
 * before reading the DOM, so the wait for buffered entries runs beside the collectors, not after.
 */
export function startVitals(win: Window & typeof globalThis, waitMs = 250): () => Promise<Vitals> {
  const startedAt = win.performance.now();
  const vitals: Required<Vitals> = { lcp: null, cls: null, fcp: null, ttfb: null, inp: null };
  const keep = (name: keyof Vitals) => (metric: Metric) => {
    vitals[name] = Math.max(0, metric.value);
  };
  const options = { reportAllChanges: true };
  onLCP(keep('lcp'), options);
  onCLS(keep('cls'), options);
  onFCP(keep('fcp'), options);
  onTTFB(keep('ttfb'), options);
  // Interactions before the scan are in the buffered event-timing entries; 16 ms is the least the browser reports.
  onINP(keep('inp'), { ...options, durationThreshold: 16 });
  return () => new Promise((resolve) => {
    win.setTimeout(() => {
      // No layout-shift entry at all means no shift happened: CLS is 0, as the library reports at page hide.
      const shiftObservable = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift') ?? false;
      if (vitals.cls === null && vitals.lcp !== null && shiftObservable) vitals.cls = 0;
      resolve({ ...vitals });
    }, Math.max(0, waitMs - (win.performance.now() - startedAt)));
  });
}
