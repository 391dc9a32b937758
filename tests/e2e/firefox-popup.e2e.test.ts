// End-to-end in Firefox ESR: the Firefox e2e build, installed over WebDriver BiDi, audits the
// fixture sites and its popup shows the result. See tests/support/firefox-browser.ts.
// Skipped only when firefox-esr is missing on a developer machine; with CI set it must run.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STAGE_IDS } from '../support/extension-browser';
import { FIREFOX_E2E_BUILD_DIR, FIREFOX_PATH, launchFirefox, type FirefoxBrowser } from '../support/firefox-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const SHOP_SITE = '/shop-en/index.html';
const SERVICE_SITE = '/kotisiivous-fi/index.html';

const SKIP = !existsSync(FIREFOX_PATH) && !process.env.CI;
if (SKIP) {
  console.warn(`[firefox e2e] skipped: no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set POLKU_FIREFOX). With CI set it runs and fails instead.`);
}

interface PopupSnapshot {
  overall: string | null;
  blocked: string | null;
  scanning: boolean;
  stageCards: number;
  stages: Record<string, string | null>;
}

/** Reads the popup's DOM in the page; returns JSON because BiDi hands strings back as they are. */
const SNAPSHOT = `JSON.stringify((() => {
  const status = document.querySelector('[data-testid="audit-status"]');
  const stages = {};
  for (const id of ${JSON.stringify(STAGE_IDS)}) {
    stages[id] = document.querySelector('[data-testid="stage-' + id + '"]')?.getAttribute('data-score') ?? null;
  }
  return {
    overall: document.querySelector('[data-testid="overall-score"]')?.textContent?.trim() ?? null,
    blocked: status?.getAttribute('data-reason') ? status.getAttribute('data-reason') + ': ' + status.textContent : null,
    scanning: status !== null && !status.hasAttribute('data-reason'),
    stageCards: document.querySelectorAll('[data-testid^="stage-"]').length,
    stages,
  };
})())`;

describe.skipIf(SKIP)('Firefox ESR: the e2e build audits the fixture sites', () => {
  let server: FixtureServer;
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(FIREFOX_E2E_BUILD_DIR);
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The tabs-API id of the tab showing `url`, asked from an extension page. */
  async function tabIdOf(url: string): Promise<number> {
    const page = await firefox.newTab();
    // The bare popup audits its own tab and says it is a browser page; we only need its `browser`.
    await firefox.navigate(page, `${firefox.extensionOrigin}/popup.html`);
    const tabs = JSON.parse(
      await firefox.evaluate(page, `browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.map((t) => ({ id: t.id, url: t.url }))))`),
    ) as { id: number; url: string }[];
    await firefox.bidi.send('browsingContext.close', { context: page });
    const match = tabs.filter((t) => t.url === url);
    if (match.length !== 1) throw new Error(`expected one tab at ${url}, got ${JSON.stringify(tabs)}`);
    return match[0]!.id;
  }

  /** Loads the site in a tab, opens the popup for that tab and waits for the finished audit. */
  async function audit(sitePath: string, opened?: (popup: string) => void): Promise<PopupSnapshot> {
    const url = server.url(sitePath);
    const site = await firefox.newTab();
    await firefox.navigate(site, url);
    const tabId = await tabIdOf(url);
    const popup = await firefox.newTab();
    await firefox.navigate(popup, `${firefox.extensionOrigin}/popup.html?tabId=${tabId}`);
    opened?.(popup);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const snapshot = JSON.parse(await firefox.evaluate(popup, SNAPSHOT)) as PopupSnapshot;
      if (snapshot.blocked) throw new Error(`the popup did not audit ${url}: ${snapshot.blocked}`);
      if (snapshot.overall !== null && !snapshot.scanning) return snapshot;
      if (Date.now() > deadline) throw new Error(`no finished audit of ${url} in 30 s: ${JSON.stringify(snapshot)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  function expectScoredWithSixStages(snapshot: PopupSnapshot): number {
    expect(snapshot.overall).toMatch(/^(?:100|[1-9]?\d)$/);
    expect(snapshot.stageCards).toBe(STAGE_IDS.length);
    for (const id of STAGE_IDS) expect(snapshot.stages[id], `stage-${id} data-score`).toMatch(/^(?:100|[1-9]?\d)?$/);
    return Number(snapshot.overall);
  }

  test('the shop and the phone-only service site get an overall score and six stage cards; the shop scores higher', async () => {
    const shop = expectScoredWithSixStages(await audit(SHOP_SITE));
    const service = expectScoredWithSixStages(await audit(SERVICE_SITE));
    // The same gap the Chromium test sees: proves the scanner read two different pages.
    expect(shop - service).toBeGreaterThanOrEqual(20);
  });

  test('the popup opens the full report in a tab of its own', async () => {
    let popup = '';
    // An address of its own: the shop's tab from the test above is still open.
    const site = `${SHOP_SITE}?from=report`;
    await audit(site, (context) => (popup = context));
    // The button waits for the key pages and the accessibility check.
    const ready = Date.now() + 20_000;
    while ((await firefox.evaluate(popup, `String(document.querySelector('[data-testid="open-report"]')?.disabled ?? 'absent')`)) !== 'false') {
      if (Date.now() > ready) throw new Error('the report button never became ready');
      await new Promise((r) => setTimeout(r, 200));
    }
    await firefox.evaluate(popup, `(document.querySelector('[data-testid="open-report"]').click(), 'clicked')`);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const tree = await firefox.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {});
      const report = tree.contexts.find((c) => c.url.includes('/report.html?id='));
      const seen = report ? JSON.parse(await firefox.evaluate(report.context, `JSON.stringify({ url: document.querySelector('[data-testid="report-url"]')?.textContent ?? null, columns: document.querySelectorAll('.journey-column').length })`)) as { url: string | null; columns: number } : null;
      if (seen?.url) {
        expect(seen).toEqual({ url: server.url(site), columns: 5 });
        return;
      }
      if (Date.now() > deadline) {
        const said = await firefox.evaluate(popup, `document.querySelector('.report-actions')?.textContent ?? ''`);
        throw new Error(`no report tab with a report in 20 s (popup: ${said}): ${JSON.stringify(tree.contexts.map((c) => c.url))}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});
