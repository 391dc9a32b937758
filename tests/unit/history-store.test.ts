// The audit history in storage: caps with the oldest dropped first, a v1 entry migrated, corrupt and
// future entries dropped with a notice, saves that never lose each other, and competitor marks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPETITORS_KEY, createHistoryStore, HISTORY_KEY, HISTORY_LIMITS } from '../../history/store';
import { memoryArea } from '../support/memory-storage';
import { pain, snap } from '../support/snapshots';

const v1Entries: unknown[] = JSON.parse(readFileSync('tests/fixtures/history/v1-entries.json', 'utf8'));

describe('saving and reading', () => {
  it('reads nothing from an empty storage, without a notice', async () => {
    expect(await createHistoryStore(memoryArea()).load()).toEqual({ entries: [], dropped: 0, notice: null });
  });

  it('keeps every audit, oldest first, and reads it back as saved', async () => {
    const store = createHistoryStore(memoryArea());
    const later = snap('b.fi', 2000, { painPoints: [pain('faq-available', 'consideration')] });
    await store.save(later);
    await store.save(snap('a.fi', 1000));
    const { entries, dropped } = await store.load();
    expect(entries.map((e) => [e.site, e.scannedAt])).toEqual([['a.fi', 1000], ['b.fi', 2000]]);
    expect(entries[1]).toEqual(later);
    expect(dropped).toBe(0);
  });

  it('saves the same audit once: saved again (a re-show, a change of kind) it replaces its copy', async () => {
    const store = createHistoryStore(memoryArea());
    await store.save(snap('a.fi', 1000, { kind: 'service', overall: 40 }));
    await store.save(snap('a.fi', 1000, { kind: 'shop', overall: 60 }));
    await store.save(snap('a.fi', 1001));
    const { entries } = await store.load();
    expect(entries.map((e) => [e.scannedAt, e.kind, e.overall])).toEqual([[1000, 'shop', 60], [1001, 'service', 50]]);
  });
});

describe('caps', () => {
  it(`keeps ${HISTORY_LIMITS.perSite} audits per site, dropping the oldest`, async () => {
    const store = createHistoryStore(memoryArea());
    const results = [];
    for (let i = 0; i < 25; i++) results.push(await store.save(snap('a.fi', 1000 + i)));
    await store.save(snap('b.fi', 1));
    const { entries } = await store.load();
    const times = entries.filter((e) => e.site === 'a.fi').map((e) => e.scannedAt);
    expect(times).toHaveLength(20);
    expect(times[0]).toBe(1005);
    expect(times.at(-1)).toBe(1024);
    // Another site's older audit is not what goes: the cap is per site.
    expect(entries.some((e) => e.site === 'b.fi')).toBe(true);
    expect(results.map((r) => r.evicted)).toEqual([...Array(20).fill(0), 1, 1, 1, 1, 1]);
  });

  it(`keeps ${HISTORY_LIMITS.total} audits in all, dropping the oldest of any site`, async () => {
    const store = createHistoryStore(memoryArea());
    // 12 sites × 20 audits, interleaved in time: 240, so the 40 oldest go.
    for (let round = 0; round < 20; round++) for (let site = 0; site < 12; site++) await store.save(snap(`s${site}.fi`, round * 100 + site));
    const { entries } = await store.load();
    expect(entries).toHaveLength(200);
    expect(entries[0]!.scannedAt).toBe(3 * 100 + 4);
    expect(Math.min(...entries.map((e) => e.scannedAt))).toBe(304);
    expect(entries.at(-1)!.scannedAt).toBe(19 * 100 + 11);
  });

  it('drops a rarely audited site’s old audit before a busy site’s newer ones', async () => {
    const store = createHistoryStore(memoryArea(), { ...HISTORY_LIMITS, total: 3 });
    await store.save(snap('rare.fi', 1));
    for (let i = 2; i <= 4; i++) await store.save(snap('busy.fi', i));
    expect((await store.load()).entries.map((e) => e.site)).toEqual(['busy.fi', 'busy.fi', 'busy.fi']);
  });
});

