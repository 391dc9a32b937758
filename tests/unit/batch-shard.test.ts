// --shard I/N: machines that each take their share of one list cover it exactly once.
import { describe, expect, it } from 'vitest';
import { inShard, MAX_SHARDS, parseShard, takeShard } from '../../cli/batch/shard';
import { thrownCliError } from '../support/thrown-cli-error';

describe('parseShard', () => {
  it('reads I/N with 1 ≤ I ≤ N ≤ 1000', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/7')).toEqual({ index: 3, count: 7 });
    expect(parseShard(' 2 / 4 ')).toEqual({ index: 2, count: 4 });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: MAX_SHARDS, count: MAX_SHARDS });
  });

  it.each(['0/4', '5/4', '1/0', '0/0', `1/${MAX_SHARDS + 1}`, '1', '1/', '/4', '-1/4', '1.5/4', '1/4.0', 'a/b', '1/4/8', '', '1e1/20', '0x1/4', '99999/99999'])(
    'rejects %j with a clear usage error',
    (value) => {
      const error = thrownCliError(() => parseShard(value));
            expect(error.key).toBe('badShard');
      expect(error.text('en')).toContain(`1 ≤ I ≤ N ≤ ${MAX_SHARDS}`);
      expect(error.text('fi')).toContain('--shard-valitsimelle');
    },
  );
});

describe('takeShard', () => {
  it('takes every N-th item from the I-th on, with its place in the whole list', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(takeShard(items, { index: 2, count: 3 })).toEqual([
      { item: 'b', position: 1 },
      { item: 'e', position: 4 },
    ]);
    expect(takeShard(items, { index: 1, count: 1 }).map((t) => t.item)).toEqual(items);
    expect(takeShard(items, { index: 9, count: 9 })).toEqual([]);
  });

  it('splits lists of every length into shards that partition them, in order, evenly', () => {
    for (const length of [0, 1, 2, 7, 10, 99, 100, 101, 1000]) {
      const items = Array.from({ length }, (_, i) => `site-${i}`);
      for (const count of [1, 2, 3, 4, 7, 10, 64, 1000]) {
        const shards = Array.from({ length: count }, (_, i) => takeShard(items, { index: i + 1, count }));
        const positions = shards.flatMap((shard) => shard.map((t) => t.position)).sort((a, b) => a - b);
        expect(positions, `${length} items / ${count} shards`).toEqual(items.map((_, i) => i));
        for (const [i, shard] of shards.entries()) {
          expect(shard.every((t) => items[t.position] === t.item && inShard(t.position, { index: i + 1, count }))).toBe(true);
          expect(shard.map((t) => t.position)).toEqual([...shard.map((t) => t.position)].sort((a, b) => a - b));
          expect(Math.abs(shard.length - length / count)).toBeLessThan(1);
        }
      }
    }
  });
});
