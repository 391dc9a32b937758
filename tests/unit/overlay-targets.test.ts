import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../engine/assets';
import { assetTargets, capTargets, evidenceTarget, isOnAuditedPage, MAX_OVERLAY_TARGETS, stageTargets, type OverlayTarget } from '../../overlay/targets';

const START = 'https://shop.example/products?x=1';
const ev = (over: Partial<Evidence>): Evidence => ({ kind: 'content', ...over });

describe('which evidence can be shown on the audited tab', () => {
  it('evidence of the audited page, with or without its page named, and with a hash', () => {
    expect(isOnAuditedPage(ev({}), START)).toBe(true);
    expect(isOnAuditedPage(ev({ page: START }), START)).toBe(true);
    expect(isOnAuditedPage(ev({ page: `${START}#faq` }), START)).toBe(true);
  });

  it('not evidence read from a key page, nor from a page that only shares a prefix', () => {
    expect(isOnAuditedPage(ev({ page: 'https://shop.example/contact' }), START)).toBe(false);
    expect(isOnAuditedPage(ev({ page: 'https://shop.example/products?x=12' }), START)).toBe(false);
    expect(evidenceTarget(ev({ selector: 'footer > a', page: 'https://shop.example/contact' }), START)).toBeNull();
  });

  it('needs a selector: evidence told by text or address alone has nothing to point at', () => {
    expect(evidenceTarget(ev({ text: 'Call us', url: 'tel:+358401234567' }), START)).toBeNull();
    expect(evidenceTarget(ev({ selector: '   ' }), START)).toBeNull();
    expect(evidenceTarget(ev({ selector: ' footer > a ' }), START)).toEqual({ selector: 'footer > a' });
  });

  it('refuses a selector longer than the scanner writes', () => {
    expect(evidenceTarget(ev({ selector: `${'div > '.repeat(60)}a` }), START)).toBeNull();
  });

  it('keeps a hostile selector as a plain string for querySelector: no parsing, no markup', () => {
    const selector = 'a[href="\\"><img src=x onerror=alert(1)>"]';
    expect(evidenceTarget(ev({ selector }), START, 'Phone')).toEqual({ selector, label: 'Phone' });
  });
});

describe('one request', () => {
  const group = (prefix: string, n: number, label?: string): OverlayTarget[] => Array.from({ length: n }, (_, i) => ({ selector: `${prefix}:nth-of-type(${i + 1})`, label }));

  it('caps the selectors at MAX_OVERLAY_TARGETS', () => {
    expect(capTargets([group('a', 80)])).toHaveLength(MAX_OVERLAY_TARGETS);
    expect(capTargets([group('a', 5), group('b', 5)], 3)).toHaveLength(3);
  });

  it('takes assets in turns, so a long list does not crowd the others out', () => {
    const picked = capTargets([group('img', 40, 'Payment'), group('a', 2, 'Phone'), group('p', 1, 'Address')], 6);
    expect(picked.map((t) => t.label)).toEqual(['Payment', 'Phone', 'Address', 'Payment', 'Phone', 'Payment']);
  });

  it('asks for a selector once, even when two assets found the same element', () => {
    const picked = capTargets([[{ selector: 'footer > a', label: 'Email' }], [{ selector: 'footer > a', label: 'Contact' }, { selector: 'form' }]]);
    expect(picked).toEqual([{ selector: 'footer > a', label: 'Email' }, { selector: 'form' }]);
  });

  it('nothing in, nothing out', () => {
    expect(capTargets([])).toEqual([]);
    expect(capTargets([[], []])).toEqual([]);
  });
});

describe('"show all" of a stage', () => {
  it('labels each target with its asset and leaves out what is on other pages', () => {
    const targets = stageTargets(
      [
        { id: 'contact.phone', evidence: [ev({ selector: 'header a' }), ev({ selector: 'footer a', page: 'https://shop.example/contact' })] },
        { id: 'contact.email', evidence: [ev({ text: 'hello@shop.example' })] },
        { id: 'faq', evidence: [ev({ selector: 'section#faq', page: START })] },
      ],
      START,
      (id) => `name of ${id}`,
    );
    expect(targets).toEqual([
      { selector: 'header a', label: 'name of contact.phone' },
      { selector: 'section#faq', label: 'name of faq' },
    ]);
  });

  it('an asset whose evidence is all on key pages gives no target', () => {
    expect(assetTargets([ev({ selector: 'a', page: 'https://shop.example/privacy' })], START, 'Privacy')).toEqual([]);
  });
});