describe('migration', () => {
  it('reads version 1 entries as the current version: no kind, outcomes from what they cost', async () => {
    const store = createHistoryStore(memoryArea({ [HISTORY_KEY]: v1Entries }));
    const { entries, dropped, notice } = await store.load();
    expect(dropped).toBe(0);
    expect(notice).toBeNull();
    expect(entries).toHaveLength(2);
    const [old] = entries;
    expect(old).toMatchObject({ version: 2, site: 'kotisiivous.example.fi', kind: null, overall: 58, complete: true });
    expect(old!.painPoints.map((p) => [p.rule, p.outcome, p.messageId])).toEqual([
      ['privacy-policy', 'fail', undefined],
      ['faq-available', 'fail', undefined],
      ['business-email', 'review', undefined],
    ]);
    expect(old!.assets).toEqual({ 'contact.phone': 'content', 'contact.email': 'link', faq: 'none', 'trust.privacy': 'none' });
  });

  it('writes migrated entries back in the current version with the next save', async () => {
    const area = memoryArea({ [HISTORY_KEY]: v1Entries });
    await createHistoryStore(area).save(snap('a.fi', 1_770_000_000_000));
    const stored = area.data[HISTORY_KEY] as { version: number; kind?: unknown }[];
    expect(stored.map((e) => e.version)).toEqual([2, 2, 2]);
    expect(stored[0]!.kind).toBeNull();
  });
});

describe('corrupt entries', () => {
  const good = snap('good.fi', 5000);
  const stored = [
    'garbage',
    42,
    null,
    { ...good, overall: 'high' },
    { ...good, scannedAt: -1 },
    { ...good, site: 'Example.FI/<script>' },
    { ...good, stages: [{ id: 'bogus', score: 1 }] },
    { ...good, painPoints: [{ rule: 'x', stage: 'conversion', outcome: 'fail', cost: 500, overallCost: 1 }] },
    { ...good, version: 3 },
    { ...v1Entries[0] as object, version: 7 },
    { ...good, version: undefined },
    good,
  ];

  it('drops each unreadable entry, keeps the rest and says how many went', async () => {
    const area = memoryArea({ [HISTORY_KEY]: stored });
    const store = createHistoryStore(area);
    const read = await store.load();
    expect(read.entries).toEqual([good]);
    expect(read.dropped).toBe(stored.length - 1);
    expect(read.notice).toEqual({ id: 'droppedEntries', count: stored.length - 1 });
    // Gone for good: read again, nothing more to say.
    expect(await store.load()).toMatchObject({ entries: [good], dropped: 0, notice: null });
    expect(area.data[HISTORY_KEY]).toEqual([good]);
  });

  it('says so when a save is what found them', async () => {
    const result = await createHistoryStore(memoryArea({ [HISTORY_KEY]: stored })).save(snap('new.fi', 6000));
    expect(result.notice).toEqual({ id: 'droppedEntries', count: stored.length - 1 });
    expect(result.entries.map((e) => e.site)).toEqual(['good.fi', 'new.fi']);
  });

  it.each([['a string', 'history!'], ['an object', { a: 1 }], ['a number', 7]])('survives a history that is %s', async (_, value) => {
    const store = createHistoryStore(memoryArea({ [HISTORY_KEY]: value }));
    expect(await store.load()).toEqual({ entries: [], dropped: 1, notice: { id: 'droppedEntries', count: 1 } });
    await store.save(snap('a.fi', 1));
    expect((await store.load()).entries).toHaveLength(1);
  });

  it('ignores asset ids it does not know (a newer version wrote them) without dropping the entry', async () => {
    const store = createHistoryStore(memoryArea({ [HISTORY_KEY]: [{ ...good, assets: { faq: 'link', 'future.asset': 'content' } }] }));
    expect((await store.load()).entries[0]!.assets).toEqual({ faq: 'link' });
  });
});

describe('saves in quick succession', () => {
  const slow = () => Math.floor(Math.random() * 5);

  it('loses none: writes are queued', async () => {
    const store = createHistoryStore(memoryArea({}, slow));
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.save(snap(`s${i % 3}.fi`, 100 + i))));
    expect((await store.load()).entries.map((e) => e.scannedAt)).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
  });

  it('(the fake storage is racy: two unqueued writers do lose saves)', async () => {
    const area = memoryArea({}, () => 2);
    await Promise.all([createHistoryStore(area).save(snap('a.fi', 1)), createHistoryStore(area).save(snap('b.fi', 2))]);
    expect((area.data[HISTORY_KEY] as unknown[]).length).toBe(1);
  });

  it('goes on after a write that failed', async () => {
    const area = memoryArea();
    let failNext = true;
    const flaky = { ...area, set: async (items: Record<string, unknown>) => (failNext ? ((failNext = false), Promise.reject(new Error('quota'))) : area.set(items)) };
    const store = createHistoryStore(flaky);
    const [first, second] = await Promise.allSettled([store.save(snap('a.fi', 1)), store.save(snap('a.fi', 2))]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect((await store.load()).entries.map((e) => e.scannedAt)).toEqual([2]);
  });
});

