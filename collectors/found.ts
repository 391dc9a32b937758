// Accumulates what a detector saw into one Detection: strongest presence, items, capped evidence.
import { PRESENCE } from '../engine/asset-ids';
import type { Detection, Evidence } from '../engine/assets';
import { clip, LIMITS } from '../engine/limits';
import { selectorOf } from './page-index';

const MAX_EVIDENCE = 5;

export class Found {
  private readonly evidence: Evidence[] = [];
  private readonly items = new Set<string>();
  private best: number = PRESENCE.length;

  add(kind: Evidence['kind'], detail: { text?: string; url?: string; el?: Element }, items: readonly string[] = []): this {
    this.best = Math.min(this.best, PRESENCE.indexOf(kind));
    for (const item of items) this.items.add(item);
    if (this.evidence.length < MAX_EVIDENCE) {
      const ev: Evidence = { kind };
      if (detail.text) ev.text = clip(detail.text.slice(0, 1000).replace(/\s+/g, ' ').trim(), 200);
      if (detail.url) ev.url = clip(detail.url, 500);
      if (detail.el) ev.selector = clip(selectorOf(detail.el), 200);
      this.evidence.push(ev);
    }
    return this;
  }

  get found(): boolean {
    return this.best < PRESENCE.length;
  }

  result(): Detection {
    if (!this.found) return { present: 'none', items: [], evidence: [] };
    // Content evidence first: it is what a reader can check on the page.
    const order = (e: Evidence) => PRESENCE.indexOf(e.kind);
    return {
      present: PRESENCE[this.best]!,
      items: [...this.items].map((item) => clip(item, LIMITS.item)).slice(0, LIMITS.items),
      evidence: [...this.evidence].sort((a, b) => order(a) - order(b)),
    };
  }
}

