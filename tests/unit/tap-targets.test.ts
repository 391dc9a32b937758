// WCAG 2.5.8 spacing on rectangles, and that it stays linear.
import { describe, expect, test } from 'vitest';
import { crowdedTargets, type Rect } from '../../collectors/tap-targets';

const box = (x: number, y: number, width = 16, height = 16): Rect => ({ x, y, width, height });

describe('crowdedTargets', () => {
  test('targets of 24 × 24 or more pass whatever their spacing', () => {
    expect(crowdedTargets([box(0, 0, 24, 24), box(24, 0, 24, 24), box(48, 0, 30, 40)]).crowded).toEqual([]);
  });
  test('two small targets whose 24 px circles meet both fail', () => {
    // Centres 20 px apart: the circles (radius 12) overlap.
    expect(crowdedTargets([box(0, 0), box(20, 0)]).crowded).toEqual([0, 1]);
  });
  test('small targets spaced 24 px centre to centre pass (circles touch, do not intersect)', () => {
    expect(crowdedTargets([box(0, 0), box(24, 0), box(48, 0)]).crowded).toEqual([]);
  });
  test('a small target whose circle reaches a big neighbour fails; the big one does not', () => {
    // The small target's centre is at x = 8: a big target from x = 18 is 10 px away (inside the 12 px radius), from x = 21 13 px.
    expect(crowdedTargets([box(0, 0), box(18, 0, 100, 40)]).crowded).toEqual([0]);
    expect(crowdedTargets([box(0, 0), box(21, 0, 100, 40)]).crowded).toEqual([]);
  });
  test('diagonal neighbours are measured by distance, not by boxes', () => {
    // Centres (8,8) and (26,26): 25.5 px apart, circles clear.
    expect(crowdedTargets([box(0, 0), box(18, 18)]).crowded).toEqual([]);
    // Centres 22.6 px apart: they meet.
    expect(crowdedTargets([box(0, 0), box(16, 16)]).crowded).toEqual([0, 1]);
  });
  test('related pairs (one nested in the other) are not neighbours', () => {
    expect(crowdedTargets([box(0, 0), box(4, 4, 8, 8)], () => true).crowded).toEqual([]);
    expect(crowdedTargets([box(0, 0), box(4, 4, 8, 8)]).crowded).toEqual([0, 1]);
  });
  test('agrees with the quadratic definition on random layouts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const rects = Array.from({ length: 60 }, () => box(random() * 300, random() * 300, 8 + random() * 30, 8 + random() * 30));
      expect(crowdedTargets(rects).crowded).toEqual(bruteForce(rects));
    }
  });
  test('is linear: a long page of 20,000 small targets takes well under a second', () => {
    const rects = Array.from({ length: 20_000 }, (_, i) => box((i % 40) * 30, Math.floor(i / 40) * 20));
    const started = performance.now();
    const result = crowdedTargets(rects);
    expect(performance.now() - started).toBeLessThan(1000);
    // Rows 20 px apart: every target's circle meets the one above or below.
    expect(result.crowded.length).toBe(20_000);
  });
  test('a pile of full-page targets is placed in part and says so, without quadratic work', () => {
    const rects = [box(10, 10), ...Array.from({ length: 5_000 }, () => box(0, 0, 5000, 5000))];
    const started = performance.now();
    const result = crowdedTargets(rects);
    expect(result.partial).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

function bruteForce(rects: Rect[]): number[] {
  const small = (r: Rect) => r.width < 24 || r.height < 24;
  const c = (r: Rect) => [r.x + r.width / 2, r.y + r.height / 2] as const;
  const toRect = (px: number, py: number, r: Rect) => Math.hypot(Math.max(r.x - px, 0, px - r.x - r.width), Math.max(r.y - py, 0, py - r.y - r.height));
  return rects.flatMap((r, i) => {
    if (!small(r)) return [];
    const [x, y] = c(r);
    const hit = rects.some((o, j) => j !== i && (toRect(x, y, o) < 12 || (small(o) && Math.hypot(x - c(o)[0], y - c(o)[1]) < 24)));
    return hit ? [i] : [];
  });
}
