// The current site beside its competitors: who does each stage best (ties: all; unscored: never), and
// the assets others have that this site lacks.
import { describe, expect, it } from 'vitest';
import { compareSites, latestPerSite } from '../../history/compare';
import { snap, stageScores } from '../support/snapshots';

const me = snap('me.fi', 1000, { overall: 60, stages: stageScores(80, 40, null, 10, null, 70), assets: { faq: 'none', 'proof.reviews': 'none', 'offer.pricing': 'link', 'contact.chat': 'none', 'commerce.cart': 'none' } });
const a = snap('a.fi', 900, { overall: 70, stages: stageScores(80, 55, 30, null, null, 60), assets: { faq: 'content', 'proof.reviews': 'none', 'contact.chat': 'script', 'commerce.cart': 'content' } });
const b = snap('b.fi', 800, { overall: 40, stages: stageScores(60, 55, 20, null, null, 70), assets: { faq: 'link', 'proof.reviews': 'content' } });

describe('compareSites', () => {
  const comparison = compareSites(me, [a, b]);
  const stage = (id: string) => comparison.stages.find((s) => s.id === id)!;

  it('lists this site first, then the competitors, with every site’s score per stage', () => {
    expect(comparison.sites).toEqual(['me.fi', 'a.fi', 'b.fi']);
    expect(comparison.stages.map((s) => s.id)).toEqual(['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation']);
    expect(stage('consideration').scores).toEqual([{ site: 'me.fi', score: 40 }, { site: 'a.fi', score: 55 }, { site: 'b.fi', score: 55 }]);
    expect(comparison.overall.best).toEqual(['a.fi']);
  });

  it('marks every site that ties for the best', () => {
    expect(stage('awareness').best).toEqual(['me.fi', 'a.fi']);
    expect(stage('consideration').best).toEqual(['a.fi', 'b.fi']);
    expect(stage('foundation').best).toEqual(['me.fi', 'b.fi']);
  });

  it('never makes an unscored site the best, and has no best when nobody was scored', () => {
    expect(stage('conversion').best).toEqual(['a.fi']);
    expect(stage('retention').best).toEqual(['me.fi']);
    expect(stage('advocacy').best).toEqual([]);
  });

  it('gives 0 its due: a zero beats an unscored site', () => {
    const zero = compareSites(snap('z.fi', 1, { stages: stageScores(0) }), [snap('n.fi', 1, { stages: stageScores(null) })]);
    expect(zero.stages[0]!.best).toEqual(['z.fi']);
  });

  it('lists per stage the assets others have and this site lacks, with who has each', () => {
    expect(stage('consideration').missing).toEqual([
      { asset: 'proof.reviews', haveIt: ['b.fi'] },
      { asset: 'faq', haveIt: ['a.fi', 'b.fi'] },
    ]);
    expect(stage('conversion').missing).toEqual([
      { asset: 'contact.chat', haveIt: ['a.fi'] },
      { asset: 'commerce.cart', haveIt: ['a.fi'] },
    ]);
    // Nothing listed where nobody has it, or where this site has it too.
    expect(stage('awareness').missing).toEqual([]);
  });

  it('does not call an asset lacking when this site was not judged on it, or never looked (unknown)', () => {
    const withoutCart = compareSites(me, [a, b], { notJudged: ['commerce.cart'] });
    expect(withoutCart.stages.find((s) => s.id === 'conversion')!.missing.map((m) => m.asset)).toEqual(['contact.chat']);
    const unknown = compareSites(snap('me.fi', 1, { assets: {} }), [a]);
    expect(unknown.stages.flatMap((s) => s.missing)).toEqual([]);
  });

  it('takes at most three competitors, and never this site against itself', () => {
    const many = ['c1.fi', 'c2.fi', 'c3.fi', 'c4.fi'].map((site) => snap(site, 1));
    expect(compareSites(me, [snap('me.fi', 500), ...many]).sites).toEqual(['me.fi', 'c1.fi', 'c2.fi', 'c3.fi']);
  });

  it('compares this site alone when no competitor is given', () => {
    const alone = compareSites(me, []);
    expect(alone.sites).toEqual(['me.fi']);
    expect(alone.stages.every((s) => s.missing.length === 0)).toBe(true);
    expect(alone.overall.best).toEqual(['me.fi']);
  });
});

describe('latestPerSite', () => {
  it('keeps each site’s newest audit, newest site first', () => {
    const latest = latestPerSite([snap('a.fi', 1), snap('b.fi', 5), snap('a.fi', 9), snap('c.fi', 3), snap('b.fi', 2)]);
    expect(latest.map((s) => [s.site, s.scannedAt])).toEqual([['a.fi', 9], ['b.fi', 5], ['c.fi', 3]]);
  });
});
