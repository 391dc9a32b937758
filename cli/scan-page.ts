// Loads a page in Chromium and runs the scanner in an isolated world, as the extension's
// executeScript does: the page's own scripts cannot see or tamper with it.
import type { Page } from 'playwright-core';
import type { Facts } from '../engine/facts';
import { GLOBAL_NAME_CAPS, mergeGlobalVendors, pageGlobalNames, parseGlobalNames } from '../collectors/vendor-globals';
import { parseFacts } from '../engine/parse-facts';
import { cliErrorText, ScanFailure } from './cli-error';

export { ScanFailure };

export interface ScanTiming {
  /** Time the scanner took inside the page, including its wait for Web Vitals. */
  scanMs: number;
}

/** Technical notes (facts.errors) stay in English; what the user reads is told in --lang. */
export const BUSY_PAGE = cliErrorText('en', 'hint_busy');

/** How long the scanner may take when the caller gives no limit (the popup's scans take a second or two). */
export const SCAN_TIMEOUT_MS = 10_000;

/**
 * Runs the scanner and returns its parsed facts. Gives up after `timeoutMs`, or when `signal`
 * aborts (with its reason): a page busy forever never lets the scanner answer. The caller then
 * has to kill the browser; closing it would wait on that busy page.
 */
export async function runScanner(page: Page, scannerSource: string, timeoutMs = SCAN_TIMEOUT_MS, signal?: AbortSignal): Promise<{ facts: Facts } & ScanTiming> {
  return withTimeout(scan(page, scannerSource), timeoutMs, signal, () => new ScanFailure('scannerSilent', { seconds: timeoutMs / 1000, hint: { id: 'hint_busy' } }));
}

/** `work`, or the error `onTimeout` makes after `timeoutMs`, or the signal's reason when it aborts. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, signal: AbortSignal | undefined, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const givingUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
    onAbort = () => reject(signal!.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
  });
  try {
    return await Promise.race([work, givingUp]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
  }
}

async function scan(page: Page, scannerSource: string): Promise<{ facts: Facts } & ScanTiming> {
  const { value, ms } = await evaluateIsolated(page, scannerSource, 'polku-scanner', 'what_scanner');
  const parsed = parseFacts(value);
  if (!parsed.ok) throw new ScanFailure('scannerMalformed', { detail: parsed.problem.slice(0, 300) });
  return { facts: mergeGlobalVendors(parsed.facts, await readGlobalNames(page)), scanMs: ms };
}

/** As the extension does: the names of the page's main-world globals, parsed as hostile data; none on any failure. */
async function readGlobalNames(page: Page): Promise<string[]> {
  try {
    const raw = await withTimeout(page.evaluate(pageGlobalNames, GLOBAL_NAME_CAPS.count), 1000, undefined, () => new Error('no global names'));
    return parseGlobalNames(raw);
  } catch {
    return [];
  }
}

/** Evaluates a built script in a new isolated world of the page's main frame, as executeScript does, and returns its value. */
export async function evaluateIsolated(page: Page, source: string, worldName: string, what: ScriptName): Promise<{ value: unknown; ms: number }> {
  // Every step below needs the page's main thread, including creating the isolated world.
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName,
      grantUniveralAccess: false,
    })) as { executionContextId: number };
    const started = performance.now();
    const answer = (await cdp.send('Runtime.evaluate', {
      expression: source,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    const ms = performance.now() - started;
    if (answer.exceptionDetails) throw new ScanFailure('scriptThrew', { what: { id: what }, detail: (answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text).slice(0, 300) });
    return { value: answer.result.value, ms };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Our scripts, named in the user's language when one of them fails. */
export type ScriptName = 'what_scanner' | 'what_axe' | 'what_reader' | 'what_keyPages';
