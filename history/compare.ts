// The current site beside up to three competitors: per stage every site's score, who does it best,
// and the assets others have that this site lacks. Pure.
import type { AssetId } from '../engine/assets';
import { DEFAULT_CONFIG, STAGE_IDS, type AuditConfig, type StageId } from '../engine/config';
import { HISTORY_LIMITS } from './store';
import type { SiteKey, Snapshot } from './snapshot';

export interface SiteScore {
  site: SiteKey;
  score: number | null;
}

export interface ScoreRow {
  /** The current site first, then the competitors in the order given. */
  scores: SiteScore[];
  /** Every site with the highest score (ties: all of them); empty when no site was scored. */
  best: SiteKey[];
}

export interface MissingAsset {
  asset: AssetId;
  /** The competitors that have it. */
  haveIt: SiteKey[];
}

export interface StageComparison extends ScoreRow {
  id: StageId;
  /** Assets of the stage that this site was audited without and at least one competitor has. */
  missing: MissingAsset[];
}

export interface Comparison {
  sites: SiteKey[];
  overall: ScoreRow;
  stages: StageComparison[];
}

export interface CompareOptions {
  /** Assets this site is not judged on (its kind does not need them): never listed as lacking. */
  notJudged?: readonly AssetId[];
  config?: AuditConfig;
}

/** The current audit beside the competitors' (at most three; later ones are left out). */
export function compareSites(current: Snapshot, competitors: readonly Snapshot[], options: CompareOptions = {}): Comparison {
  const config = options.config ?? DEFAULT_CONFIG;
  const notJudged = new Set(options.notJudged ?? []);
  const others = competitors.filter((c) => c.site !== current.site).slice(0, HISTORY_LIMITS.competitors);
  const all = [current, ...others];
  const stageScore = (s: Snapshot, id: StageId) => s.stages.find((stage) => stage.id === id)?.score ?? null;
  return {
    sites: all.map((s) => s.site),
    overall: scoreRow(all.map((s) => ({ site: s.site, score: s.overall }))),
    stages: STAGE_IDS.map((id) => ({
      id,
      ...scoreRow(all.map((s) => ({ site: s.site, score: stageScore(s, id) }))),
      missing: config[id].assets
        .filter((asset) => !notJudged.has(asset) && current.assets[asset] === 'none')
        .map((asset) => ({ asset, haveIt: others.filter((o) => has(o, asset)).map((o) => o.site) }))
        .filter((m) => m.haveIt.length > 0),
    })),
  };
}

/** The newest audit of each site, newest site first. */
export function latestPerSite(entries: readonly Snapshot[]): Snapshot[] {
  const latest = new Map<SiteKey, Snapshot>();
  for (const entry of entries) {
    const seen = latest.get(entry.site);
    if (!seen || entry.scannedAt > seen.scannedAt) latest.set(entry.site, entry);
  }
  return [...latest.values()].sort((a, b) => b.scannedAt - a.scannedAt);
}

function scoreRow(scores: SiteScore[]): ScoreRow {
  const scored = scores.filter((s): s is { site: SiteKey; score: number } => s.score !== null);
  const top = Math.max(...scored.map((s) => s.score));
  return { scores, best: scored.filter((s) => s.score === top).map((s) => s.site) };
}

function has(snapshot: Snapshot, asset: AssetId): boolean {
  const presence = snapshot.assets[asset];
  return presence !== undefined && presence !== 'none';
}
