// --shard I/N: machine I of N takes every N-th URL of the list, starting at the I-th. Every machine reads
// the same list, so the shards cover it exactly once with no coordination between them (a CI matrix or an
// indexed job only has to hand each machine its I).
import { UsageError } from '../cli-error';

export const MAX_SHARDS = 1000;

export interface Shard {
  /** 1-based: which share this machine takes. */
  index: number;
  count: number;
}

/** Parses "I/N"; anything else, or I outside 1…N, or N beyond MAX_SHARDS, is a usage error. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) throw new UsageError('badShard', { max: MAX_SHARDS, value: value.slice(0, 40) });
  return { index, count };
}

/** Whether the item at 0-based `position` of the whole list belongs to this shard. */
export function inShard(position: number, shard: Shard): boolean {
  return position % shard.count === shard.index - 1;
}

/** This shard's items, in list order, each with its 0-based position in the whole list. */
export function takeShard<T>(items: readonly T[], shard: Shard): { item: T; position: number }[] {
  const taken: { item: T; position: number }[] = [];
  for (let position = shard.index - 1; position < items.length; position += shard.count) taken.push({ item: items[position]!, position });
  return taken;
}
