// Every finished audit, kept per site, and the user's competitor marks. Storage is injected (the
// popup passes storage.local, tests an in-memory fake). Everything read is validated: an entry this
// version cannot read is dropped and counted, never a crash. Writes run one after another, so two
// saves in quick succession cannot overwrite each other's read-modify-write.
import { z } from 'zod';
import { readSnapshot } from './migrate';
import { SiteKeySchema, type SiteKey, type Snapshot } from './snapshot';

/** The part of storage.local the store uses. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const HISTORY_KEY = 'history';
export const COMPETITORS_KEY = 'competitors';

export const HISTORY_LIMITS = {
  /** Audits kept per site; the oldest goes first. */
  perSite: 20,
  /** Audits kept in all; the oldest goes first. */
  total: 200,
  /** Competitors marked per site. */
  competitors: 3,
  /** Sites with competitor marks; the least recently changed go first. */
  markedSites: 200,
};
export type HistoryLimits = typeof HISTORY_LIMITS;

/** Said to the user when stored entries could not be read and were dropped (i18n/history.ts). */
export interface HistoryNotice {
  id: 'droppedEntries';
  count: number;
}

export interface HistoryRead {
  /** Oldest first. */
  entries: Snapshot[];
  dropped: number;
  notice: HistoryNotice | null;
}

export interface SaveResult extends HistoryRead {
  /** Entries removed to stay within the caps. */
  evicted: number;
}

export type MarkResult = { ok: true; competitors: SiteKey[] } | { ok: false; reason: 'invalid' | 'self' | 'full'; competitors: SiteKey[] };

export interface HistoryStore {
  load(): Promise<HistoryRead>;
  /** Keeps the snapshot; the same audit saved again (same site and time) replaces the earlier copy. */
  save(snapshot: Snapshot): Promise<SaveResult>;
  clear(): Promise<void>;
  competitorsOf(site: SiteKey): Promise<{ competitors: SiteKey[]; dropped: number }>;
  markCompetitor(site: SiteKey, competitor: SiteKey): Promise<MarkResult>;
  unmarkCompetitor(site: SiteKey, competitor: SiteKey): Promise<SiteKey[]>;
}

export function createHistoryStore(area: StorageArea, limits: HistoryLimits = HISTORY_LIMITS): HistoryStore {
  const serial = serialQueue();

  async function readEntries(): Promise<{ entries: Snapshot[]; dropped: number }> {
    const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
    if (stored === undefined) return { entries: [], dropped: 0 };
    if (!Array.isArray(stored)) return { entries: [], dropped: 1 };
    const entries = stored.map(readSnapshot).filter((s): s is Snapshot => s !== null);
    return { entries: oldestFirst(entries), dropped: stored.length - entries.length };
  }

  async function readMarks(): Promise<{ marks: Map<SiteKey, SiteKey[]>; dropped: number }> {
    const stored = (await area.get(COMPETITORS_KEY))[COMPETITORS_KEY];
    const record = z.record(z.string(), z.unknown()).safeParse(stored ?? {});
    if (!record.success) return { marks: new Map(), dropped: 1 };
    const marks = new Map<SiteKey, SiteKey[]>();
    let dropped = 0;
    for (const [site, value] of Object.entries(record.data)) {
      const list = z.array(z.unknown()).safeParse(value);
      if (!SiteKeySchema.safeParse(site).success || !list.success) {
        dropped += 1;
        continue;
      }
      const valid = [...new Set(list.data.filter((c): c is SiteKey => SiteKeySchema.safeParse(c).success && c !== site))];
      dropped += list.data.length - valid.length;
      if (valid.length > 0) marks.set(site, valid.slice(0, limits.competitors));
    }
    return { marks, dropped };
  }

  async function writeMarks(marks: Map<SiteKey, SiteKey[]>): Promise<void> {
    await area.set({ [COMPETITORS_KEY]: Object.fromEntries([...marks].filter(([, list]) => list.length > 0).slice(-limits.markedSites)) });
  }

  return {
    load: () =>
      serial(async () => {
        const { entries, dropped } = await readEntries();
        // What could not be read is gone for good: written back without it, so the notice shows once.
        if (dropped > 0) await area.set({ [HISTORY_KEY]: entries });
        return { entries, dropped, notice: noticeFor(dropped) };
      }),

    save: (snapshot) =>
      serial(async () => {
        const { entries, dropped } = await readEntries();
        const others = entries.filter((e) => !(e.site === snapshot.site && e.scannedAt === snapshot.scannedAt));
        const all = oldestFirst([...others, snapshot]);
        const kept = capped(all, limits);
        await area.set({ [HISTORY_KEY]: kept });
        return { entries: kept, dropped, notice: noticeFor(dropped), evicted: all.length - kept.length };
      }),

    clear: () => serial(() => area.remove([HISTORY_KEY, COMPETITORS_KEY])),

    competitorsOf: (site) =>
      serial(async () => {
        const { marks, dropped } = await readMarks();
        return { competitors: marks.get(site) ?? [], dropped };
      }),

    markCompetitor: (site, competitor) =>
      serial(async (): Promise<MarkResult> => {
        const { marks } = await readMarks();
        const now = marks.get(site) ?? [];
        if (!SiteKeySchema.safeParse(site).success || !SiteKeySchema.safeParse(competitor).success) return { ok: false, reason: 'invalid', competitors: now };
        if (competitor === site) return { ok: false, reason: 'self', competitors: now };
        if (now.includes(competitor)) return { ok: true, competitors: now };
        if (now.length >= limits.competitors) return { ok: false, reason: 'full', competitors: now };
        const next = [...now, competitor];
        // Re-inserted last: the sites whose marks changed most recently are the ones kept.
        marks.delete(site);
        marks.set(site, next);
        await writeMarks(marks);
        return { ok: true, competitors: next };
      }),

    unmarkCompetitor: (site, competitor) =>
      serial(async () => {
        const { marks } = await readMarks();
        const next = (marks.get(site) ?? []).filter((c) => c !== competitor);
        marks.set(site, next);
        await writeMarks(marks);
        return next;
      }),
  };
}

/** Within the caps: per site, then in all, dropping the oldest first. Input and output oldest first. */
export function capped(entries: readonly Snapshot[], limits: Pick<HistoryLimits, 'perSite' | 'total'>): Snapshot[] {
  const perSite = new Map<SiteKey, number>();
  const keptNewestFirst: Snapshot[] = [];
  for (let i = entries.length - 1; i >= 0 && keptNewestFirst.length < limits.total; i--) {
    const entry = entries[i]!;
    const count = perSite.get(entry.site) ?? 0;
    if (count >= limits.perSite) continue;
    perSite.set(entry.site, count + 1);
    keptNewestFirst.push(entry);
  }
  return keptNewestFirst.reverse();
}

function oldestFirst(entries: Snapshot[]): Snapshot[] {
  return [...entries].sort((a, b) => a.scannedAt - b.scannedAt);
}

function noticeFor(dropped: number): HistoryNotice | null {
  return dropped > 0 ? { id: 'droppedEntries', count: dropped } : null;
}

/** Runs tasks one after another; a failed task does not stop the ones queued after it. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
