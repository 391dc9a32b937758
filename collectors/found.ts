// Accumulates what a detector saw into one Detection: strongest presence, items, capped evidence.
import { PRESENCE } from '../engine/asset-ids';
import type { Detection, Evidence } from '../engine/assets';
import { clip, LIMITS } from '../engine/limits';
import { selectorOf } from './page-index';

const MAX_EVIDENCE = 5;
/** Links kept even when content filled the evidence: a site audit follows them to the pages behind. */
const KEPT_LINKS = 2;

export class Found {
  private readonly evidence: Evidence[] = [];
  private readonly links: Evidence[] = [];
  private readonly items = new Set<string>();
  /** Text and address of the evidence kept, so that the same thing seen twice is kept once. */
  private readonly said = new Set<string>();
  private best: number = PRESENCE.length;

  add(kind: Evidence['kind'], detail: { text?: string; url?: string; el?: Element }, items: readonly string[] = []): this {
    this.best = Math.min(this.best, PRESENCE.indexOf(kind));
    for (const item of items) this.items.add(item);
    const keepLink = kind === 'link' && detail.url !== undefined && this.links.length < KEPT_LINKS;
    if (this.evidence.length < MAX_EVIDENCE || keepLink) {
      const ev: Evidence = { kind };
      if (detail.text) ev.text = clip(detail.text.slice(0, 1000).replace(/\s+/g, ' ').trim(), 200);
      if (detail.url) ev.url = clip(detail.url, 500);
      if (ev.text || ev.url) {
        const key = `${ev.text ?? ''}\u0000${ev.url ?? ''}`;
        if (this.said.has(key)) return this;
        this.said.add(key);
      }
      if (detail.el) ev.selector = clip(selectorOf(detail.el), 200);
      if (this.evidence.length < MAX_EVIDENCE) this.evidence.push(ev);
      if (keepLink) this.links.push(ev);
    }
    return this;
  }

  /** Whether an item was already reported: a vendor found one way is not added again another way. */
  has(item: string): boolean {
    return this.items.has(item);
  }

  get found(): boolean {
    return this.best < PRESENCE.length;
  }

  result(): Detection {
    if (!this.found) return { present: 'none', items: [], evidence: [] };
    // Content evidence first: it is what a reader can check on the page.
    const order = (e: Evidence) => PRESENCE.indexOf(e.kind);
    const evidence = [...this.evidence].sort((a, b) => order(a) - order(b));
    // The first links seen replace the last other evidence when content or scripts filled it.
    const missing = this.links.filter((link) => !evidence.includes(link));
    for (const link of missing) {
      const last = evidence.findLastIndex((e) => e.kind !== 'link');
      if (last < 0) break;
      evidence.splice(last, 1);
      evidence.push(link);
    }
    evidence.sort((a, b) => order(a) - order(b));
    return {
      present: PRESENCE[this.best]!,
      items: [...this.items].map((item) => clip(item, LIMITS.item)).slice(0, LIMITS.items),
      evidence,
    };
  }
}