describe('competitor marks', () => {
  it('marks up to three competitors per site, once each, never the site itself', async () => {
    const store = createHistoryStore(memoryArea());
    expect(await store.markCompetitor('a.fi', 'b.fi')).toEqual({ ok: true, competitors: ['b.fi'] });
    expect(await store.markCompetitor('a.fi', 'b.fi')).toEqual({ ok: true, competitors: ['b.fi'] });
    expect(await store.markCompetitor('a.fi', 'a.fi')).toEqual({ ok: false, reason: 'self', competitors: ['b.fi'] });
    await store.markCompetitor('a.fi', 'c.fi');
    await store.markCompetitor('a.fi', 'd.fi');
    expect(await store.markCompetitor('a.fi', 'e.fi')).toEqual({ ok: false, reason: 'full', competitors: ['b.fi', 'c.fi', 'd.fi'] });
    expect(await store.competitorsOf('a.fi')).toEqual({ competitors: ['b.fi', 'c.fi', 'd.fi'], dropped: 0 });
    expect((await store.competitorsOf('b.fi')).competitors).toEqual([]);
  });

  it('refuses what is not a site key', async () => {
    const store = createHistoryStore(memoryArea());
    for (const bad of ['', 'Not A Host', 'a.fi/<img>', 'x'.repeat(300)]) {
      expect(await store.markCompetitor('a.fi', bad)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(await store.markCompetitor(bad, 'a.fi')).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await store.competitorsOf('a.fi')).toEqual({ competitors: [], dropped: 0 });
  });

  it('unmarks, making room for another', async () => {
    const store = createHistoryStore(memoryArea());
    for (const c of ['b.fi', 'c.fi', 'd.fi']) await store.markCompetitor('a.fi', c);
    expect(await store.unmarkCompetitor('a.fi', 'c.fi')).toEqual(['b.fi', 'd.fi']);
    expect(await store.markCompetitor('a.fi', 'e.fi')).toEqual({ ok: true, competitors: ['b.fi', 'd.fi', 'e.fi'] });
    expect(await store.unmarkCompetitor('a.fi', 'nobody.fi')).toEqual(['b.fi', 'd.fi', 'e.fi']);
  });

  it('reads stored marks with zod: bad sites, bad lists and extra items dropped and counted', async () => {
    const area = memoryArea({
      [COMPETITORS_KEY]: {
        'a.fi': 'b.fi',
        'Bad Key!': ['b.fi'],
        'c.fi': ['d.fi', 42, 'c.fi', 'd.fi', 'e.fi', '<b>', 'f.fi', 'g.fi'],
      },
    });
    const store = createHistoryStore(area);
    // 'a.fi' and 'Bad Key!' (2), then in c.fi's list: 42, itself, the repeated d.fi, '<b>' (4).
    expect(await store.competitorsOf('c.fi')).toEqual({ competitors: ['d.fi', 'e.fi', 'f.fi'], dropped: 6 });
    expect((await store.competitorsOf('a.fi')).competitors).toEqual([]);
    await store.markCompetitor('x.fi', 'y.fi');
    expect(area.data[COMPETITORS_KEY]).toEqual({ 'c.fi': ['d.fi', 'e.fi', 'f.fi'], 'x.fi': ['y.fi'] });
  });

  it.each([['a string', 'oops'], ['a list', ['a.fi']], ['null', null]])('survives marks that are %s', async (_, value) => {
    const store = createHistoryStore(memoryArea({ [COMPETITORS_KEY]: value }));
    expect((await store.competitorsOf('a.fi')).competitors).toEqual([]);
    expect(await store.markCompetitor('a.fi', 'b.fi')).toEqual({ ok: true, competitors: ['b.fi'] });
  });

  it('keeps marks for a bounded number of sites, the most recently changed', async () => {
    const store = createHistoryStore(memoryArea(), { ...HISTORY_LIMITS, markedSites: 2 });
    for (const site of ['a.fi', 'b.fi', 'c.fi']) await store.markCompetitor(site, 'z.fi');
    expect((await store.competitorsOf('a.fi')).competitors).toEqual([]);
    await store.markCompetitor('b.fi', 'y.fi');
    await store.markCompetitor('d.fi', 'z.fi');
    // b.fi changed after c.fi: c.fi's marks go first.
    expect((await store.competitorsOf('c.fi')).competitors).toEqual([]);
    expect((await store.competitorsOf('b.fi')).competitors).toEqual(['z.fi', 'y.fi']);
    expect((await store.competitorsOf('d.fi')).competitors).toEqual(['z.fi']);
  });

  it('clears history and marks together', async () => {
    const area = memoryArea();
    const store = createHistoryStore(area);
    await store.save(snap('a.fi', 1));
    await store.markCompetitor('a.fi', 'b.fi');
    await store.clear();
    expect(area.data).toEqual({});
  });
});
