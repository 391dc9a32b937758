// Launches Debian's Chromium with the built extension loaded, and opens its popup as a tab.
//
// Verified with Debian bookworm's chromium 156 and playwright-core 1.65:
// - playwright's `headless: true` passes `--headless`, which in current Chromium is the "new"
//   headless mode (the full browser), and that mode loads unpacked extensions. No
//   `--headless=new` / `ignoreDefaultArgs` is needed.
// - `--load-extension` is honoured by unbranded Chromium. Chrome-branded builds from 137 on
//   ignore it unless started with `--disable-features=DisableLoadExtensionCommandLineSwitch`.
//   We do not pass that: Chromium keeps only the last `--disable-features` switch, so it would
//   replace the list playwright passes. If a future Debian build starts ignoring
//   --load-extension, append `DisableLoadExtensionCommandLineSwitch` to playwright's list
//   instead (ignoreDefaultArgs for its --disable-features, then pass the merged one).
// - playwright adds `--disable-extensions` by default; `--disable-extensions-except=<dir>`
//   still lets our extension load, so we do not remove it.
// - /usr/bin/chromium is Debian's wrapper script; it appends its own flags from
//   /etc/chromium.d first, and our flags come after it, so ours win.
// - `--host-resolver-rules` sends every host but 127.0.0.1 to NOTFOUND, so the fixture shop's
//   third-party chat script fails at once instead of waiting on DNS (the runs are offline).
// - The popup page is opened as a normal tab (`popup.html?tabId=N`), which the e2e build
//   supports. Tab ids come from the extension's service worker via chrome.tabs.query; without
//   the "tabs" permission a tab's url is only visible for hosts the extension may access
//   (127.0.0.1 in the e2e build), so tabs such as chrome://version are found by their id being new.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, onlyHostsFlag } from '../../cli/chromium';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PROD_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
/** The e2e build; `POLKU_E2E_EXTENSION_DIR` can point the harness at another unpacked extension. */
export const E2E_BUILD_DIR = process.env.POLKU_E2E_EXTENSION_DIR
  ? path.resolve(process.env.POLKU_E2E_EXTENSION_DIR)
  : path.join(REPO_ROOT, '.output', 'chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.POLKU_CHROMIUM ?? '/usr/bin/chromium';

export const STAGE_IDS = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'foundation'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface PopupResult {
  overall: number;
  /** data-score per stage: a number, or null when the stage was not assessed (empty attribute). */
  stages: Record<StageId, number | null>;
  /** data-rule of each pain point, in the order shown. */
  painPoints: string[];
  lang: string;
}

export interface OpenedTab {
  page: Page;
  tabId: number;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  locale: string;
  /** Opens `url` in a new tab and returns the page and the tab's chrome.tabs id. */
  openTab(url: string, options?: OpenTabOptions): Promise<OpenedTab>;
  /** Opens the popup page for a tab in a new page (420 px wide, like the real popup). */
  openPopup(tabId: number, options?: { beforeLoad?: (popup: Page) => Promise<unknown> }): Promise<Page>;
  close(): Promise<void>;
}

export interface OpenTabOptions {
  /** How far the page must get before the tab counts as open (a page that never finishes: 'commit'). */
  waitUntil?: 'commit' | 'domcontentloaded' | 'load';
  /** A navigation that fails (a redirect loop) still leaves a tab, showing the browser's error page. */
  allowNavigationError?: boolean;
}

export interface LaunchOptions {
  extensionDir?: string;
  locale?: string;
  /** Chromium's --host-resolver-rules instead of "every host but loopback fails". */
  resolverRules?: string;
  extraArgs?: string[];
}

type TabInfo = { id?: number; url?: string; pendingUrl?: string };

export function chromiumArgs(extensionDir: string, locale: string, resolverRules?: string): string[] {
  return [
    ...CHROMIUM_FLAGS,
    resolverRules ? `--host-resolver-rules=${resolverRules}` : onlyHostsFlag([]),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--lang=${locale}`,
  ];
}

async function findServiceWorker(context: BrowserContext, timeout: number): Promise<Worker> {
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtensionWorker);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout });
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? E2E_BUILD_DIR;
  const locale = options.locale ?? 'en';
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'polku-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...chromiumArgs(extensionDir, locale, options.resolverRules), ...(options.extraArgs ?? [])],
      locale,
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let serviceWorker: Worker;
  try {
    serviceWorker = await findServiceWorker(context, 15_000);
  } catch (error) {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The extension in ${extensionDir} did not start a background service worker; is it built and does its manifest have one? (${String(error)})`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;

  // The worker may be stopped when idle; fetch it again if the old handle is gone.
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? findServiceWorker(context, 10_000);
  };
  const queryTabs = async (): Promise<TabInfo[]> =>
    (await worker()).evaluate(async () => {
      // `chrome` is the service worker's global; typed locally so this file needs no @types/chrome.
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<TabInfo[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.map((t) => ({ id: t.id, url: t.url, pendingUrl: t.pendingUrl }));
    });

  const openTab = async (url: string, tabOptions: OpenTabOptions = {}): Promise<OpenedTab> => {
    const before = new Set((await queryTabs()).map((t) => t.id));
    const page = await context.newPage();
    if (url !== 'about:blank') {
      // 'domcontentloaded': a page's failing third-party scripts must not hold the test up.
      const navigation = page.goto(url, { waitUntil: tabOptions.waitUntil ?? 'domcontentloaded' });
      await (tabOptions.allowNavigationError ? navigation.catch(() => null) : navigation);
    }
    const deadline = Date.now() + 5_000;
    for (;;) {
      const tabs = await queryTabs();
      const byUrl = tabs.filter((t) => t.id !== undefined && (t.url === url || t.pendingUrl === url) && !before.has(t.id));
      const fresh = tabs.filter((t) => t.id !== undefined && !before.has(t.id));
      const match = byUrl.length === 1 ? byUrl[0] : fresh.length === 1 ? fresh[0] : undefined;
      if (match?.id !== undefined) return { page, tabId: match.id };
      if (Date.now() > deadline) {
        throw new Error(`Could not find the tab id for ${url}: ${JSON.stringify(tabs)} (before: ${JSON.stringify([...before])})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const openPopup = async (tabId: number, popupOptions: { beforeLoad?: (popup: Page) => Promise<unknown> } = {}): Promise<Page> => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popupOptions.beforeLoad?.(popup);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'domcontentloaded' });
    return popup;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    locale,
    openTab,
    openPopup,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

const SCORE = /^(?:100|[1-9]?\d)$/;

/**
 * Waits until the popup shows a finished audit: a numeric overall score, no status line and, unless
 * `firstPage`, no key pages still being read (the first page's audit shows before they are).
 */
export async function waitForAudit(popup: Page, timeout = 30_000, { firstPage = false } = {}): Promise<void> {
  await popup.waitForFunction(
    (firstOnly) => {
      const overall = document.querySelector('[data-testid="overall-score"]');
      const status = document.querySelector('[data-testid="audit-status"]');
      const reading = document.querySelector('[data-testid="site-progress"]');
      return overall !== null && /^\s*\d{1,3}\s*$/.test(overall.textContent ?? '') && status === null && (firstOnly || reading === null);
    },
    firstPage,
    { timeout, polling: 100 },
  );
}

/** Reads scores, stage scores and pain points from a popup that has finished its audit. */
export async function readPopup(popup: Page): Promise<PopupResult> {
  const raw = await popup.evaluate((stageIds) => {
    const overall = document.querySelector('[data-testid="overall-score"]')?.textContent?.trim() ?? '';
    const stages: Record<string, string | null> = {};
    for (const id of stageIds) {
      const el = document.querySelector(`[data-testid="stage-${id}"]`);
      stages[id] = el ? el.getAttribute('data-score') : null;
    }
    const painPoints = [...document.querySelectorAll('[data-testid="pain-point"]')].map((el) => el.getAttribute('data-rule') ?? '');
    return { overall, stages, painPoints, lang: document.documentElement.lang };
  }, [...STAGE_IDS]);

  if (!SCORE.test(raw.overall)) throw new Error(`overall-score is not a number 0–100: ${JSON.stringify(raw.overall)}`);
  const stages = {} as Record<StageId, number | null>;
  for (const id of STAGE_IDS) {
    const value = raw.stages[id];
    if (value === null || value === undefined) throw new Error(`[data-testid="stage-${id}"] is missing or has no data-score attribute`);
    const trimmed = value.trim();
    if (trimmed === '') stages[id] = null;
    else if (SCORE.test(trimmed)) stages[id] = Number(trimmed);
    else throw new Error(`stage-${id} has data-score=${JSON.stringify(value)}, not a number 0–100 or ''`);
  }
  return { overall: Number(raw.overall), stages, painPoints: raw.painPoints, lang: raw.lang };
}
