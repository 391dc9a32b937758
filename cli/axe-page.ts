// Runs the extension's accessibility check (.output/chrome-mv3/axe-runner.js) in an isolated world
// of the page, as the extension's executeScript does, and parses its answer: the page is hostile.
// Its failures become technical notes in facts.errors (English); the user sees which check is missing.
import type { Page } from 'playwright-core';
import { accessibilityFactsSchema, AxeNotRunSchema, type AccessibilityFacts } from '../engine/accessibility';
import { axeSkipReason } from '../engine/axe-gate';
import type { Facts } from '../engine/facts';
import { BUSY_PAGE, evaluateIsolated, withTimeout } from './scan-page';

/** axe stops itself after 6 s (collectors/axe-run.ts); past this the page is not answering at all. */
export const AXE_TIMEOUT_MS = 10_000;

const lenient = accessibilityFactsSchema('lenient');

export async function runAxeInPage(page: Page, runnerSource: string, timeoutMs = AXE_TIMEOUT_MS, signal?: AbortSignal): Promise<AccessibilityFacts> {
  const run = async () => {
    const { value } = await evaluateIsolated(page, runnerSource, 'polku-axe', 'what_axe');
    const notRun = AxeNotRunSchema.safeParse(value);
    if (notRun.success) throw new Error(`the accessibility check did not run: ${notRun.data.notRun}`);
    const parsed = lenient.safeParse(value);
    if (!parsed.success) throw new Error(`the accessibility check returned malformed data: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  };
  return withTimeout(run(), timeoutMs, signal, () => new Error(`the accessibility check got no answer from the page in ${timeoutMs / 1000} s: ${BUSY_PAGE}`));
}

/**
 * Adds the accessibility slice to `facts`. A failure is one collector error ('axe') and leaves the
 * slice missing, so its checks show as not run; the rest of the audit stands. Only the audit's own
 * deadline (the signal) ends the audit.
 */
export async function addAccessibility(page: Page, runnerSource: string, facts: Facts, signal?: AbortSignal, timeoutMs = AXE_TIMEOUT_MS): Promise<void> {
  try {
    if (timeoutMs <= 0) throw new Error('no time was left for the accessibility check');
    const skip = axeSkipReason(facts);
    if (skip) throw new Error(skip);
    facts.accessibility = await runAxeInPage(page, runnerSource, timeoutMs, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    facts.errors.push({ collector: 'axe', message: (error instanceof Error ? error.message : String(error)).slice(0, 500) });
  }
}
