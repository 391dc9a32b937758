// Key pages of a site audit, fetched from inside the audited tab (same origin, the user's own
// session, no host permission needed) and parsed here in the popup, where no page script runs
// and the audited page's main thread is not touched.
import { browser } from 'wxt/browser';
import { fetchInPage, KEY_PAGE_LIMITS } from '../site/fetch-in-page';
import { readFetchedPage } from '../site/read-page';
import type { PageSource } from '../site/read-site';

/** A fetch gets 5 s in the tab; the injection itself may take a moment more on a busy page. */
const INJECTION_SLACK_MS = 3000;

export function tabPageSource(tabId: number): PageSource {
  return {
    async fetch(url) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the tab did not answer')), KEY_PAGE_LIMITS.timeoutMs + INJECTION_SLACK_MS);
      });
      try {
        const injection = browser.scripting.executeScript({ target: { tabId }, func: fetchInPage, args: [url, KEY_PAGE_LIMITS] });
        const results = await Promise.race([injection, late]);
        return results?.[0]?.result;
      } finally {
        clearTimeout(timer);
      }
    },
    read: readFetchedPage,
  };
}
