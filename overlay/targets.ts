// Which evidence can be outlined on the audited tab, and how much of it one request may ask for.
// Pure: the popup decides here, the injected painter (overlay/paint.ts) only draws.
import type { AssetId, Evidence } from '../engine/assets';

/** One element to outline: a selector the collectors made (page-controlled text) and an optional tag. */
export interface OverlayTarget {
  selector: string;
  /** Shown beside the box ("Phone"): our own text, never page text. */
  label?: string;
}

/** At most this many selectors per request: the painter queries each once, so the work stays bounded. */
export const MAX_OVERLAY_TARGETS = 50;
/** A selector longer than the scanner ever writes (LIMITS.selector) is not one of ours. */
export const MAX_SELECTOR_LENGTH = 300;

/** Evidence found on the audited page itself; evidence of a key page lives in a document the tab does not show. */
export function isOnAuditedPage(evidence: Pick<Evidence, 'page'>, startPage: string): boolean {
  return !evidence.page || withoutHash(evidence.page) === withoutHash(startPage);
}

/** Evidence that names an element of the audited page, as a target; null when there is nothing to show. */
export function evidenceTarget(evidence: Evidence, startPage: string, label?: string): OverlayTarget | null {
  const selector = evidence.selector?.trim() ?? '';
  if (selector === '' || selector.length > MAX_SELECTOR_LENGTH) return null;
  if (!isOnAuditedPage(evidence, startPage)) return null;
  return label === undefined ? { selector } : { selector, label };
}

/** All showable evidence of one asset, in the order found, labelled with the asset's name. */
export function assetTargets(evidence: readonly Evidence[], startPage: string, label?: string): OverlayTarget[] {
  const targets: OverlayTarget[] = [];
  for (const ev of evidence) {
    const target = evidenceTarget(ev, startPage, label);
    if (target) targets.push(target);
  }
  return capTargets([targets]);
}

export interface FoundAsset {
  id: AssetId;
  evidence: readonly Evidence[];
}

/** "Show all" of a stage: every found asset's showable evidence, each asset named by `nameOf`. */
export function stageTargets(assets: readonly FoundAsset[], startPage: string, nameOf: (id: AssetId) => string): OverlayTarget[] {
  return capTargets(assets.map((asset) => assetTargets(asset.evidence, startPage, nameOf(asset.id))));
}

/**
 * Merges groups (one per asset) into one request: a selector once, taken in turns, so that
 * every asset gets its first box before any asset gets its second, and at most `max` in all.
 */
export function capTargets(groups: readonly (readonly OverlayTarget[])[], max = MAX_OVERLAY_TARGETS): OverlayTarget[] {
  const picked: OverlayTarget[] = [];
  const seen = new Set<string>();
  const longest = groups.reduce((n, group) => Math.max(n, group.length), 0);
  for (let round = 0; round < longest && picked.length < max; round++) {
    for (const group of groups) {
      const target = group[round];
      if (!target || seen.has(target.selector)) continue;
      seen.add(target.selector);
      picked.push(target);
      if (picked.length >= max) break;
    }
  }
  return picked;
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
