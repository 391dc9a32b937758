// Where an audit's time went (cf. Lighthouse's `timing.entries`): each phase of the run and each
// collector of the scan. A phase is timed by wrapping it: `await timings.time('axe', () => …)`.
import { z } from 'zod';
import type { ScanInfo } from './facts';

/** The phases of a CLI audit, in the order they run. */
export const PHASES = ['scan', 'keyPages', 'axe', 'rules', 'lighthouse'] as const;
export type Phase = (typeof PHASES)[number];

const ms = z.number().finite().nonnegative();

export const TimingsSchema = z.object({
  /** Wall time of the whole audit, from starting the browser to the finished report. */
  totalMs: ms,
  /** Wall time of each phase; null when the phase did not run. */
  phases: z.object(Object.fromEntries(PHASES.map((p) => [p, ms.nullable()])) as Record<Phase, z.ZodNullable<typeof ms>>),
  /** Time of each collector step inside the scan (from the scan's own timings). */
  collectors: z.record(z.string(), ms),
});
export type Timings = z.infer<typeof TimingsSchema>;

export class PhaseTimer {
  private readonly spent = new Map<Phase, number>();

  /** Runs `work` and adds its wall time to `phase`, whether it succeeds or throws. */
  async time<T>(phase: Phase, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.spent.set(phase, (this.spent.get(phase) ?? 0) + performance.now() - started);
    }
  }

  toJson(totalMs: number, scan: ScanInfo | undefined): Timings {
    const collectors: Record<string, number> = {};
    for (const { step, ms } of scan?.timings ?? []) collectors[step] = round((collectors[step] ?? 0) + ms);
    const phases = Object.fromEntries(PHASES.map((p) => [p, this.spent.has(p) ? round(this.spent.get(p)!) : null])) as Record<Phase, number | null>;
    return { totalMs: round(totalMs), phases, collectors };
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
