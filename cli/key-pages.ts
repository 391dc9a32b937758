// Key pages for the CLI, the same way the popup reads them: fetched from inside the audited page
// (same origin, the page's own cookies) in an isolated world, and parsed in a blank page of the
// CLI's own where no page script runs.
import type { BrowserContext, Page } from 'playwright-core';
import { fetchInPage, KEY_PAGE_LIMITS } from '../site/fetch-in-page';
import type { PageRead } from '../site/read-page';
import type { PageSource } from '../site/read-site';
import { evaluateIsolated } from './scan-page';

export async function cliPageSource(audited: Page, context: BrowserContext, readerSource: string): Promise<PageSource & { close(): Promise<void> }> {
  const reader = await context.newPage();
  await reader.evaluate(readerSource);
  return {
    fetch: async (url) => (await evaluateIsolated(audited, `(${fetchInPage.toString()})(${JSON.stringify(url)}, ${JSON.stringify(KEY_PAGE_LIMITS)})`, 'polku-pages', 'what_keyPages')).value,
    read: (raw) => reader.evaluate((input) => (globalThis as unknown as { polkuReadPage(raw: unknown): Promise<PageRead> }).polkuReadPage(input), raw),
    close: () => reader.close().catch(() => undefined),
  };
}
