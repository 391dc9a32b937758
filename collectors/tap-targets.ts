// WCAG 2.5.8 Target Size (Minimum) on measured rectangles: pure maths, no DOM.
// A target of at least 24 × 24 CSS px passes. A smaller one passes by spacing when a 24 px circle
// centred on it meets neither another target nor the circle of another undersized target.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const TARGET_MIN = 24;
const RADIUS = TARGET_MIN / 2;
/** Grid cells a bit wider than a circle: a circle's neighbours lie in at most the 3 × 3 cells around it. */
const CELL = 48;
/** A big target covers many cells; past this many cell entries in all, the rest is not placed (the answer is partial). */
const MAX_CELL_ENTRIES_PER_TARGET = 64;
/** Neighbours one target looks at; only a pile of overlapping big targets comes near it. */
const MAX_NEIGHBOURS = 200;

export interface SpacingResult {
  /** Indexes of undersized targets too close to another target, in input order. */
  crowded: number[];
  /** Some big targets were placed only in part: a neighbour may have been missed. */
  partial: boolean;
}

const undersized = (r: Rect) => r.width < TARGET_MIN || r.height < TARGET_MIN;
const centre = (r: Rect) => ({ cx: r.x + r.width / 2, cy: r.y + r.height / 2 });

/** Distance from a point to a rectangle (0 inside it). */
function distanceToRect(px: number, py: number, r: Rect): number {
  const dx = Math.max(r.x - px, 0, px - (r.x + r.width));
  const dy = Math.max(r.y - py, 0, py - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/**
 * Which undersized targets fail the spacing test. Linear in the number of targets: each target is
 * placed in the grid cells it covers (bounded per target) and each undersized one looks only at the
 * cells its circle can reach. `related(a, b)` may exempt pairs, e.g. a target nested in another.
 */
export function crowdedTargets(rects: readonly Rect[], related: (a: number, b: number) => boolean = () => false): SpacingResult {
  const grid = new Map<string, number[]>();
  const key = (gx: number, gy: number) => `${gx},${gy}`;
  let partial = false;
  rects.forEach((r, i) => {
    // Small targets are placed by their circle's box too, so two circles that touch meet in some cell.
    const pad = undersized(r) ? RADIUS : 0;
    const x0 = Math.floor((r.x - pad) / CELL);
    const x1 = Math.floor((r.x + r.width + pad) / CELL);
    const y0 = Math.floor((r.y - pad) / CELL);
    const y1 = Math.floor((r.y + r.height + pad) / CELL);
    let placed = 0;
    for (let gy = y0; gy <= y1; gy++) {
      for (let gx = x0; gx <= x1; gx++) {
        if (++placed > MAX_CELL_ENTRIES_PER_TARGET) {
          partial = true;
          return;
        }
        const cell = grid.get(key(gx, gy));
        if (cell) cell.push(i);
        else grid.set(key(gx, gy), [i]);
      }
    }
  });
  const crowded: number[] = [];
  rects.forEach((r, i) => {
    if (!undersized(r)) return;
    const { cx, cy } = centre(r);
    const seen = new Set<number>();
    const gx0 = Math.floor((cx - RADIUS) / CELL);
    const gy0 = Math.floor((cy - RADIUS) / CELL);
    for (let gy = gy0; gy <= Math.floor((cy + RADIUS) / CELL); gy++) {
      for (let gx = gx0; gx <= Math.floor((cx + RADIUS) / CELL); gx++) {
        for (const j of grid.get(key(gx, gy)) ?? []) {
          if (j === i || seen.has(j) || related(i, j)) continue;
          seen.add(j);
          if (seen.size > MAX_NEIGHBOURS) {
            partial = true;
            return;
          }
          if (conflicts(cx, cy, rects[j]!)) {
            crowded.push(i);
            return;
          }
        }
      }
    }
  });
  return { crowded, partial };
}

/** The circle at (cx, cy) meets the other target, or, when that one is undersized too, its circle. */
function conflicts(cx: number, cy: number, other: Rect): boolean {
  if (distanceToRect(cx, cy, other) < RADIUS) return true;
  if (!undersized(other)) return false;
  const o = centre(other);
  return Math.hypot(cx - o.cx, cy - o.cy) < TARGET_MIN;
}
