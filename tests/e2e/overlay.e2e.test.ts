// End-to-end: evidence shown on the page. The popup (e2e build) audits a fixture site; clicking an
// evidence item outlines the element in the audited tab inside one host element with a closed shadow
// root, scrolls to it and follows scrolling; "show all" outlines a stage's touchpoints; the page's own
// DOM stays as it was; closing the popup leaves no trace.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, waitForAudit, type ExtensionBrowser } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const SERVICE_SITE = '/kotisiivous-fi/index.html';
const SHOP_SITE = '/shop-en/index.html';
/** The booking section's phone link: evidence of contact-beyond-phone, below the fold of an 800 px tab. */
const BOOKING_PHONE = 'section#varaus > p:nth-of-type(2) > a';
const HOST = 'polku-overlay';
/** The painter draws each box this much outside the element. */
const PAD = 4;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  label: string;
}
interface OverlayProbe {
  hosts: number;
  /** Whether the page's own scripts could reach the shadow root (they must not: it is closed). */
  openToPage: boolean;
  boxes: Box[];
}

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ locale: 'en' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(sitePath: string): Promise<{ tab: Page; tabId: number; popup: Page }> {
  const { page: tab, tabId } = await browser.openTab(server.url(sitePath));
  const popup = await browser.openPopup(tabId);
  await waitForAudit(popup);
  return { tab, tabId, popup };
}

/** Reads the overlay as the extension sees it: a script in the isolated world may open the closed root. */
async function probe(tabId: number): Promise<OverlayProbe> {
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)) ?? browser.serviceWorker;
  return worker.evaluate(
    async ({ id, host }) => {
      type Api = { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [first] = await api.scripting.executeScript({
        target: { tabId: id },
        args: [host],
        func: (name: string) => {
          const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }).chrome.dom;
          const hosts = document.querySelectorAll(name);
          const el = hosts[0];
          const root = el ? dom.openOrClosedShadowRoot(el) : null;
          const boxes = root
            ? [...root.children]
                .filter((box) => getComputedStyle(box).display !== 'none')
                .map((box) => {
                  const r = box.getBoundingClientRect();
                  return { left: r.left, top: r.top, width: r.width, height: r.height, label: box.textContent ?? '' };
                })
            : [];
          return { hosts: hosts.length, openToPage: el ? el.shadowRoot !== null : false, boxes };
        },
      });
      return first?.result as OverlayProbe;
    },
    { id: tabId, host: HOST },
  );
}

/** The page's DOM serialised without our host: attributes, classes and inline styles included. */
const pageDom = (tab: Page) =>
  tab.evaluate((host) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll(host).forEach((el) => el.remove());
    return copy.outerHTML;
  }, HOST);

const rectOf = (tab: Page, selector: string) =>
  tab.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height, viewport: innerHeight, scrollY };
  }, selector);

const outcomeOf = async (scope: ReturnType<Page['locator']>) => {
  const line = scope.locator('[data-testid="overlay-outcome"]');
  await line.and(scope.locator(':not([data-outcome="busy"])')).waitFor({ timeout: 10_000 });
  return { kind: await line.getAttribute('data-outcome'), text: (await line.innerText()).trim() };
};

function expectBoxAround(box: Box | undefined, rect: { left: number; top: number; width: number; height: number }): void {
  expect(box).toBeDefined();
  expect(box!.left).toBeCloseTo(rect.left - PAD, 0);
  expect(box!.top).toBeCloseTo(rect.top - PAD, 0);
  expect(box!.width).toBeCloseTo(rect.width + 2 * PAD, 0);
  expect(box!.height).toBeCloseTo(rect.height + 2 * PAD, 0);
}

