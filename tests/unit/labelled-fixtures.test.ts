// The project's own labelled pages (tests/fixtures/heldout*, written for Polku by people who had not
// seen the detectors) must keep scoring: a regression here means a detector lost something real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/corpus';
import { emptyCounts, scores, tally, type Counts } from '../../bench/metrics';
import { collectFacts } from '../../collectors';
import { ASSET_IDS, type AssetId } from '../../engine/assets';
import { htmlDocument } from '../support/dom';

const pages = ['tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'tests/fixtures/heldout-3', 'tests/fixtures/heldout-4'].flatMap((dir) => loadCorpus(dir));
const counts = new Map<AssetId, Counts>(ASSET_IDS.map((id) => [id, emptyCounts()]));
const misses: string[] = [];
for (const page of pages) {
  const facts = collectFacts(htmlDocument(readFileSync(page.htmlPath, 'utf8'), page.url));
  for (const id of ASSET_IDS) {
    const expected = (page.label.assets[id]?.present ?? 'none') !== 'none';
    const predicted = (facts.assets[id]?.present ?? 'none') !== 'none';
    tally(counts.get(id)!, expected, predicted);
    if (expected !== predicted) misses.push(`${id} ${page.label.file} expected ${expected ? 'present' : 'none'}`);
  }
}

describe('labelled fixture pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(44);
  });
  it('every asset keeps precision ≥ 0.9 and recall ≥ 0.85', () => {
    const weak = ASSET_IDS.filter((id) => {
      const s = scores(counts.get(id)!);
      return s.precision < 0.9 || s.recall < 0.85;
    });
    expect(weak, misses.join('\n')).toEqual([]);
  });
  it('macro F1 stays ≥ 0.95', () => {
    const f1 = ASSET_IDS.map((id) => scores(counts.get(id)!).f1);
    expect(f1.reduce((a, b) => a + b, 0) / f1.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
