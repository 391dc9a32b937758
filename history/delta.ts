// What changed since the previous audit of the same site: scores up or down, pain points fixed and
// new. Pure.
import type { StageId } from '../engine/config';
import type { Snapshot, SnapshotPainPoint } from './snapshot';

export interface ScoreChange {
  before: number | null;
  now: number | null;
  /** now − before; null when either side was not scored. */
  change: number | null;
}

export interface StageDelta extends ScoreChange {
  id: StageId;
}

export interface HistoryDelta {
  /** When the previous audit ran (ms). */
  since: number;
  overall: ScoreChange;
  stages: StageDelta[];
  /** Pain points of the previous audit that this one no longer has (as they were then). */
  fixed: SnapshotPainPoint[];
  /** Pain points this audit has that the previous one did not. */
  added: SnapshotPainPoint[];
}

/** The latest audit of the same site that ran before `current`, or null. */
export function previousAudit(entries: readonly Snapshot[], current: Snapshot): Snapshot | null {
  let previous: Snapshot | null = null;
  for (const entry of entries) {
    if (entry.site !== current.site || entry.scannedAt >= current.scannedAt) continue;
    if (!previous || entry.scannedAt > previous.scannedAt) previous = entry;
  }
  return previous;
}

/** The change from `previous` to `current`; null when there is nothing to compare (no previous
 *  audit, or one of another site). */
export function deltaBetween(previous: Snapshot | null, current: Snapshot): HistoryDelta | null {
  if (!previous || previous.site !== current.site) return null;
  const before = new Map(previous.stages.map((s) => [s.id, s.score]));
  const nowRules = new Set(current.painPoints.map((p) => p.rule));
  const beforeRules = new Set(previous.painPoints.map((p) => p.rule));
  return {
    since: previous.scannedAt,
    overall: scoreChange(previous.overall, current.overall),
    stages: current.stages.map((s) => ({ id: s.id, ...scoreChange(before.get(s.id) ?? null, s.score) })),
    fixed: previous.painPoints.filter((p) => !nowRules.has(p.rule)),
    added: current.painPoints.filter((p) => !beforeRules.has(p.rule)),
  };
}

/** What changed since the previous audit of the current one's site in `entries`; null when none. */
export function deltaSince(entries: readonly Snapshot[], current: Snapshot): HistoryDelta | null {
  return deltaBetween(previousAudit(entries, current), current);
}

function scoreChange(before: number | null, now: number | null): ScoreChange {
  return { before, now, change: before === null || now === null ? null : now - before };
}
