// Asset ids are a contract with reports and the evaluation corpus (shared/JOURNEY.md).
import { z } from 'zod';
import { ASSET_IDS, PRESENCE } from './asset-ids';

export { ASSET_IDS, PRESENCE };

export const AssetIdSchema = z.enum(ASSET_IDS);
export type AssetId = z.infer<typeof AssetIdSchema>;

export const PresenceSchema = z.enum([...PRESENCE, 'none']);
export type Presence = z.infer<typeof PresenceSchema>;

const MAX_TEXT = 300;
const clipped = (max: number) => z.string().max(max);

export const EvidenceSchema = z.object({
  kind: z.enum(PRESENCE),
  text: clipped(MAX_TEXT).optional(),
  url: clipped(2048).optional(),
  selector: clipped(MAX_TEXT).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DetectionSchema = z.object({
  present: PresenceSchema,
  items: z.array(clipped(60)).max(50),
  evidence: z.array(EvidenceSchema).max(20),
});
export type Detection = z.infer<typeof DetectionSchema>;

export const NONE: Detection = Object.freeze({ present: 'none', items: [], evidence: [] }) as Detection;

export function isPresent(d: Detection | undefined): boolean {
  return d !== undefined && d.present !== 'none';
}
