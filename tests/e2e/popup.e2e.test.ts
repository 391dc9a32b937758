// End-to-end: the built extension (e2e build) audits the two fixture sites in Debian's headless
// Chromium, and the popup shows the result. See tests/support/extension-browser.ts for the launch.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchExtensionBrowser,
  readPopup,
  REPO_ROOT,
  STAGE_IDS,
  waitForAudit,
  type ExtensionBrowser,
  type PopupResult,
} from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const SERVICE_SITE = '/kotisiivous-fi/index.html';
const SHOP_SITE = '/shop-en/index.html';
/** Rules the Finnish phone-only service site fails and the shop passes. */
const SERVICE_GAPS = ['contact-beyond-phone', 'customer-proof', 'faq-available', 'privacy-policy'];

const STATUS = '[data-testid="audit-status"]';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

interface Audited {
  tabId: number;
  popup: Page;
  result: PopupResult;
}

/** Opens `sitePath` in a tab, opens the popup for it and waits for the finished audit. */
async function audit(browser: ExtensionBrowser, sitePath: string): Promise<Audited> {
  const { tabId } = await browser.openTab(server.url(sitePath));
  const popup = await browser.openPopup(tabId);
  await waitForAudit(popup);
  return { tabId, popup, result: await readPopup(popup) };
}

/** Memoises an async step so every test can ask for it and only the first one runs it. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= fn());
}

function expectSixStages(result: PopupResult): void {
  expect(Object.keys(result.stages).sort()).toEqual([...STAGE_IDS].sort());
  for (const id of STAGE_IDS) {
    const score = result.stages[id];
    if (score !== null) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  }
  // The comparison stages must be assessed on both fixtures.
  expect(result.stages.consideration).not.toBeNull();
  expect(result.stages.conversion).not.toBeNull();
  expect(result.overall).toBeGreaterThanOrEqual(0);
  expect(result.overall).toBeLessThanOrEqual(100);
}

/** With POLKU_SCREENSHOT=1 the README's screenshots are refreshed from the real popup. */
async function maybeScreenshot(popup: Page, name: string): Promise<void> {
  if (process.env.POLKU_SCREENSHOT !== '1') return;
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.evaluate(() => window.scrollTo(0, 0));
  await mkdir(path.join(REPO_ROOT, 'docs'), { recursive: true });
  await popup.screenshot({ path: path.join(REPO_ROOT, 'docs', name), fullPage: true, animations: 'disabled' });
}

/** The popup for a tab it cannot audit: a plain message, no scores, even after a while. */
async function expectPlainMessage(popup: Page, reason: string): Promise<void> {
  const status = popup.locator(STATUS);
  await status.waitFor({ state: 'visible', timeout: 15_000 });
  // Give a scan that should not happen the time to show scores anyway.
  await popup.waitForTimeout(1_500);
  expect(await status.isVisible()).toBe(true);
  expect((await status.innerText()).trim().length).toBeGreaterThan(0);
  expect(await status.getAttribute('data-reason'), (await status.textContent()) ?? '').toBe(reason);
  expect(await popup.locator('[data-testid="overall-score"]').count()).toBe(0);
  const stageScores = await popup
    .locator('[data-testid^="stage-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-score') ?? '').filter((s) => s.trim() !== ''));
  expect(stageScores).toEqual([]);
}

