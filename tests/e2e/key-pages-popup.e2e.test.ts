// The site audit in the popup: the first page's audit shows at once, key pages fill in with
// progress, and the popup lists every page read with what it added or why it was not read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, waitForAudit, type ExtensionBrowser } from '../support/extension-browser';
import { startPathSite, type PathSite } from '../support/path-site';

let site: PathSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startPathSite();
  browser = await launchExtensionBrowser({ locale: 'fi' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('popup site audit', () => {
  test('shows progress while key pages are read, then the pages read and the foundation parts', async () => {
    const { tabId } = await browser.openTab(site.url('/fi/'));
    const popup = await browser.openPopup(tabId);
    await waitForAudit(popup, 20_000, { firstPage: true });
    // The slow returns page holds the reading for 5 s: the progress line is there to see.
    const progress = popup.locator('[data-testid="site-progress"]');
    await expect.poll(async () => (await progress.count()) > 0 ? await progress.innerText() : '', { timeout: 5000 }).toMatch(/Luetaan \d \/ 8: /);
    await waitForAudit(popup, 30_000);

    const rows = await popup.$$eval('[data-testid="pages-read"] li', (items) =>
      items.map((li) => ({ role: li.getAttribute('data-role'), read: li.getAttribute('data-read'), reason: li.getAttribute('data-reason'), text: li.textContent ?? '' })),
    );
    const byRole = Object.fromEntries(rows.map((r) => [r.role, r]));
    expect(rows[0]).toMatchObject({ role: 'start', read: 'true' });
    expect(byRole.contact).toMatchObject({ read: 'true', reason: '' });
    expect(byRole.contact!.text).toContain('Yhteydenottolomake');
    expect(byRole.faq).toMatchObject({ read: 'false', reason: 'notHtml' });
    expect(byRole.delivery).toMatchObject({ read: 'false', reason: 'httpError' });
    expect(byRole.delivery!.text).toContain('HTTP 404');
    expect(byRole.returns).toMatchObject({ read: 'false', reason: 'timeout' });
    expect(byRole.privacy).toMatchObject({ read: 'false', reason: 'scriptShell' });
    expect(byRole.blog).toMatchObject({ read: 'false', reason: 'offOrigin' });
    expect(byRole.terms).toMatchObject({ read: 'true' });

    const deadEnd = popup.locator('[data-testid="pain-point"][data-rule="path-links"]');
    await expect.poll(() => deadEnd.count()).toBe(1);
    expect(await deadEnd.innerText()).toContain('Toimitusehdot');

    const parts = await popup.$$eval('[data-testid="foundation-groups"] li', (items) => items.map((li) => li.getAttribute('data-group')));
    expect(parts).toEqual(expect.arrayContaining(['speed', 'mobile', 'accessibility', 'security', 'measurement']));
    // axe-core ran in the tab on the click: the audit is complete (a check that could not run would say so).
    expect(await popup.locator('[data-testid="incomplete"]').count()).toBe(0);
    // The deep audit lives in the CLI: the popup hands over the command for this page.
    expect(await popup.locator('[data-testid="deep-audit"]').innerText()).toContain(`npx polku ${site.url('/fi/')} --lighthouse`);

    // The key pages were requested by the audited tab itself (same origin), each once.
    for (const path of ['/fi/yhteystiedot', '/fi/toimitusehdot', '/fi/kayttoehdot']) expect(site.requests.filter((r) => r === path)).toHaveLength(1);
    await popup.close();
  });

  test('the page-count setting applies to a fresh audit; 0 reads the page alone', async () => {
    const { tabId } = await browser.openTab(site.url('/en/'));
    const popup = await browser.openPopup(tabId);
    await waitForAudit(popup, 30_000);
    await popup.selectOption('[data-testid="key-pages-setting"]', '0');
    await expect.poll(() => popup.locator('[data-testid="pages-read"] li').count(), { timeout: 15_000 }).toBe(1);
    await waitForAudit(popup, 30_000);
    const reopened = await browser.openPopup(tabId);
    await waitForAudit(reopened, 30_000);
    expect(await reopened.locator('[data-testid="key-pages-setting"]').inputValue()).toBe('0');
    // Put the default back for other tests in this browser.
    await reopened.selectOption('[data-testid="key-pages-setting"]', '8');
    await expect.poll(() => reopened.locator('[data-testid="pages-read"] li').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  });
});
