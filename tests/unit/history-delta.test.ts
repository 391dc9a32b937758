// What changed since the previous audit of the same site: score changes that survive unscored stages,
// pain points fixed and new by rule id, and nothing when there is nothing to compare.
import { describe, expect, it } from 'vitest';
import { deltaBetween, deltaSince, previousAudit } from '../../history/delta';
import { pain, snap, stageScores } from '../support/snapshots';

describe('previousAudit', () => {
  const current = snap('a.fi', 3000);
  it('is the latest earlier audit of the same site', () => {
    const entries = [snap('a.fi', 1000), snap('a.fi', 2000), snap('b.fi', 2500), current, snap('a.fi', 4000)];
    expect(previousAudit(entries, current)?.scannedAt).toBe(2000);
  });
  it('is null when the site has no earlier audit (the current one itself does not count)', () => {
    expect(previousAudit([snap('b.fi', 1000), current, snap('a.fi', 5000)], current)).toBeNull();
    expect(previousAudit([], current)).toBeNull();
  });
});

describe('deltaBetween', () => {
  it('gives the overall and every stage change with both sides', () => {
    const before = snap('a.fi', 1000, { overall: 60, stages: stageScores(70, 40, 55, 0, 30, 90) });
    const now = snap('a.fi', 2000, { overall: 64, stages: stageScores(70, 52, 50, 10, 30, 91) });
    const delta = deltaBetween(before, now)!;
    expect(delta.since).toBe(1000);
    expect(delta.overall).toEqual({ before: 60, now: 64, change: 4 });
    expect(delta.stages.map((s) => [s.id, s.change])).toEqual([
      ['awareness', 0], ['consideration', 12], ['conversion', -5], ['retention', 10], ['advocacy', 0], ['foundation', 1],
    ]);
  });

  it('has no change where either side was not scored, and never treats "not scored" as 0', () => {
    const before = snap('a.fi', 1000, { overall: null, stages: stageScores(null, 40, 0) });
    const now = snap('a.fi', 2000, { overall: 30, stages: stageScores(20, null, 0) });
    const delta = deltaBetween(before, now)!;
    expect(delta.overall).toEqual({ before: null, now: 30, change: null });
    expect(delta.stages.slice(0, 3)).toEqual([
      { id: 'awareness', before: null, now: 20, change: null },
      { id: 'consideration', before: 40, now: null, change: null },
      { id: 'conversion', before: 0, now: 0, change: 0 },
    ]);
  });

  it('gives a stage the previous audit did not have (an older version) as unscored before', () => {
    const before = snap('a.fi', 1000, { stages: [{ id: 'awareness', score: 10 }] });
    const delta = deltaBetween(before, snap('a.fi', 2000, { stages: stageScores(20, 30) }))!;
    expect(delta.stages[0]).toMatchObject({ before: 10, change: 10 });
    expect(delta.stages[1]).toEqual({ id: 'consideration', before: null, now: 30, change: null });
  });

  it('tells pain points fixed and new by rule id, whatever their cost or outcome did', () => {
    const before = snap('a.fi', 1000, { painPoints: [pain('privacy-policy'), pain('faq-available', 'consideration'), pain('page-title', 'awareness', { cost: 5 })] });
    const now = snap('a.fi', 2000, {
      painPoints: [pain('page-title', 'awareness', { cost: 30, outcome: 'review' }), pain('newsletter-signup', 'retention'), pain('https', 'foundation')],
    });
    const delta = deltaBetween(before, now)!;
    expect(delta.fixed.map((p) => p.rule)).toEqual(['privacy-policy', 'faq-available']);
    expect(delta.added.map((p) => p.rule)).toEqual(['newsletter-signup', 'https']);
    // As they were when found: a fixed one keeps its old stage and message.
    expect(delta.fixed[1]).toEqual(pain('faq-available', 'consideration'));
  });

  it('has nothing fixed or new when the same pain points remain', () => {
    const points = [pain('privacy-policy')];
    const delta = deltaBetween(snap('a.fi', 1, { painPoints: points }), snap('a.fi', 2, { painPoints: points }))!;
    expect([delta.fixed, delta.added]).toEqual([[], []]);
  });

  it('is null with nothing to compare: no previous audit, or one of another site', () => {
    expect(deltaBetween(null, snap('a.fi', 2000))).toBeNull();
    expect(deltaBetween(snap('b.fi', 1000), snap('a.fi', 2000))).toBeNull();
  });
});

describe('deltaSince', () => {
  it('compares with the previous audit in the history', () => {
    const current = snap('a.fi', 3000, { overall: 80 });
    const entries = [snap('a.fi', 1000, { overall: 10 }), snap('a.fi', 2000, { overall: 70 }), current];
    expect(deltaSince(entries, current)?.overall.change).toBe(10);
    expect(deltaSince([current], current)).toBeNull();
  });
});
