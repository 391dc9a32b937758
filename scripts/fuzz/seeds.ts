// The project's own pages, which the fuzzer grows its cases from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Seed } from './cases';

/** Every .html under tests/fixtures/sites and tests/fixtures/heldout*, in a fixed order. */
export function loadSeeds(root = 'tests/fixtures'): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of readdirSync(root).filter((d) => d === 'sites' || d.startsWith('heldout')).sort()) {
    const files = (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
    for (const file of files) seeds.push({ name: `${dir}/${file}`, html: readFileSync(join(root, dir, file), 'utf8') });
  }
  return seeds;
}
