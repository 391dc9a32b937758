// Asset ids are a contract with reports and the evaluation corpus (shared/JOURNEY.md).
import { z } from 'zod';
import { ASSET_IDS, PRESENCE } from './asset-ids';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

export { ASSET_IDS, PRESENCE };

export const AssetIdSchema = z.enum(ASSET_IDS);
export type AssetId = z.infer<typeof AssetIdSchema>;

export const PresenceSchema = z.enum([...PRESENCE, 'none']);
export type Presence = z.infer<typeof PresenceSchema>;

function evidenceSchema(mode: SchemaMode) {
  return z.object({
    kind: z.enum(PRESENCE),
    text: text(LIMITS.evidenceText, mode).optional(),
    url: text(LIMITS.evidenceUrl, mode).optional(),
    selector: text(LIMITS.selector, mode).optional(),
    /** The page it was found on, when the audit read more than one. */
    page: text(LIMITS.evidenceUrl, mode).optional(),
  });
}

export function detectionSchema(mode: SchemaMode) {
  return z.object({
    present: PresenceSchema,
    items: list(text(LIMITS.item, mode), LIMITS.items, mode),
    evidence: list(evidenceSchema(mode), LIMITS.evidence, mode),
  });
}

export const EvidenceSchema = evidenceSchema('strict');
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DetectionSchema = detectionSchema('strict');
export type Detection = z.infer<typeof DetectionSchema>;

export const NONE: Detection = Object.freeze({ present: 'none', items: [], evidence: [] }) as Detection;

export function isPresent(d: Detection | undefined): boolean {
  return d !== undefined && d.present !== 'none';
}

/**
 * Evidence without repeats: the same text and address said twice (a link in the header and again in
 * the footer, a key page's copy of the start page's footer) is said once; the first one stays.
 * `byPage`: the same words on two pages count as two. Evidence with neither text nor address stays.
 */
export function uniqueEvidence(evidence: readonly Evidence[], byPage = true): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    if (!e.text && !e.url) return true;
    // A link said twice (header and footer) is one piece of evidence; elements without an address
    // (three unlabelled fields with one message) are told apart by where they are.
    const key = JSON.stringify([e.text ?? '', e.url ?? '', byPage ? (e.page ?? '') : '', e.url ? '' : (e.selector ?? '')]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
