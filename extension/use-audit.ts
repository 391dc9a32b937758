// The popup's audit lifecycle: find the tab, show a cached audit or scan, then read the site's key
// pages while the first page's audit is already on screen; report why not when it cannot.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { axeSkipReason } from '../engine/axe-gate';
import type { Facts } from '../engine/facts';
import { readKeyPages, type SiteProgress } from '../site/read-site';
import { loadCachedFacts, saveFacts } from './audit-cache';
import { loadSettings } from './settings';
import { ScanError, scanTab } from './scan-tab';
import { runAxeInTab } from './run-axe';
import { tabPageSource } from './tab-pages';
import { classifyTab, unreadableContent, type BlockedReason, type TabInfo } from './tab-access';

export type AuditState =
  | { status: 'starting' }
  | { status: 'scanning' }
  /** `progress` is set while key pages are still being read: the audit shown fills in. */
  | { status: 'done'; facts: Facts; fromCache: boolean; progress: SiteProgress | null }
  | { status: 'blocked'; reason: BlockedReason; detail?: string };

/** The e2e build may name the tab in the URL, since automation cannot click the toolbar. */
export async function targetTab(): Promise<TabInfo | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    const wanted = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(wanted) && wanted > 0) return browser.tabs.get(wanted);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function useAudit(): { state: AuditState; rescan: () => void } {
  const [state, setState] = useState<AuditState>({ status: 'starting' });
  // One audit at a time: a rescan calls off the key pages the previous one was still reading.
  const current = useRef<AbortController | null>(null);

  const run = useCallback(async (force: boolean) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const live = () => !controller.signal.aborted;
    try {
      const verdict = classifyTab(await targetTab());
      if (!verdict.ok) return setState({ status: 'blocked', reason: verdict.reason });
      if (!force && verdict.url !== null) {
        const cached = await loadCachedFacts(verdict.tabId, verdict.url);
        if (cached) return setState({ status: 'done', facts: cached, fromCache: true, progress: null });
      }
      setState({ status: 'scanning' });
      const facts = await scanTab(verdict.tabId);
      const notHtml = unreadableContent(facts);
      if (notHtml) return setState({ status: 'blocked', reason: notHtml });
      if (!live()) return;
      const settings = await loadSettings();
      // The first page's audit shows now; accessibility (axe-core, in the tab) and the key pages
      // (fetched through the tab, read here) run side by side and fill it in.
      let latest = facts;
      let progress: SiteProgress = { done: 0, total: 0, current: null };
      let axe: Pick<Facts, 'accessibility' | 'errors'> | null = null;
      const withAxe = (site: Facts): Facts => (axe ? { ...site, ...axe, errors: [...site.errors, ...axe.errors] } : site);
      const show = (working: boolean) => live() && setState({ status: 'done', facts: withAxe(latest), fromCache: false, progress: working ? progress : null });
      show(true);
      const skipAxe = axeSkipReason(facts);
      const accessibility = (skipAxe ? Promise.reject(new Error(skipAxe)) : runAxeInTab(verdict.tabId)).then(
        (result) => (axe = { accessibility: result, errors: [] }),
        (error: unknown) => (axe = { errors: [{ collector: 'axe', message: (error instanceof Error ? error.message : String(error)).slice(0, 300) }] }),
      );
      latest = await readKeyPages(facts, {
        max: settings.keyPages,
        source: tabPageSource(verdict.tabId),
        signal: controller.signal,
        onProgress: (next, partial) => {
          progress = next;
          latest = partial;
          show(true);
        },
      });
      show(true);
      await accessibility;
      if (!live()) return;
      if (verdict.url !== null) await saveFacts(verdict.tabId, verdict.url, withAxe(latest));
      show(false);
    } catch (error) {
      if (!live()) return;
      if (error instanceof ScanError) setState({ status: 'blocked', reason: error.reason, detail: error.message });
      else setState({ status: 'blocked', reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run(false);
    return () => current.current?.abort();
  }, [run]);

  return { state, rescan: () => void run(true) };
}