describe('popup in English', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'en' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const shop = once(() => audit(browser, SHOP_SITE));
  const service = once(() => audit(browser, SERVICE_SITE));

  test('both fixtures get an overall score and six stage cards', async () => {
    const [s, f] = [await shop(), await service()];
    expectSixStages(s.result);
    expectSixStages(f.result);
  });

  test('the shop scores clearly higher than the phone-only service site', async () => {
    const [s, f] = [(await shop()).result, (await service()).result];
    expect(s.overall - f.overall).toBeGreaterThanOrEqual(20);
    expect(s.stages.consideration!).toBeGreaterThan(f.stages.consideration!);
    expect(s.stages.conversion!).toBeGreaterThan(f.stages.conversion!);
  });

  test('pain points name the service site gaps and not the shop', async () => {
    const [s, f] = [(await shop()).result, (await service()).result];
    for (const rule of SERVICE_GAPS) {
      expect(f.painPoints, `service site pain points should include ${rule}`).toContain(rule);
      expect(s.painPoints, `shop pain points should not include ${rule}`).not.toContain(rule);
    }
    expect(new Set(f.painPoints).size).toBe(f.painPoints.length);
    expect(new Set(s.painPoints).size).toBe(s.painPoints.length);
  });

  test('the popup speaks English', async () => {
    const { popup, result } = await shop();
    expect(result.lang).toBe('en');
    await popup.getByText('Consideration').first().waitFor({ state: 'visible', timeout: 5_000 });
    await maybeScreenshot(popup, 'popup.png');
  });

  test('reopening the popup on the same tab shows the cached audit without scanning', async () => {
    const { tabId, result } = await shop();
    const popup = await browser.openPopup(tabId, {
      // Record whether the status line is ever in the DOM, from the first paint on.
      beforeLoad: (page) =>
        page.addInitScript(() => {
          const w = window as unknown as { __polkuStatusSeen?: boolean };
          w.__polkuStatusSeen = false;
          const check = () => {
            if (document.querySelector('[data-testid="audit-status"]')) w.__polkuStatusSeen = true;
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
          check();
        }),
    });
    await waitForAudit(popup, 5_000);
    expect(await popup.evaluate(() => (window as unknown as { __polkuStatusSeen?: boolean }).__polkuStatusSeen)).toBe(false);
    const again = await readPopup(popup);
    expect(again.overall).toBe(result.overall);
    expect(again.stages).toEqual(result.stages);
    await popup.close();
  });

  test('a chrome:// page gets a plain message instead of scores', async () => {
    const { tabId } = await browser.openTab('chrome://version');
    const popup = await browser.openPopup(tabId);
    await expectPlainMessage(popup, 'browserPage');
    expect(await popup.locator(STATUS).innerText()).toContain('browser page');
    await popup.close();
  });

  test('about:blank gets a plain message instead of scores', async () => {
    const { tabId } = await browser.openTab('about:blank');
    const popup = await browser.openPopup(tabId);
    await expectPlainMessage(popup, 'blank');
    await popup.close();
  });

  // Last in this block: it changes the shop's kind for a while, and puts it back.
  test('the site kind shows with its reasons; another kind re-scores at once and is remembered for the site', async () => {
    const { tabId, popup, result } = await shop();
    const kindOf = (page: Page) => page.locator('[data-testid="site-kind"]').getAttribute('data-kind');
    expect(await kindOf(popup)).toBe('shop');
    expect(await popup.locator('[data-testid="site-kind-why"]').innerText()).toMatch(/because: shopping cart/);
    await popup.locator('[data-testid="site-kind-select"]').selectOption('service');
    await popup.waitForFunction(() => document.querySelector('[data-testid="site-kind"]')?.getAttribute('data-kind') === 'service', undefined, { timeout: 5_000 });
    const rescored = await readPopup(popup);
    // A local service is not judged on a loyalty programme or a customer account: shown as not applicable.
    expect(rescored.stages.retention!).toBeGreaterThan(result.stages.retention!);
    expect(await popup.locator('[data-testid="found-retention"] [data-asset="retention.loyalty"]').getAttribute('data-applies')).toBe('false');
    const reopened = await browser.openPopup(tabId);
    await waitForAudit(reopened, 5_000);
    await reopened.waitForFunction(() => document.querySelector('[data-testid="site-kind"]')?.getAttribute('data-kind') === 'service', undefined, { timeout: 5_000 });
    // Choosing the inferred kind again forgets the choice.
    await reopened.locator('[data-testid="site-kind-select"]').selectOption('shop');
    await reopened.waitForFunction(() => document.querySelector('[data-testid="site-kind"]')?.getAttribute('data-kind') === 'shop', undefined, { timeout: 5_000 });
    expect((await readPopup(reopened)).stages).toEqual(result.stages);
    await reopened.close();
  });
});

describe('popup in Finnish', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'fi' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const service = once(() => audit(browser, SERVICE_SITE));

  test('the popup speaks Finnish', async () => {
    const { popup, result } = await service();
    expect(result.lang).toBe('fi');
    await popup.getByText('Harkinta').first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(await popup.getByText('Consideration').count()).toBe(0);
    await maybeScreenshot(popup, 'popup-fi.png');
  });

  test('the Finnish service site has the same gaps in the Finnish UI', async () => {
    const { result } = await service();
    expectSixStages(result);
    for (const rule of SERVICE_GAPS) expect(result.painPoints).toContain(rule);
  });

  test('findings read as a consultant writes them: what was found, costs down the list, the whole address with date and time', async () => {
    const { popup } = await service();
    expect(await popup.locator('[data-testid="pain-point"][data-rule="privacy-policy"] .pain-title').innerText()).toBe('Tietosuojaselostetta ei löytynyt');
    const costs = await popup.locator('.pain-cost').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cost'))));
    expect(costs.length).toBeGreaterThan(3);
    expect(costs.every((cost, i) => i === 0 || cost <= costs[i - 1]!), costs.join(' ')).toBe(true);
    expect(await popup.locator('.pain-cost').first().innerText()).toMatch(/^−[\d,]+ p kokonaisuudesta$/);
    expect(await popup.getByTestId('audited-url').innerText()).toBe(server.url(SERVICE_SITE));
    expect(await popup.locator('.scanned').innerText()).toMatch(/^Skannattu \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/);
  });

  test('the locale switch changes the UI language', async () => {
    const { popup } = await service();
    const localeSwitch = popup.locator('[data-testid="locale-switch"]');
    await localeSwitch.waitFor({ state: 'visible', timeout: 5_000 });
    await localeSwitch.selectOption('en');
    await popup.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5_000 });
    await popup.getByText('Consideration').first().waitFor({ state: 'visible', timeout: 5_000 });
  });
});
