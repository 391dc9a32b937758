// Injected into the audited tab with scripting.executeScript({ func }) in the extension's isolated world.
// The browser serialises the function's source, so it must be self-contained: no imports, no outer
// names, every limit written inside. It draws boxes in one host element of its own with a closed
// shadow root, never touches the page's elements, and removes itself when the popup's port goes.

export interface PaintRequest {
  targets: readonly { selector: string; label?: string }[];
  /** Name of the runtime port to open to the popup; its disconnect removes the overlay. */
  port: string;
}

/** Per target, in the order asked: outlined, on the page but hidden (zero size), or not found. */
export type TargetState = 'shown' | 'hidden' | 'missing';

export interface PaintAnswer {
  states: TargetState[];
  /** Set when nothing could be drawn although elements were found (no popup to hold the overlay open). */
  failed?: boolean;
}

export function paintOverlay(request: PaintRequest): PaintAnswer {
  const MAX_TARGETS = 50;
  const MAX_SELECTOR = 300;
  const MAX_LABEL = 60;
  /** Where the isolated world keeps the running overlay's stop: the page's own scripts cannot see it. */
  const KEY = '__polkuOverlayStop';
  const PAD = 4;
  const COLOUR = '#e11d48';

  type Port = { disconnect(): void; onDisconnect: { addListener(fn: () => void): void } };
  type Runtime = { connect(info: { name: string }): Port };
  const scope = globalThis as unknown as Record<string, unknown> & { chrome?: { runtime?: Runtime }; browser?: { runtime?: Runtime } };

  // Replace, never stack: a new request first removes whatever the last one drew.
  const previous = scope[KEY];
  if (typeof previous === 'function') {
    try {
      (previous as () => void)();
    } catch {
      // A stop that fails leaves nothing we could still reach.
    }
  }
  scope[KEY] = undefined;

  const asked = Array.isArray(request?.targets) ? request.targets.slice(0, MAX_TARGETS) : [];
  const picked: { el: Element; label: string }[] = [];
  const states: TargetState[] = asked.map((target) => {
    const selector = typeof target?.selector === 'string' ? target.selector : '';
    if (selector === '' || selector.length > MAX_SELECTOR) return 'missing';
    let el: Element | null = null;
    try {
      // The selector is page-controlled text: it only ever goes to querySelector.
      el = document.querySelector(selector);
    } catch {
      return 'missing';
    }
    if (!el) return 'missing';
    const rect = el.getBoundingClientRect();
    const visible = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility?.({ visibilityProperty: true }) ?? true;
    if ((rect.width === 0 && rect.height === 0) || !visible) return 'hidden';
    if (picked.some((p) => p.el === el)) return 'shown';
    // One tag per touchpoint: five payment logos side by side carry "Payment methods" once.
    const label = typeof target.label === 'string' ? target.label.slice(0, MAX_LABEL) : '';
    picked.push({ el, label: picked.some((p) => p.label === label) ? '' : label });
    return 'shown';
  });
  if (picked.length === 0) return { states };

  const runtime = scope.chrome?.runtime ?? scope.browser?.runtime;
  if (!runtime?.connect) return { states, failed: true };

  const important = (el: HTMLElement, styles: Record<string, string>) => {
    for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
  };
  const box = (label: string): HTMLElement => {
    const frame = document.createElement('div');
    important(frame, {
      position: 'absolute',
      'box-sizing': 'border-box',
      border: `3px solid ${COLOUR}`,
      'border-radius': '4px',
      'box-shadow': '0 0 0 2px #fff, 0 0 12px rgba(0,0,0,0.35)',
      background: 'rgba(225,29,72,0.08)',
      'pointer-events': 'none',
    });
    if (label) {
      const tag = document.createElement('span');
      important(tag, { position: 'absolute', left: '-3px', bottom: '100%', 'max-width': '240px', overflow: 'hidden', 'white-space': 'nowrap', 'text-overflow': 'ellipsis', background: COLOUR, color: '#fff', font: '600 12px/1.4 system-ui, sans-serif', padding: '1px 6px', 'border-radius': '3px 3px 0 0' });
      tag.textContent = label;
      frame.append(tag);
    }
    return frame;
  };

  let stopped = false;
  let frame = 0;
  let port: Port | null = null;
  let host: HTMLElement | null = null;
  let drawn: { el: Element; box: HTMLElement }[] = [];
  const place = () => {
    frame = 0;
    if (stopped) return;
    if (!host?.isConnected) return stop();
    for (const { el, box } of drawn) {
      const rect = el.getBoundingClientRect();
      const gone = !el.isConnected || (rect.width === 0 && rect.height === 0);
      important(box, gone ? { display: 'none' } : { display: 'block', left: `${rect.left - PAD}px`, top: `${rect.top - PAD}px`, width: `${rect.width + 2 * PAD}px`, height: `${rect.height + 2 * PAD}px` });
    }
  };
  const schedule = () => {
    if (!frame && !stopped) frame = requestAnimationFrame(place);
  };
  // Layout also moves without a scroll (images load, a banner opens): a slow check catches that.
  const timer = setInterval(schedule, 500);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    removeEventListener('scroll', schedule, true);
    removeEventListener('resize', schedule);
    clearInterval(timer);
    if (frame) cancelAnimationFrame(frame);
    host?.remove();
    try {
      port?.disconnect();
    } catch {
      // Already gone with the popup.
    }
    if (scope[KEY] === stop) scope[KEY] = undefined;
  };
  scope[KEY] = stop;
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });

  try {
    port = runtime.connect({ name: String(request.port) });
    port.onDisconnect.addListener(stop);
    // Styles go through the CSSOM (a page's CSP does not govern it), on our own host and inside its
    // shadow root; `all: initial` keeps the page's inherited styles out of the boxes.
    host = document.createElement('polku-overlay');
    important(host, { all: 'initial', display: 'block', position: 'fixed', top: '0', left: '0', width: '0', height: '0', overflow: 'visible', 'z-index': '2147483647', 'pointer-events': 'none' });
    const root = host.attachShadow({ mode: 'closed' });
    drawn = picked.map(({ el, label }) => ({ el, box: root.appendChild(box(label)) }));
    document.documentElement.append(host);
    picked[0]?.el.scrollIntoView({ block: 'center', inline: 'nearest' });
    place();
  } catch {
    // No popup to hold the overlay open, or a document that takes no element: leave no trace.
    stop();
    return { states, failed: true };
  }
  return { states };
}
