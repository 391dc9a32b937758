// The scan's work budget: time, nodes and a way for its caller to call it off. The scan runs in the
// audited page's main thread, so it works in slices and yields between them (the page stays
// responsive), and it stops, reporting what it skipped, when the budget is spent.
import type { ScanInfo } from '../engine/facts';

export type StopReason = NonNullable<ScanInfo['stoppedBy']>;

export interface BudgetLimits {
  /** The whole scan's time, in ms. */
  timeMs: number;
  /** Elements the page walk visits at most; a bigger page is read in part. */
  maxNodes: number;
  /** Longest stretch of work before yielding to the page, in ms (a long task is 50 ms). */
  sliceMs: number;
  /** Share of the time the page walk may take, so collectors still get theirs on a huge page. */
  walkShare: number;
}

export const SCAN_BUDGET: BudgetLimits = { timeMs: 8000, maxNodes: 400_000, sliceMs: 30, walkShare: 0.6 };

export class Budget {
  stoppedBy: StopReason | null = null;
  private readonly startedAt: number;
  private sliceAt: number;
  private cancelled = false;

  constructor(
    readonly limits: BudgetLimits = SCAN_BUDGET,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.startedAt = clock();
    this.sliceAt = this.startedAt;
  }

  elapsed(): number {
    return this.clock() - this.startedAt;
  }

  /** The caller has gone: stop at the next check. */
  cancel(): void {
    this.cancelled = true;
  }

  /** True while there is time left (within `share` of the whole) and the caller still waits. Only
   *  the whole budget running out stops the scan; a part that used its share just ends early
   *  (the walk then says the page was read in part). */
  ok(share = 1): boolean {
    if (this.cancelled) this.stoppedBy = 'cancelled';
    else if (this.elapsed() > this.limits.timeMs * share) {
      if (share >= 1) this.stoppedBy ??= 'time';
    } else return true;
    return false;
  }

  noteNodeLimit(): void {
    this.stoppedBy ??= 'nodes';
  }

  /** The current slice is used up: time to yield to the page. */
  get sliceSpent(): boolean {
    return this.clock() - this.sliceAt >= this.limits.sliceMs;
  }

  startSlice(): void {
    this.sliceAt = this.clock();
  }
}

/** Work written as a generator yields where it may pause; these drivers run it. */
export type Steps<T> = Generator<void, T, void>;

/** Runs to the end without pausing (tests, Node). The budget still stops the work. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the work and gives the page its turn whenever a slice is spent. */
export async function runYielding<T>(steps: Steps<T>, budget: Budget, yieldToPage: () => Promise<void> = defaultYield): Promise<T> {
  budget.startSlice();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (budget.sliceSpent) {
      await yieldToPage();
      budget.startSlice();
    }
  }
}

/**
 * A posted message queues the scan behind every task already waiting: the page's own timers,
 * input, messages and rendering all go first. (scheduler.yield would put the scan ahead of the
 * page's tasks, and setTimeout is clamped to 4 ms and throttled in background tabs.)
 */
export function defaultYield(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
