// The agency's path in the extension: audits kept per site, competitors marked and compared, and the
// full report opened from the popup in a tab of its own, with its language, printing and downloads.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, readPopup, waitForAudit, type ExtensionBrowser } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

// Two servers: sites are told apart by host and port, as different domains would be.
let shopServer: FixtureServer;
let serviceServer: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  shopServer = await startFixtureServer();
  serviceServer = await startFixtureServer();
  browser = await launchExtensionBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await shopServer?.close();
  await serviceServer?.close();
});

async function openReport(popup: Page): Promise<Page> {
  const [report] = await Promise.all([browser.context.waitForEvent('page'), popup.click('[data-testid="open-report"]')]);
  await report.waitForSelector('[data-testid="report"]', { timeout: 20_000 });
  return report;
}

describe('history, competitors and the report page', () => {
  test('a competitor is compared in the popup and on the report, which shows the changes since the last audit', async () => {
    const service = await browser.openTab(serviceServer.url('/kotisiivous-fi/index.html'));
    const first = await browser.openPopup(service.tabId);
    await waitForAudit(first);
    await first.waitForSelector('[data-testid="changes-since"]');
    expect(await first.textContent('[data-testid="changes-since"]')).toContain('First saved audit');

    const shop = await browser.openTab(shopServer.url('/shop-en/index.html'));
    const popup = await browser.openPopup(shop.tabId);
    await waitForAudit(popup);
    const rival = new URL(serviceServer.url('/')).host;
    await popup.selectOption('[data-testid="add-competitor"]', rival);
    await popup.waitForSelector('[data-testid="competitor-table"]');
    const best = await popup.$$eval('[data-testid="compare-consideration"] td[data-best="true"]', (cells) => cells.map((c) => c.getAttribute('data-site')));
    expect(best).toEqual([new URL(shopServer.url('/')).host]);

    // A second audit of the shop: the report now knows what changed since the first.
    await popup.click('[data-testid="rescan"]');
    await waitForAudit(popup);
    await popup.waitForSelector('[data-testid="change-overall"]');
    const shown = await readPopup(popup);

    const report = await openReport(popup);
    expect(await report.textContent('[data-testid="report-url"]')).toBe(shopServer.url('/shop-en/index.html'));
    expect(await report.locator('.journey-column').count()).toBe(5);
    expect(await report.$$eval('[data-testid="report-pain-points"] li.pain', (items) => items.map((i) => i.getAttribute('data-rule')))).toEqual(shown.painPoints);
    expect(Number(await report.textContent('.overall-number'))).toBe(shown.overall);
    await report.waitForSelector('[data-testid="report-changes"] [data-testid="change-overall"]');
    expect(await report.locator('[data-testid="report-comparison"] [data-testid="competitor-table"] thead th').count()).toBe(3);

    // Printing leaves the page's own controls out.
    await report.emulateMedia({ media: 'print' });
    expect(await report.isVisible('.report-toolbar')).toBe(false);
    await report.emulateMedia({ media: 'screen' });

    // The same report in Finnish, without a new audit.
    await report.selectOption('[data-testid="locale-switch"]', 'fi');
    await report.waitForFunction(() => document.querySelector('.cover h1')?.textContent === 'Ostopolun auditointi');
    expect(await report.getAttribute('html', 'lang')).toBe('fi');

    // Downloads are made in the page: a Markdown file named after the site and the time.
    const [download] = await Promise.all([report.waitForEvent('download'), report.click('[data-testid="download-md"]')]);
    expect(download.suggestedFilename()).toMatch(/^polku-127-0-0-1-\d{8}-\d{4}\.md$/);
    const text = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => resolve(body));
        stream.on('error', reject);
      }, reject);
    });
    expect(text).toMatch(/^# Ostopolun auditointi/);
    expect(text).toContain('## Kilpailijat');
  }, 120_000);

  test('a report whose audit is gone says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/report.html?id=00000000-0000-0000-0000-000000000000`);
    await page.waitForSelector('[data-testid="report-status"]');
    expect(await page.textContent('[data-testid="report-status"]')).toMatch(/no longer available|ei ole enää saatavilla/);
  });
});
