// The popup's side of the evidence overlay: injects the painter into the audited tab and holds the
// port it opens, so the overlay lives exactly as long as the popup (or until the next request).
import { browser, type Browser } from 'wxt/browser';
import { paintOverlay, type PaintRequest } from '../overlay/paint';
import { readPaintAnswer, type OverlayOutcome } from '../overlay/outcome';
import { MAX_OVERLAY_TARGETS, type OverlayTarget } from '../overlay/targets';

/** Name of the port the painter opens: its disconnect (the popup closed) removes the overlay. */
export const OVERLAY_PORT = 'polku-overlay';
/** A tab whose page keeps its main thread busy gets this long to draw; past it the popup says it could not. */
export const PAINT_TIMEOUT_MS = 3000;

export interface PageOverlay {
  /** Outlines the targets (replacing what was shown) and scrolls the tab to the first one found. */
  show(targets: readonly OverlayTarget[]): Promise<OverlayOutcome>;
  /** Removes the overlay from the tab and stops listening. */
  dispose(): void;
}

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'disconnect' | 'onDisconnect'>;

/** The extension APIs the overlay uses, injected so the logic runs under test without a browser. */
export interface OverlayApi {
  paint(tabId: number, request: PaintRequest): Promise<unknown>;
  onConnect: { addListener(fn: (port: Port) => void): void; removeListener(fn: (port: Port) => void): void };
}

export function browserOverlayApi(): OverlayApi {
  return {
    paint: async (tabId, request) => (await browser.scripting.executeScript({ target: { tabId }, func: paintOverlay, args: [request] }))?.[0]?.result,
    onConnect: browser.runtime.onConnect,
  };
}

export function createPageOverlay(tabId: number, api: OverlayApi, timeoutMs = PAINT_TIMEOUT_MS): PageOverlay {
  const ports = new Set<Port>();
  const onConnect = (port: Port) => {
    if (port.name !== OVERLAY_PORT) return;
    // Only the audited tab's painter may hold the popup's attention.
    if (port.sender?.tab?.id !== tabId) return port.disconnect();
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  };
  api.onConnect.addListener(onConnect);
  let disposed = false;

  return {
    async show(targets) {
      if (disposed || targets.length === 0) return { kind: 'failed' };
      const request: PaintRequest = { targets: targets.slice(0, MAX_OVERLAY_TARGETS).map(({ selector, label }) => (label ? { selector, label } : { selector })), port: OVERLAY_PORT };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
      try {
        return readPaintAnswer(await Promise.race([api.paint(tabId, request), late]));
      } catch {
        // The tab went away, navigated to a page we may not script, or was never ours to script.
        return { kind: 'failed' };
      } finally {
        clearTimeout(timer);
      }
    },
    dispose() {
      disposed = true;
      api.onConnect.removeListener(onConnect);
      for (const port of ports) port.disconnect();
      ports.clear();
    },
  };
}
