// Injects the scanner into one tab and parses what comes back: the page is hostile,
// so its answer is data to validate, never something to trust.
import { browser } from 'wxt/browser';
import { FactsSchema, type Facts } from '../engine/facts';
import { reasonForError, type BlockedReason } from './tab-access';

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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanError('timeout', `no answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const injection = browser.scripting.executeScript({ target: { tabId }, files: ['/scanner.js'] });
    const results = await Promise.race([injection, timeout]).catch((error: unknown) => {
      if (error instanceof ScanError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      throw new ScanError(reasonForError(text), text);
    });
    const parsed = FactsSchema.safeParse(results?.[0]?.result);
    if (!parsed.success) throw new ScanError('malformed', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return parsed.data;
  } finally {
    clearTimeout(timer);
  }
}
