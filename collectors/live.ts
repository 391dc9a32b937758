// The steps that need the live page, after the DOM collectors: Web Vitals, the Performance API and
// layout. Perf and mobile are timed into facts.scan.timings; a step that throws is named in
// facts.errors and leaves its slice missing, so the checks that need it show as unchecked.
import type { Facts } from '../engine/facts';
import { clip, LIMITS } from '../engine/limits';
import { defaultYield, runYielding, type Budget } from './budget';
import { collectMobile } from './mobile-layout';
import { collectPerf } from './perf';
import { startVitals } from './vitals';

type LiveSlice = 'vitals' | 'perf' | 'mobile';

export async function collectLive(facts: Facts, win: Window & typeof globalThis, budget: Budget, vitals = startVitals(win)): Promise<void> {
  // Time spent waiting on the page (its turn between slices, the Web Vitals wait) is not the scan's
  // work: a timing says how long the scan held the page's main thread.
  let waited = 0;
  const pause = async (wait: () => Promise<unknown>) => {
    const at = budget.elapsed();
    await wait();
    waited += budget.elapsed() - at;
  };
  const step = async <K extends LiveSlice>(name: K, run: () => Promise<Facts[K]> | Facts[K], timed = true): Promise<void> => {
    // Nothing is worth measuring for a caller that has gone; past the time budget the step is skipped.
    if (budget.stoppedBy === 'cancelled' || !budget.ok()) {
      if (facts.scan && facts.scan.skipped.length < LIMITS.skipped) facts.scan.skipped.push(name);
      return;
    }
    const started = budget.elapsed();
    waited = 0;
    try {
      facts[name] = await run();
    } catch (error) {
      if (facts.errors.length < LIMITS.errors) facts.errors.push({ collector: name, message: clip(error instanceof Error ? error.message : String(error), LIMITS.errorMessage) });
    } finally {
      const ms = Math.max(0, Math.round((budget.elapsed() - started - waited) * 10) / 10);
      if (timed && facts.scan && facts.scan.timings.length < LIMITS.timings) facts.scan.timings.push({ step: name, ms });
    }
  };
  // Web Vitals wait up to a quarter second from their start on buffered entries: not timed, as it holds nothing.
  await step('vitals', vitals, false);
  await step('perf', () => collectPerf(win, win.document));
  await step('mobile', () => runYielding(collectMobile(win, win.document, budget), budget, () => pause(defaultYield)));
}
