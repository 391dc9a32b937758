// One time budget for a whole CLI audit (browser start, load, settle, scan, report). It keeps
// track of the stage the audit is in, so that running out can say where it got stuck.
import type { Locale } from '../engine/rule';
import { cliText } from '../i18n/cli';
import { ScanFailure } from './cli-error';

export class DeadlineExceeded extends ScanFailure {}

export class Deadline {
  /** Rejects with DeadlineExceeded when the budget is spent; race the audit against it. */
  readonly expired: Promise<never>;
  private readonly controller = new AbortController();
  private readonly startedAt = performance.now();
  private readonly timer: ReturnType<typeof setTimeout>;
  private stage: string;
  private hint = '';

  /** `locale`: the language of the message when the time runs out. */
  constructor(readonly budgetMs: number, private readonly locale: Locale = 'en') {
    this.stage = cliText(locale, 'stage_starting');
    this.expired = new Promise<never>((_, reject) => {
      this.controller.signal.addEventListener('abort', () => reject(this.controller.signal.reason as Error));
    });
    this.expired.catch(() => undefined); // nobody may be racing it when it fires
    this.timer = setTimeout(() => this.controller.abort(this.exceeded()), budgetMs);
  }

  /** Aborted when the budget is spent, with the DeadlineExceeded as its reason. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Names what the audit is doing now (in the deadline's language); `hint` says what running out here most likely means. */
  enter(stage: string, hint = ''): void {
    this.stage = stage;
    this.hint = hint;
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  remainingMs(): number {
    return Math.max(0, this.budgetMs - this.elapsedMs());
  }

  /** Stops the clock once the audit is over. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private exceeded(): DeadlineExceeded {
    const elapsed = (this.elapsedMs() / 1000).toFixed(1);
    return new DeadlineExceeded('gaveUp', { seconds: elapsed, stage: this.stage, timeout: this.budgetMs / 1000, hint: this.hint ? `: ${this.hint}` : '' });
  }
}
