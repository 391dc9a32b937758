// Loads a page in Chromium and runs the scanner in an isolated world, as the extension's
// executeScript does: the page's own scripts cannot see or tamper with it.
import type { Page } from 'playwright-core';
import type { Facts } from '../engine/facts';
import { parseFacts } from '../engine/parse-facts';
import { evaluateIsolated, IsolatedWorldError } from './isolated-world';

export class ScanFailure extends Error {}

export interface ScanTiming {
  /** Time the scanner took inside the page, including its wait for Web Vitals. */
  scanMs: number;
}

export const BUSY_PAGE = 'the page’s own scripts may be keeping it too busy to answer';

/** How long the scanner may take when the caller gives no limit (the popup's scans take a second or two). */
export const SCAN_TIMEOUT_MS = 10_000;

/**
 * Runs the scanner and returns its parsed facts. Gives up after `timeoutMs`, or when `signal`
 * aborts (with its reason): a page busy forever never lets the scanner answer. The caller then
 * has to kill the browser; closing it would wait on that busy page.
 */
export async function runScanner(page: Page, scannerSource: string, timeoutMs = SCAN_TIMEOUT_MS, signal?: AbortSignal): Promise<{ facts: Facts } & ScanTiming> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const givingUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanFailure(`the scanner got no answer from the page in ${timeoutMs / 1000} s: ${BUSY_PAGE}`)), timeoutMs);
    onAbort = () => reject(signal!.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
  });
  try {
    return await Promise.race([scan(page, scannerSource), givingUp]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
  }
}

async function scan(page: Page, scannerSource: string): Promise<{ facts: Facts } & ScanTiming> {
  const started = performance.now();
  let value: unknown;
  try {
    value = await evaluateIsolated(page, scannerSource, 'polku-scanner');
  } catch (error) {
    if (error instanceof IsolatedWorldError) throw new ScanFailure(`the scanner threw: ${error.message}`);
    throw error;
  }
  const scanMs = performance.now() - started;
  const parsed = parseFacts(value);
  if (!parsed.ok) throw new ScanFailure(`the page returned malformed facts: ${parsed.problem}`);
  return { facts: parsed.facts, scanMs };
}
