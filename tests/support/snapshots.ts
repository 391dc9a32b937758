// Hand-built snapshots for the history tests: a site, a time and only the parts a test is about.
import { STAGE_IDS, type StageId } from '../../engine/config';
import { SNAPSHOT_VERSION, type Snapshot, type SnapshotPainPoint } from '../../history/snapshot';

export function snap(site: string, scannedAt: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    url: `https://${site}/`,
    site,
    scannedAt,
    overall: 50,
    kind: 'service',
    complete: true,
    stages: STAGE_IDS.map((id) => ({ id, score: 50 })),
    painPoints: [],
    assets: {},
    ...overrides,
  };
}

/** Stage scores in STAGE_IDS order (awareness … foundation). */
export function stageScores(...scores: (number | null)[]): Snapshot['stages'] {
  return STAGE_IDS.map((id, i) => ({ id, score: scores[i] ?? null }));
}

export function pain(rule: string, stage: StageId = 'conversion', overrides: Partial<SnapshotPainPoint> = {}): SnapshotPainPoint {
  return { rule, stage, outcome: 'fail', messageId: `${rule}/missing`, cost: 10, overallCost: 2.5, ...overrides };
}
