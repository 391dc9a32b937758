// The injected painter, run against a linkedom page with the few browser globals it uses stubbed:
// hostile selectors, the cap, replace-not-stack, removal on disconnect, and a page left as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintOverlay, type PaintRequest } from '../../overlay/paint';
import { htmlDocument, page } from '../support/dom';

const PAGE = page(`
  <header><a id="phone" href="tel:+358401234567">040 123 4567</a></header>
  <main><p class="hidden-now" data-zero>Closed menu</p><p>Hello</p></main>
  <footer><a href="mailto:a@b.example">a@b.example</a></footer>`);

let doc: Document;
let listeners: Map<string, unknown>;
let disconnects: (() => void)[];
let connected: { name: string }[];
let portDisconnected: number;

function request(selectors: unknown[], labels: string[] = []): PaintRequest {
  return { targets: selectors.map((selector, i) => ({ selector, label: labels[i] })) as PaintRequest['targets'], port: 'polku-overlay' };
}

const hosts = () => doc.querySelectorAll('polku-overlay').length;
const pageMarkup = () => {
  const copy = doc.documentElement.cloneNode(true) as Element;
  copy.querySelectorAll('polku-overlay').forEach((el) => el.remove());
  return copy.outerHTML;
};

beforeEach(() => {
  doc = htmlDocument(PAGE);
  const view = doc.defaultView as unknown as { HTMLElement: { prototype: Element } };
  // linkedom has no layout: every element is 100 × 20 unless the fixture marks it zero-sized.
  view.HTMLElement.prototype.getBoundingClientRect = function (this: Element) {
    const size = this.hasAttribute('data-zero') ? 0 : 1;
    return { left: 10, top: 50, width: 100 * size, height: 20 * size, right: 110, bottom: 70, x: 10, y: 50, toJSON: () => ({}) } as DOMRect;
  };
  (view.HTMLElement.prototype as Element & { scrollIntoView(): void }).scrollIntoView = () => undefined;
  listeners = new Map();
  disconnects = [];
  connected = [];
  portDisconnected = 0;
  vi.stubGlobal('document', doc);
  vi.stubGlobal('addEventListener', (type: string, fn: unknown) => listeners.set(type, fn));
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 0));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  vi.stubGlobal('chrome', {
    runtime: {
      connect(info: { name: string }) {
        connected.push(info);
        return { disconnect: () => portDisconnected++, onDisconnect: { addListener: (fn: () => void) => disconnects.push(fn) } };
      },
    },
  });
});

afterEach(() => {
  // The popup going away: every overlay a test drew stops its timer.
  for (const fn of disconnects) fn();
  vi.unstubAllGlobals();
});

describe('the page overlay painter', () => {
  it('outlines found elements in one host and says which were hidden or missing', () => {
    const before = pageMarkup();
    const answer = paintOverlay(request(['a#phone', 'p.hidden-now', 'section#nowhere', 'footer > a'], ['Phone', '', '', 'Email']));
    expect(answer).toEqual({ states: ['shown', 'hidden', 'missing', 'shown'] });
    expect(hosts()).toBe(1);
    expect(connected).toEqual([{ name: 'polku-overlay' }]);
    expect(listeners.has('scroll') && listeners.has('resize')).toBe(true);
    expect(pageMarkup(), 'the page elements are untouched').toBe(before);
  });

  it('survives hostile selectors: invalid, empty, overlong, not a string', () => {
    // The overlong one would match: a list of 60 selectors naming the phone link.
    const answer = paintOverlay(request(['a:::nope', '', Array.from({ length: 60 }, () => 'a#phone').join(', '), 42, null, '<img src=x onerror=alert(1)>', 'a#phone']));
    expect(answer.states).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'shown']);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('a malformed request draws nothing and does not throw', () => {
    expect(paintOverlay(null as unknown as PaintRequest)).toEqual({ states: [] });
    expect(paintOverlay({ targets: 'a#phone', port: 'x' } as unknown as PaintRequest)).toEqual({ states: [] });
    expect(hosts()).toBe(0);
  });

  it('queries at most 50 selectors however many are asked', () => {
    const spy = vi.spyOn(doc, 'querySelector');
    const answer = paintOverlay(request(Array.from({ length: 500 }, () => 'a#phone')));
    expect(answer.states).toHaveLength(50);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(50);
  });

  it('draws nothing when no element is visible', () => {
    expect(paintOverlay(request(['p.hidden-now', 'table']))).toEqual({ states: ['hidden', 'missing'] });
    expect(hosts()).toBe(0);
    expect(connected).toEqual([]);
  });

  it('a new request replaces the overlay instead of stacking a second one', () => {
    paintOverlay(request(['a#phone']));
    paintOverlay(request(['footer > a']));
    expect(hosts()).toBe(1);
    expect(portDisconnected, 'the first overlay let go of its port').toBe(1);
    // Even a request that finds nothing clears the last overlay.
    paintOverlay(request(['table']));
    expect(hosts()).toBe(0);
  });

  it('goes away with every listener when the popup disconnects', () => {
    const before = pageMarkup();
    paintOverlay(request(['a#phone', 'footer > a']));
    expect(hosts()).toBe(1);
    disconnects[0]!();
    expect(hosts()).toBe(0);
    expect(listeners.size).toBe(0);
    expect(pageMarkup()).toBe(before);
  });

  it('without an extension runtime to hold it open, says it failed and leaves no trace', () => {
    vi.stubGlobal('chrome', undefined);
    expect(paintOverlay(request(['a#phone']))).toEqual({ states: ['shown'], failed: true });
    expect(hosts()).toBe(0);
  });

  it('a runtime that throws on connect leaves no trace either', () => {
    vi.stubGlobal('chrome', { runtime: { connect: () => { throw new Error('Extension context invalidated.'); } } });
    expect(paintOverlay(request(['a#phone'])).failed).toBe(true);
    expect(hosts()).toBe(0);
    expect(listeners.size).toBe(0);
  });
});
