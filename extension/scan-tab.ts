// Injects the scanner into one tab and parses what comes back: the page is hostile,
// so its answer is data to validate, never something to trust.
import { browser, type Browser } from 'wxt/browser';
import type { Facts } from '../engine/facts';
import { GLOBAL_NAME_CAPS, mergeGlobalVendors, pageGlobalNames, parseGlobalNames } from '../collectors/vendor-globals';
import { parseFacts } from '../engine/parse-facts';
import { SCAN_PORT } from './scan-port';
import { reasonForError, type BlockedReason } from './tab-access';

/** The scanner stops itself after 8 s (collectors/budget.ts); past this the tab is not answering at all. */
export const SCAN_TIMEOUT_MS = 15_000;

export class ScanError extends Error {
  constructor(
    readonly reason: BlockedReason,
    detail: string,
  ) {
    super(detail);
  }
}

export async function scanTab(tabId: number, timeoutMs = SCAN_TIMEOUT_MS): Promise<Facts> {
  const raw = await injectAndWait(tabId, '/scanner.js', timeoutMs);
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new ScanError('malformed', parsed.problem);
  return mergeGlobalVendors(parsed.facts, await readGlobalNames(tabId));
}

/** A page that keeps its main thread busy gets no longer than this to tell its globals' names. */
const GLOBALS_TIMEOUT_MS = 1000;

/**
 * The names of the page's main-world globals (tools a tag manager loaded live only there); only names,
 * parsed as hostile data. Any failure means no names: the scan stands without them.
 */
async function readGlobalNames(tabId: number): Promise<string[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const injection = browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: pageGlobalNames, args: [GLOBAL_NAME_CAPS.count] });
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), GLOBALS_TIMEOUT_MS)));
    const results = await Promise.race([injection, late]);
    return parseGlobalNames(results?.[0]?.result);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/** The injection under way per tab: ports carry no name of their own, so two scripts at once could let go of each other's. */
const running = new Map<number, Promise<unknown>>();

/**
 * Injects a built script into the tab's top frame and returns its answer, unparsed; the script stops
 * when the port is let go. One at a time per tab: a second audit (a rescan, a double effect) waits
 * for the first script to end instead of cancelling it.
 */
export function injectAndWait(tabId: number, file: '/scanner.js' | '/axe-runner.js', timeoutMs: number): Promise<unknown> {
  const previous = running.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => injectNow(tabId, file, timeoutMs));
  const settled = next.catch(() => undefined);
  running.set(tabId, settled);
  void settled.then(() => running.get(tabId) === settled && running.delete(tabId));
  return next;
}

async function injectNow(tabId: number, file: '/scanner.js' | '/axe-runner.js', timeoutMs: number): Promise<unknown> {
  const caller = holdScannerPort(tabId);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanError('timeout', `no answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // Immediately: a page whose HTML never finishes still has a DOM to read; the scanner waits for it.
    const injection = browser.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
    const results = await Promise.race([injection, timeout]).catch((error: unknown) => {
      if (error instanceof ScanError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      throw new ScanError(reasonForError(text), text);
    });
    const raw = results?.[0]?.result;
    // No result and no error: the document went away during the scan (a navigation or a reload).
    if (raw === undefined || raw === null) throw new ScanError('navigated', 'the page changed while it was being read');
    return raw;
  } finally {
    clearTimeout(timer);
    // Letting go of the port stops a scanner that is still running (the popup gave up or failed).
    caller.release();
  }
}

/** Accepts the scanner's port from this tab only and keeps it open until released. */
function holdScannerPort(tabId: number): { release(): void } {
  const ports: Browser.runtime.Port[] = [];
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== SCAN_PORT) return;
    if (port.sender?.tab?.id !== tabId) return port.disconnect();
    ports.push(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  return {
    release() {
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of ports) port.disconnect();
    },
  };
}