describe('evidence on the page', () => {
  test('an evidence item outlines its element, scrolls to it, follows scrolling and leaves the page as it was', async () => {
    const { tab, tabId, popup } = await audit(SERVICE_SITE);
    const before = await pageDom(tab);
    const start = await rectOf(tab, BOOKING_PHONE);
    expect(start.top, 'the element starts below the fold').toBeGreaterThan(start.viewport);
    expect((await probe(tabId)).hosts).toBe(0);

    const item = popup.locator(`[data-testid="pain-point"] li[title="${BOOKING_PHONE}"]`);
    const button = item.getByRole('button', { name: /Show on page/ });
    // By keyboard: the evidence item is a real button.
    await button.press('Enter');
    expect(await outcomeOf(item)).toEqual({ kind: 'shown', text: 'Outlined on the page.' });

    const shown = await probe(tabId);
    expect(shown.hosts).toBe(1);
    expect(shown.openToPage).toBe(false);
    expect(shown.boxes).toHaveLength(1);
    const now = await rectOf(tab, BOOKING_PHONE);
    expect(now.scrollY, 'the tab scrolled').toBeGreaterThan(0);
    expect(now.top).toBeGreaterThanOrEqual(0);
    expect(now.top + now.height).toBeLessThanOrEqual(now.viewport);
    expectBoxAround(shown.boxes[0], now);

    // The box follows the page as it scrolls (frames run in the visible tab).
    await tab.bringToFront();
    await tab.evaluate(() => scrollBy(0, -120));
    await expect.poll(async () => (await probe(tabId)).boxes[0]?.top, { timeout: 5_000 }).toBeCloseTo(now.top - PAD + 120, 0);

    expect(await pageDom(tab), 'the page DOM is unchanged but for the host').toBe(before);
    await popup.close();
    await tab.close();
  });

  test('"show all" outlines several touchpoints of a stage, replacing the earlier overlay, and closing the popup removes it', async () => {
    const { tab, tabId, popup } = await audit(SHOP_SITE);
    const before = await pageDom(tab);

    // First one evidence item, then "show all": the second request replaces the first.
    const item = popup.locator('[data-testid="pain-point"] li').filter({ has: popup.getByRole('button', { name: /Show on page/ }) }).first();
    await item.getByRole('button').click();
    expect((await outcomeOf(item)).kind).toBe('shown');
    expect((await probe(tabId)).boxes).toHaveLength(1);

    const stage = popup.locator('details').filter({ has: popup.locator('[data-testid="show-all-conversion"]') });
    await stage.locator('summary').click();
    const showAll = stage.getByRole('button', { name: 'Show all on page' });
    await showAll.click();
    const outcome = await outcomeOf(stage);
    expect(outcome.kind).toBe('shown');
    expect(outcome.text).toMatch(/^Outlined \d+ of \d+ on the page\b/);

    const shown = await probe(tabId);
    expect(shown.hosts, 'replaced, not stacked').toBe(1);
    expect(shown.boxes.length).toBeGreaterThanOrEqual(3);
    // Each box carries the name of its touchpoint, in the popup's language.
    expect(shown.boxes.map((b) => b.label)).toEqual(expect.arrayContaining(['Phone', 'Email']));
    // Distinct elements, each drawn once.
    expect(new Set(shown.boxes.map((b) => `${b.left},${b.top},${b.width},${b.height}`)).size).toBe(shown.boxes.length);
    expect(await pageDom(tab)).toBe(before);

    await popup.close();
    await expect.poll(async () => (await probe(tabId)).hosts, { timeout: 5_000 }).toBe(0);
    expect(await tab.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(0);
    expect(await pageDom(tab)).toBe(before);
    await tab.close();
  });

  test('an element gone or hidden since the audit is said so in the popup, and nothing is drawn', async () => {
    const { tab, tabId, popup } = await audit(SERVICE_SITE);
    const item = popup.locator(`[data-testid="pain-point"] li[title="${BOOKING_PHONE}"]`);
    const button = item.getByRole('button', { name: /Show on page/ });

    await tab.evaluate((sel) => ((document.querySelector(sel) as HTMLElement).style.display = 'none'), BOOKING_PHONE);
    await button.click();
    expect(await outcomeOf(item)).toEqual({ kind: 'none', text: 'On the page but hidden now (a closed menu or tab?).' });
    expect((await probe(tabId)).hosts).toBe(0);

    await tab.evaluate((sel) => document.querySelector(sel)!.remove(), BOOKING_PHONE);
    await button.click();
    expect(await outcomeOf(item)).toEqual({ kind: 'none', text: 'Not found on the page any more; it may have changed since the audit.' });
    expect((await probe(tabId)).hosts).toBe(0);
    await popup.close();
    await tab.close();
  });
});
