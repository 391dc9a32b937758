// Loads a page in Chromium and runs the scanner in an isolated world, as the extension's
// executeScript does: the page's own scripts cannot see or tamper with it.
import type { Page } from 'playwright-core';
import type { Facts } from '../engine/facts';
import { parseFacts } from '../engine/parse-facts';

export class ScanFailure extends Error {}

export interface ScanTiming {
  /** Time the scanner took inside the page, including its wait for Web Vitals. */
  scanMs: number;
}

export async function runScanner(page: Page, scannerSource: string, timeoutMs = 10_000): Promise<{ facts: Facts } & ScanTiming> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'polku-scanner',
      grantUniveralAccess: false,
    })) as { executionContextId: number };
    const started = performance.now();
    const evaluation = cdp.send('Runtime.evaluate', {
      expression: scannerSource,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    }) as Promise<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ScanFailure(`the scanner did not finish in ${timeoutMs} ms`)), timeoutMs);
    });
    const answer = await Promise.race([evaluation, timeout]).finally(() => clearTimeout(timer));
    const scanMs = performance.now() - started;
    if (answer.exceptionDetails) throw new ScanFailure(`the scanner threw: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
    const parsed = parseFacts(answer.result.value);
    if (!parsed.ok) throw new ScanFailure(`the page returned malformed facts: ${parsed.problem}`);
    return { facts: parsed.facts, scanMs };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
