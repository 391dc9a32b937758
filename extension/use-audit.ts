// The popup's audit lifecycle: find the tab, show a cached audit or scan, report why not.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Facts } from '../engine/facts';
import { loadCachedFacts, saveFacts } from './audit-cache';
import { ScanError, scanTab } from './scan-tab';
import { classifyTab, unreadableContent, type BlockedReason, type TabInfo } from './tab-access';

export type AuditState =
  | { status: 'starting' }
  | { status: 'scanning' }
  | { status: 'done'; facts: Facts; fromCache: boolean }
  | { status: 'blocked'; reason: BlockedReason; detail?: string };

/** The e2e build may name the tab in the URL, since automation cannot click the toolbar. */
async function targetTab(): Promise<TabInfo | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    const wanted = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(wanted) && wanted > 0) return browser.tabs.get(wanted);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function useAudit(): { state: AuditState; rescan: () => void } {
  const [state, setState] = useState<AuditState>({ status: 'starting' });

  const run = useCallback(async (force: boolean) => {
    try {
      const verdict = classifyTab(await targetTab());
      if (!verdict.ok) return setState({ status: 'blocked', reason: verdict.reason });
      if (!force && verdict.url !== null) {
        const cached = await loadCachedFacts(verdict.tabId, verdict.url);
        if (cached) return setState({ status: 'done', facts: cached, fromCache: true });
      }
      setState({ status: 'scanning' });
      const facts = await scanTab(verdict.tabId);
      const notHtml = unreadableContent(facts);
      if (notHtml) return setState({ status: 'blocked', reason: notHtml });
      if (verdict.url !== null) await saveFacts(verdict.tabId, verdict.url, facts);
      setState({ status: 'done', facts, fromCache: false });
    } catch (error) {
      if (error instanceof ScanError) setState({ status: 'blocked', reason: error.reason, detail: error.message });
      else setState({ status: 'blocked', reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run(false);
  }, [run]);

  return { state, rescan: () => void run(true) };
}
