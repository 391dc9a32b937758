// The popup's side of the overlay with the extension APIs faked: which ports it holds, what it
// sends, how it reads a hostile or late answer; and the texts it shows, in both languages.
import { describe, expect, it, vi } from 'vitest';
import { createPageOverlay, OVERLAY_PORT, type OverlayApi } from '../../extension/page-overlay';
import { describeOutcome, OVERLAY_TEXTS } from '../../i18n/overlay';
import { LOCALES } from '../../engine/rule';
import { readPaintAnswer } from '../../overlay/outcome';
import type { PaintRequest } from '../../overlay/paint';

type Port = Parameters<Parameters<OverlayApi['onConnect']['addListener']>[0]>[0];

function fakeApi(answer: (request: PaintRequest) => Promise<unknown>) {
  const listeners = new Set<(port: Port) => void>();
  const sent: PaintRequest[] = [];
  const api: OverlayApi = {
    paint: (_tabId, request) => {
      sent.push(request);
      return answer(request);
    },
    onConnect: { addListener: (fn) => listeners.add(fn), removeListener: (fn) => listeners.delete(fn) },
  };
  const connect = (name: string, tabId: number) => {
    const onGone: (() => void)[] = [];
    const port = { name, sender: { tab: { id: tabId } }, disconnect: vi.fn(), onDisconnect: { addListener: (fn: () => void) => onGone.push(fn) } } as unknown as Port & { disconnect: ReturnType<typeof vi.fn> };
    for (const fn of listeners) fn(port);
    return { port, drop: () => onGone.forEach((fn) => fn()) };
  };
  return { api, sent, listeners, connect };
}

const shownAll = (request: PaintRequest) => Promise.resolve({ states: request.targets.map(() => 'shown') });

describe('the popup side of the overlay', () => {
  it('sends at most 50 targets under its own port name and counts the answer', async () => {
    const { api, sent } = fakeApi(shownAll);
    const overlay = createPageOverlay(7, api);
    const outcome = await overlay.show(Array.from({ length: 80 }, (_, i) => ({ selector: `li:nth-of-type(${i + 1})` })));
    expect(sent[0]!.targets).toHaveLength(50);
    expect(sent[0]!.port).toBe(OVERLAY_PORT);
    expect(outcome).toEqual({ kind: 'painted', shown: 50, hidden: 0, missing: 0 });
  });

  it('holds the painter port of its own tab and lets go of it on dispose', () => {
    const { api, connect, listeners } = fakeApi(shownAll);
    const overlay = createPageOverlay(7, api);
    const ours = connect(OVERLAY_PORT, 7);
    const stranger = connect(OVERLAY_PORT, 8);
    const scanner = connect('polku-scan', 9);
    expect(stranger.port.disconnect).toHaveBeenCalled();
    expect(scanner.port.disconnect, "another feature's port is not ours to close").not.toHaveBeenCalled();
    overlay.dispose();
    expect(ours.port.disconnect).toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('forgets a port the page already closed', () => {
    const { api, connect } = fakeApi(shownAll);
    const overlay = createPageOverlay(7, api);
    const gone = connect(OVERLAY_PORT, 7);
    gone.drop();
    overlay.dispose();
    expect(gone.port.disconnect).not.toHaveBeenCalled();
  });

  it('a failed injection, a hostile answer or a page that never answers is "could not reach"', async () => {
    vi.useFakeTimers();
    try {
      const cases: ((r: PaintRequest) => Promise<unknown>)[] = [
        () => Promise.reject(new Error('Cannot access contents of the page')),
        () => Promise.resolve({ states: ['shown', '<b>pwned</b>'] }),
        () => Promise.resolve({ states: Array.from({ length: 51 }, () => 'shown') }),
        () => Promise.resolve(undefined),
        () => new Promise(() => undefined),
      ];
      for (const answer of cases) {
        const pending = createPageOverlay(7, fakeApi(answer).api, 1000).show([{ selector: 'a' }]);
        await vi.advanceTimersByTimeAsync(1000);
        expect(await pending).toEqual({ kind: 'failed' });
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not inject for nothing, nor after dispose', async () => {
    const { api, sent } = fakeApi(shownAll);
    const overlay = createPageOverlay(7, api);
    expect(await overlay.show([])).toEqual({ kind: 'failed' });
    overlay.dispose();
    expect(await overlay.show([{ selector: 'a' }])).toEqual({ kind: 'failed' });
    expect(sent).toHaveLength(0);
  });
});

describe('what the popup says', () => {
  it('reads the painter answer', () => {
    expect(readPaintAnswer({ states: ['shown', 'hidden', 'missing', 'missing'] })).toEqual({ kind: 'painted', shown: 1, hidden: 1, missing: 2 });
    expect(readPaintAnswer({ states: ['shown'], failed: true })).toEqual({ kind: 'failed' });
    expect(readPaintAnswer('shown')).toEqual({ kind: 'failed' });
  });

  it('every text exists in Finnish and English with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(OVERLAY_TEXTS)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.fi.trim(), key).not.toBe('');
      expect(names(text.fi), key).toEqual(names(text.en));
    }
  });

  it('one element: its fate; several: the counts', () => {
    expect(describeOutcome('en', { kind: 'painted', shown: 1, hidden: 0, missing: 0 })).toBe('Outlined on the page.');
    expect(describeOutcome('fi', { kind: 'painted', shown: 0, hidden: 0, missing: 1 })).toBe('Ei enää löydy sivulta; sivu on voinut muuttua auditoinnin jälkeen.');
    expect(describeOutcome('en', { kind: 'painted', shown: 0, hidden: 1, missing: 0 })).toMatch(/hidden/);
    expect(describeOutcome('en', { kind: 'painted', shown: 4, hidden: 1, missing: 2 })).toBe('Outlined 4 of 7 on the page (1 hidden now, 2 not found).');
    expect(describeOutcome('fi', { kind: 'painted', shown: 3, hidden: 0, missing: 0 })).toBe('Korostettu sivulla 3/3.');
    for (const locale of LOCALES) expect(describeOutcome(locale, { kind: 'failed' })).toBe(OVERLAY_TEXTS.failed[locale]);
  });
});
