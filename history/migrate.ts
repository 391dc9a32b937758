// Stored snapshots of earlier versions, read and brought to the current one. Version 1 was written
// before sites had a kind and before pain points kept their outcome and message id.
import { z } from 'zod';
import { STAGE_IDS } from '../engine/config';
import { SNAPSHOT_VERSION, SnapshotAssetsSchema, SnapshotPainPointSchema, SnapshotSchema, SnapshotStageSchema, SiteKeySchema, type Snapshot } from './snapshot';

const SnapshotV1Schema = z.object({
  version: z.literal(1),
  url: z.string().min(1).max(2048),
  site: SiteKeySchema,
  scannedAt: z.number().int().nonnegative(),
  overall: z.number().int().min(0).max(100).nullable(),
  complete: z.boolean(),
  stages: z.array(SnapshotStageSchema).max(STAGE_IDS.length),
  painPoints: z.array(SnapshotPainPointSchema.pick({ rule: true, stage: true, cost: true, overallCost: true })).max(200),
  assets: SnapshotAssetsSchema,
});
export type SnapshotV1 = z.infer<typeof SnapshotV1Schema>;

function fromV1(old: SnapshotV1): Snapshot {
  return {
    ...old,
    version: SNAPSHOT_VERSION,
    kind: null,
    // Version 1 ranked only what cost points, and an unmet check is what costs them; a check to
    // review weighs nothing, so a pain point that cost nothing was one to review.
    painPoints: old.painPoints.map((p) => ({ ...p, outcome: p.overallCost > 0 ? 'fail' : 'review' })),
  };
}

/** A stored value as a current snapshot, or null when it is no snapshot this version can read
 *  (garbage, wrong types, or written by a newer Polku). */
export function readSnapshot(value: unknown): Snapshot | null {
  const current = SnapshotSchema.safeParse(value);
  if (current.success) return current.data;
  const v1 = SnapshotV1Schema.safeParse(value);
  return v1.success ? fromV1(v1.data) : null;
}
