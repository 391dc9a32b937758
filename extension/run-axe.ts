// Runs the accessibility check (axe-core) in one tab on the user's click and parses its answer:
// like the scanner's, it comes from a hostile page and is data to validate.
import { accessibilityFactsSchema, AxeNotRunSchema, type AccessibilityFacts } from '../engine/accessibility';
import { injectAndWait, ScanError } from './scan-tab';

/** axe stops itself after 6 s (collectors/axe-run.ts); past this the tab is not answering at all. */
export const AXE_TIMEOUT_MS = 12_000;

const lenient = accessibilityFactsSchema('lenient');

/** Throws ScanError (with the same reasons as a scan: timeout, navigated, malformed, …) when it cannot answer. */
export async function runAxeInTab(tabId: number, timeoutMs = AXE_TIMEOUT_MS): Promise<AccessibilityFacts> {
  const raw = await injectAndWait(tabId, '/axe-runner.js', timeoutMs);
  const notRun = AxeNotRunSchema.safeParse(raw);
  if (notRun.success) throw new Error(`the accessibility check did not run: ${notRun.data.notRun}`);
  const parsed = lenient.safeParse(raw);
  if (!parsed.success) throw new ScanError('malformed', `the accessibility check returned malformed data: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
