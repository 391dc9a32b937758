// One finished audit as history keeps it: ids and numbers only, no rendered text (texts are rendered
// when shown, in the language of that moment). Built from the popup's Report or the CLI's JSON.
import { z } from 'zod';
import { ASSET_IDS, PresenceSchema, type AssetId, type Presence } from '../engine/assets';
import type { Report } from '../engine/audit';
import { STAGE_IDS } from '../engine/config';
import type { ReportJson } from '../engine/report-json';
import { SITE_KINDS } from '../engine/site-kind';

export const SNAPSHOT_VERSION = 2;

const MAX_URL = 2048;
const MAX_PAIN_POINTS = 200;

/** "example.fi", "shop.example.fi:8080", "[::1]:3000": a URL's host (with a port other than the default), lower case, no leading "www.". */
export const SiteKeySchema = z
  .string()
  .min(1)
  .max(260)
  .regex(/^[a-z0-9._\-[\]:]+$/);
export type SiteKey = z.infer<typeof SiteKeySchema>;

const score = z.number().int().min(0).max(100).nullable();
export const SnapshotStageSchema = z.object({ id: z.enum(STAGE_IDS), score });

export const SnapshotPainPointSchema = z.object({
  rule: z.string().min(1).max(100),
  stage: z.enum(STAGE_IDS),
  outcome: z.enum(['fail', 'review', 'error']),
  /** The finding's message id: it picks the heading (a warning has a milder one). Absent when migrated from v1. */
  messageId: z.string().max(200).optional(),
  cost: z.number().int().min(0).max(100),
  overallCost: z.number().min(0).max(100),
});
export type SnapshotPainPoint = z.infer<typeof SnapshotPainPointSchema>;

/** Presence per asset id; ids this version does not know (a newer Polku wrote them) are left out, not fatal. */
export const SnapshotAssetsSchema = z
  .record(z.string().max(64), PresenceSchema)
  .refine((assets) => Object.keys(assets).length <= 2 * ASSET_IDS.length)
  .transform((assets) => Object.fromEntries(Object.entries(assets).filter(([id]) => isAssetId(id))) as Partial<Record<AssetId, Presence>>);

export const SnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  url: z.string().min(1).max(MAX_URL),
  site: SiteKeySchema,
  scannedAt: z.number().int().nonnegative(),
  overall: score,
  /** The kind of site the audit judged; null for audits saved before kinds existed (v1). */
  kind: z.enum(SITE_KINDS).nullable(),
  complete: z.boolean(),
  stages: z.array(SnapshotStageSchema).max(STAGE_IDS.length),
  painPoints: z.array(SnapshotPainPointSchema).max(MAX_PAIN_POINTS),
  assets: SnapshotAssetsSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** The site a URL belongs to, or null for what is not a web site (file:, about:, garbage). */
export function siteKeyOf(url: string | null | undefined): SiteKey | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const key = parsed.host.toLowerCase().replace(/^www\./, '');
  return SiteKeySchema.safeParse(key).success ? key : null;
}

/** The popup's audit as a snapshot; null when the page is not one of a web site. */
export function snapshotOfReport(report: Report): Snapshot | null {
  const site = siteKeyOf(report.url);
  if (!site || !report.url) return null;
  const assets: Partial<Record<AssetId, Presence>> = {};
  for (const stage of report.stages) for (const asset of stage.assets) assets[asset.id] = asset.detection?.present ?? 'none';
  return checked({
    version: SNAPSHOT_VERSION,
    url: report.url,
    site,
    scannedAt: Math.round(report.scannedAt),
    overall: report.overall,
    kind: report.siteKind.id,
    complete: !report.incomplete,
    stages: report.stages.map((s) => ({ id: s.id, score: s.score })),
    painPoints: report.painPoints.map((p) => ({
      rule: p.finding.ruleId,
      stage: p.stage,
      outcome: p.finding.outcome as SnapshotPainPoint['outcome'],
      messageId: p.finding.messageId,
      cost: p.cost,
      overallCost: roundCost(p.overallCost),
    })),
    assets,
  });
}

/** What a snapshot needs of the JSON report (the whole `ReportJson`, or the engine's body of it). */
export type SnapshotSource = Pick<ReportJson, 'url' | 'scannedAt' | 'overall' | 'siteKind' | 'complete' | 'stages' | 'painPoints' | 'findings' | 'assets'>;

/** The CLI's JSON report as a snapshot; null when its URL is not one of a web site or its date is unreadable. */
export function snapshotOfJson(json: SnapshotSource): Snapshot | null {
  const site = siteKeyOf(json.url);
  const scannedAt = Date.parse(json.scannedAt);
  if (!site || !Number.isFinite(scannedAt)) return null;
  const messageIds = new Map(json.findings.map((f) => [f.rule, f.messageId]));
  return checked({
    version: SNAPSHOT_VERSION,
    url: json.url,
    site,
    scannedAt,
    overall: json.overall,
    kind: json.siteKind.id,
    complete: json.complete,
    stages: json.stages.map((s) => ({ id: s.id, score: s.score })),
    painPoints: json.painPoints.map((p) => ({
      rule: p.rule,
      stage: p.stage,
      outcome: p.outcome,
      messageId: messageIds.get(p.rule),
      cost: p.cost,
      overallCost: roundCost(p.overallCost),
    })),
    assets: Object.fromEntries(Object.entries(json.assets).map(([id, detection]) => [id, detection.present])),
  });
}

/** Held to the schema it will be read back with: what cannot be read back is not written. */
function checked(snapshot: z.input<typeof SnapshotSchema>): Snapshot | null {
  const parsed = SnapshotSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/** One decimal, as the JSON report keeps it: enough to rank, and the same from either source. */
function roundCost(n: number): number {
  return Math.round(n * 10) / 10;
}

const ASSET_ID_SET: ReadonlySet<string> = new Set(ASSET_IDS);
function isAssetId(id: string): id is AssetId {
  return ASSET_ID_SET.has(id);
}
