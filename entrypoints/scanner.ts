// Injected into the audited tab on a toolbar click (never registered in the manifest).
// Reads the page, changes nothing in it, and returns plain data. It works in slices that yield to
// the page, within a budget, and stops when the popup that asked for it has gone.
import { scanDocument } from '../collectors';
import { Budget } from '../collectors/budget';
import { collectLive } from '../collectors/live';
import { startVitals } from '../collectors/vitals';
import { SCAN_PORT } from '../extension/scan-port';

/** The extension APIs the scanner uses, where it runs as a content script (not in the CLI). */
interface ScannerChrome {
  runtime?: { id?: string; connect?: (info: { name: string }) => { onDisconnect: { addListener(fn: () => void): void } } };
  dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null };
}

/** A document still being parsed is read once its DOM is complete, or as it is after a short wait. */
const DOM_WAIT_MS = 3000;

export default defineUnlistedScript(async () => {
  const budget = new Budget();
  const api = (globalThis as { chrome?: ScannerChrome }).chrome;
  listenForCaller(api, budget);
  // Listening starts now, so the Web Vitals wait for buffered entries runs beside the DOM collectors.
  const vitals = startVitals(window);
  await domReady(DOM_WAIT_MS);
  const resourceNames = performance.getEntriesByType('resource').map((entry) => entry.name);
  const facts = await scanDocument(document, { resourceNames, budget, shadowRootOf: shadowRootReader(api) });
  // Web Vitals, page weight and layout: only the live page has them.
  await collectLive(facts, window, budget, vitals);
  if (facts.scan) facts.scan.stoppedBy = budget.stoppedBy;
  return facts;
});

/** The popup holds a port open while it waits; when it closes or gives up, the scan stops. */
function listenForCaller(api: ScannerChrome | undefined, budget: Budget): void {
  try {
    if (!api?.runtime?.id || !api.runtime.connect) return;
    api.runtime.connect({ name: SCAN_PORT }).onDisconnect.addListener(() => budget.cancel());
  } catch {
    // No extension context (the CLI runs this file in an isolated world of its own): nothing to listen to.
  }
}

/** Closed shadow roots too, where the browser gives them to extensions (Chrome's chrome.dom, Firefox's element property). */
function shadowRootReader(api: ScannerChrome | undefined): (el: Element) => ShadowRoot | null {
  const chromeDom = api?.dom?.openOrClosedShadowRoot;
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    // Closed roots hang on custom elements in practice; asking for every element would cost a call each.
    if (!el.localName.includes('-')) return null;
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox) return firefox;
    return chromeDom ? chromeDom.call(api?.dom, el) : null;
  };
}

function domReady(maxMs: number): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
