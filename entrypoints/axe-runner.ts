// Injected into the audited tab when an accessibility check is asked for (never registered in the
// manifest). Runs axe-core's WCAG 2.x A and AA rules a few at a time in this isolated world: axe
// only reads the page, its globals stay in this world, and the answer is plain data.
import axe from 'axe-core';
import { runAxe } from '../collectors/axe-run';
import { SCAN_PORT } from '../extension/scan-port';

interface RunnerChrome {
  runtime?: { id?: string; connect?: (info: { name: string }) => { onDisconnect: { addListener(fn: () => void): void } } };
}

export default defineUnlistedScript(async () => {
  const caller = new AbortController();
  const api = (globalThis as { chrome?: RunnerChrome }).chrome;
  try {
    // The popup holds the port while it waits; when it closes or gives up, the run stops.
    if (api?.runtime?.id && api.runtime.connect) api.runtime.connect({ name: SCAN_PORT }).onDisconnect.addListener(() => caller.abort());
  } catch {
    // No extension context (the CLI evaluates this file in an isolated world of its own).
  }
  try {
    return await runAxe(axe, document, { signal: caller.signal });
  } catch (error) {
    // Said as data: a script's exception does not reach the popup in every browser.
    return { notRun: error instanceof Error ? error.message : String(error) };
  }
});
