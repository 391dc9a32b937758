// Hostile and extreme pages against the built extension: each audit must end in a clear state
// (scores, a partial audit that says so, or a plain reason), the audited page must still respond,
// and nothing from the page may become markup in the popup. Pages: tests/support/hostile-site.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, readPopup, type ExtensionBrowser, type OpenTabOptions } from '../support/extension-browser';
import { startHostileSite, type HostileSite } from '../support/hostile-site';

let site: HostileSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startHostileSite();
  browser = await launchExtensionBrowser({ locale: 'en' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Outcome {
  page: Page;
  popup: Page;
  /** 'audit' when scores are shown, else the blocked reason. */
  state: string;
  incompleteText: string | null;
}

/** Opens a hostile page and its popup, and waits for the popup to settle on scores or a reason. */
async function auditOf(path: string, tabOptions: OpenTabOptions = {}, timeout = 30_000): Promise<Outcome> {
  const { page, tabId } = await browser.openTab(site.url(path), tabOptions);
  return auditTab(page, tabId, timeout);
}

async function auditTab(page: Page, tabId: number, timeout = 30_000): Promise<Outcome> {
  const popup = await browser.openPopup(tabId);
  await popup.waitForFunction(
    () => {
      const overall = document.querySelector('[data-testid="overall-score"]');
      const status = document.querySelector('[data-testid="audit-status"]');
      // Finished: key pages read too (the first page's audit shows while they are).
      const reading = document.querySelector('[data-testid="site-progress"]');
      return (overall && /^\s*\d{1,3}\s*$/.test(overall.textContent ?? '') && !status && !reading) || status?.getAttribute('data-reason');
    },
    undefined,
    { timeout, polling: 100 },
  );
  const status = await popup.evaluate(() => {
    const el = document.querySelector('[data-testid="audit-status"]');
    return el ? `${el.getAttribute('data-reason')}: ${el.textContent}` : 'audit';
  });
  // The reason alone, so tests compare it; the text shows in a failure message.
  const state = status.split(':')[0]!;
  if (state !== 'audit') console.log(`[hostile] ${page.url()}: ${status}`);
  const notice = popup.locator('[data-testid="incomplete"]');
  const incompleteText = (await notice.count()) > 0 ? await notice.innerText() : null;
  return { page, popup, state, incompleteText };
}

/** The audited page answers a script within a few seconds: the scan did not freeze it. */
async function expectResponsive(page: Page): Promise<void> {
  const answer = await Promise.race([page.evaluate(() => 1 + 1), new Promise((resolve) => setTimeout(() => resolve('frozen'), 5_000))]);
  expect(answer, 'the audited page stopped responding').toBe(2);
}

const presence = (popup: Page, asset: string) => popup.locator(`[data-asset="${asset}"]`).first().getAttribute('data-present');

describe('hostile pages in the popup', () => {
  let base: number;

  test('the plain page audits completely', async () => {
    const { popup, state, incompleteText } = await auditOf('/base');
    expect(state).toBe('audit');
    expect(incompleteText).toBeNull();
    base = (await readPopup(popup)).overall;
    await popup.close();
  });

  test('long runs that make backtracking patterns blow up: the audit ends and the tab responds', async () => {
    const { page, popup, state } = await auditOf('/redos');
    expect(state).toBe('audit');
    await expectResponsive(page);
    await popup.close();
  });

  test('a 30 MB page: the audit ends in time, says if it is partial, and the tab responds', async () => {
    const { page, tabId } = await browser.openTab(site.url('/huge'), { waitUntil: 'load' });
    // Long tasks on the page's main thread from here on are the scan's (the page itself is idle).
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask' });
    });
    const { popup, state, incompleteText } = await auditTab(page, tabId, 40_000);
    expect(state).toBe('audit');
    await expectResponsive(page);
    console.log(`[hostile] 30 MB page: longest task while scanning ${Math.round(await page.evaluate(() => (window as unknown as { __longest: number }).__longest))} ms; notice: ${incompleteText ?? 'none'}`);
    await popup.close();
  });

  test('an oversized lang attribute is clipped, not fatal', async () => {
    const { popup, state } = await auditOf('/long-lang');
    expect(state).toBe('audit');
    await popup.close();
  });

  test('a JSON-LD array of 300,000 items neither breaks the audit nor raises the score', async () => {
    const { popup, state, incompleteText } = await auditOf('/jsonld-bomb');
    expect(state).toBe('audit');
    // Past its cap the structured data is left unread, and the popup says the page was read in part.
    expect(incompleteText).toContain('holds more than Polku reads');
    // Never better than the plain page (its megabytes of markup may rightly cost it on page weight).
    expect((await readPopup(popup)).overall).toBeLessThanOrEqual(base);
    await popup.close();
  });

  test('a redirect loop is reported as a page that did not load, not as a protected page', async () => {
    const { popup, state } = await auditOf('/loop', { allowNavigationError: true });
    expect(state).toBe('errorPage');
    expect(await popup.locator('[data-testid="audit-status"]').innerText()).toContain('did not load');
    await popup.close();
  });

  test('a crashed tab is reported as such', async () => {
    const { page, tabId } = await browser.openTab(site.url('/base'));
    const cdp = await browser.context.newCDPSession(page);
    // Page.crash never answers: the renderer it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash', { timeout: 5_000 });
    const popup = await browser.openPopup(tabId);
    await popup.locator('[data-testid="audit-status"][data-reason]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-testid="audit-status"]').getAttribute('data-reason')).toBe('unloaded');
    await popup.close();
  });

  test('a page that never finishes loading is audited from its DOM, and says it was still loading', async () => {
    const { popup, state, incompleteText } = await auditOf('/never-ends', { waitUntil: 'commit' });
    expect(state).toBe('audit');
    expect(incompleteText).toContain('not finished loading');
    expect(await presence(popup, 'contact.phone')).toBe('content');
    await popup.close();
  });

  test('a contact form inside a same-origin iframe is found', async () => {
    const { popup, state } = await auditOf('/iframe-form', { waitUntil: 'load' });
    expect(state).toBe('audit');
    expect(await presence(popup, 'contact.form')).toBe('content');
    await popup.close();
  });

  test('contact details in open, declarative and closed shadow roots are found', async () => {
    const { popup, state } = await auditOf('/shadow', { waitUntil: 'load' });
    expect(state).toBe('audit');
    expect(await presence(popup, 'contact.phone')).toBe('content');
    expect(await presence(popup, 'contact.email')).toBe('content');
    expect(await presence(popup, 'contact.form')).toBe('content');
    await popup.close();
  });

  test('markup and script in page text stay text; broken built-ins and a strict CSP change nothing', async () => {
    const { page, popup, state } = await auditOf('/payloads', { waitUntil: 'load' });
    expect(state).toBe('audit');
    expect(await popup.locator('img[src="x"], [onerror], iframe').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __polkuPwned?: number }).__polkuPwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __polkuPwned?: number }).__polkuPwned)).toBeUndefined();
    // The page's text is shown as text: the quoted evidence holds the payload's characters.
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await popup.locator('body').innerText()).toContain('<img src=x');
    await expectResponsive(page);
    await popup.close();
  });

  test('garbage bytes under a wrong charset still give an audit', async () => {
    const { page, popup, state } = await auditOf('/garbage');
    expect(state).toBe('audit');
    await expectResponsive(page);
    await popup.close();
  });

  test('a page that rewrites its document during the scan ends in a clear state', async () => {
    const { page, popup, state } = await auditOf('/docwrite');
    expect(['audit', 'navigated']).toContain(state);
    await expectResponsive(page);
    await popup.close();
  });

  test('a corrupted stored audit is dropped and the page is scanned afresh', async () => {
    const { page, tabId } = await browser.openTab(site.url('/base'));
    const first = await auditTab(page, tabId);
    await first.popup.close();
    await browser.serviceWorker.evaluate(
      async ({ key, url }) => {
        const api = (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome;
        await api.storage.session.set({ [key]: { url, facts: { scannedAt: 'yesterday', assets: [1, 2, 3], errors: '<b>' } } });
      },
      { key: `audit:${tabId}`, url: page.url() },
    );
    const again = await auditTab(page, tabId);
    expect(again.state).toBe('audit');
    expect((await readPopup(again.popup)).overall).toBe(base);
    await again.popup.close();
  });

  test('closing the popup mid-scan stops the scan and leaves the page responsive', async () => {
    const { page, tabId } = await browser.openTab(site.url('/huge'), { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    const longTasks = () => page.evaluate(() => (window as unknown as { __tasks: number }).__tasks);
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: number };
      w.__tasks = 0;
      new PerformanceObserver((list) => (w.__tasks += list.getEntries().length)).observe({ type: 'longtask' });
    });
    const popup = await browser.openPopup(tabId);
    await expect.poll(longTasks, { timeout: 10_000 }).toBeGreaterThan(0); // the scan is under way
    await popup.close();
    await page.waitForTimeout(1_000);
    const afterClose = await longTasks();
    // A scan left running would keep adding long tasks for seconds (its collectors, on this page).
    await page.waitForTimeout(3_000);
    expect(await longTasks()).toBe(afterClose);
    await expectResponsive(page);
  });

  test('a page that freezes its own main thread gets a timeout with a plain reason', async () => {
    const { popup, state } = await auditOf('/spin', { waitUntil: 'load' }, 40_000);
    expect(state).toBe('timeout');
    await popup.close();
  }, 60_000);
});
