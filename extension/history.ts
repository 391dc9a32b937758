// The popup's glue to the audit history: storage.local behind the store, saving a freshly finished
// audit once, and a hook that keeps the history of the audited site and its competitor marks fresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { runAudit } from '../engine/audit';
import { DEFAULT_CONFIG } from '../engine/config';
import type { SiteKindId } from '../engine/site-kind';
import { createHistoryStore, COMPETITORS_KEY, HISTORY_KEY, type HistoryNotice, type HistoryStore } from '../history/store';
import { snapshotOfReport, type SiteKey, type Snapshot } from '../history/snapshot';
import { RULES } from '../rules';
import type { AuditState } from './use-audit';

let shared: HistoryStore | null = null;
/** One store per popup, so that its writes queue behind each other. */
export function historyStore(): HistoryStore {
  return (shared ??= createHistoryStore(browser.storage.local));
}

/** Entries dropped as unreadable in this popup, by a save or a read: said for as long as it is open
 *  (the store cleans them up at once, so no later read finds them again). */
let sessionNotice: HistoryNotice | null = null;

/**
 * The audit to keep, or null: only an audit that has just finished here (key pages read, accessibility
 * checked), never one re-shown from the cache (it was saved when it finished), one still filling in,
 * or a page that is not of a web site.
 */
export function snapshotToRecord(state: AuditState, kind: SiteKindId | null): Snapshot | null {
  if (state.status !== 'done' || state.fromCache || state.progress !== null) return null;
  return snapshotOfReport(runAudit(state.facts, RULES, DEFAULT_CONFIG, { kind }));
}

/** Saves each freshly finished audit. A change of kind re-scores it: saved again, it replaces the copy
 *  of the same audit (same site and time) rather than adding one. */
export function useHistoryRecorder(state: AuditState, kind: SiteKindId | null, store: () => HistoryStore = historyStore): void {
  useEffect(() => {
    const snapshot = snapshotToRecord(state, kind);
    if (!snapshot) return;
    void store()
      .save(snapshot)
      .then((result) => (sessionNotice = result.notice ?? sessionNotice))
      .catch(() => undefined);
  }, [state, kind, store]);
}

export interface HistoryView {
  loaded: boolean;
  /** Every saved audit, oldest first. */
  entries: Snapshot[];
  /** The competitors marked for the site. */
  competitors: SiteKey[];
  notice: HistoryNotice | null;
}

const EMPTY: HistoryView = { loaded: false, entries: [], competitors: [], notice: null };

/** The history and competitor marks of `site`, read again whenever another save changes them. */
export function useHistory(site: SiteKey | null, store: () => HistoryStore = historyStore) {
  const [view, setView] = useState<HistoryView>(EMPTY);
  const live = useRef(true);
  // A read that returns after the site changed must not show the last site's marks.
  const shownSite = useRef(site);
  shownSite.current = site;

  const reload = useCallback(async () => {
    if (!site) return;
    const [read, marks] = await Promise.all([store().load(), store().competitorsOf(site)]);
    sessionNotice = read.notice ?? sessionNotice;
    if (live.current && shownSite.current === site) setView((now) => ({ ...now, loaded: true, entries: read.entries, competitors: marks.competitors, notice: sessionNotice }));
  }, [site, store]);

  useEffect(() => {
    live.current = true;
    // Another site (a rescan after the tab moved on): nothing of the last one's marks may linger.
    setView(EMPTY);
    void reload().catch(() => undefined);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (HISTORY_KEY in changes || COMPETITORS_KEY in changes)) void reload().catch(() => undefined);
    };
    browser.storage?.onChanged.addListener(onChanged);
    return () => {
      live.current = false;
      browser.storage?.onChanged.removeListener(onChanged);
    };
  }, [reload]);

  const mark = useCallback(
    async (competitor: SiteKey) => {
      if (!site) return;
      const result = await store().markCompetitor(site, competitor);
      if (live.current) setView((now) => ({ ...now, competitors: result.competitors }));
    },
    [site, store],
  );
  const unmark = useCallback(
    async (competitor: SiteKey) => {
      if (!site) return;
      const competitors = await store().unmarkCompetitor(site, competitor);
      if (live.current) setView((now) => ({ ...now, competitors }));
    },
    [site, store],
  );
  return { view, mark, unmark };
}
