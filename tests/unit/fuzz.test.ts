// A fixed share of `npm run fuzz`: 200 mutated and random pages through every collector, with the same
// checks (no collector throws, the facts match the schema exactly, each case within its time budget).
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../scripts/fuzz/cases';
import { checkCase } from '../../scripts/fuzz/check';
import { caseSeed, createRng } from '../../scripts/fuzz/prng';
import { loadSeeds } from '../../scripts/fuzz/seeds';

const SEED = 20261204;
const CASES = 200;
// Generous next to the script's 2 s: other test files run beside this one on two cores.
const BUDGET_MS = 4000;

describe('fuzzing the collectors', () => {
  it('replays a case from the run seed and its number alone', () => {
    const a = createRng(caseSeed(7, 123));
    const b = createRng(caseSeed(7, 123));
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(caseSeed(7, 123)).not.toBe(caseSeed(7, 124));
    const seeds = loadSeeds();
    expect(buildCase(7, 5, seeds).doc.toString()).toBe(buildCase(7, 5, seeds).doc.toString());
  });

  it(`${CASES} cases pass every check`, async () => {
    const seeds = loadSeeds();
    expect(seeds.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (let index = 0; index < CASES; index++) {
      const fuzzCase = buildCase(SEED, index, seeds);
      const result = await checkCase(fuzzCase.doc, BUDGET_MS);
      for (const f of result.failures) failures.push(`--seed ${SEED} --case ${index}: ${f.kind} ${f.collector ?? ''} ${f.message}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
