import { describe, expect, it } from 'vitest';
import type { ScanInfo } from '../../engine/facts';
import { incompleteReasons } from '../../i18n/incomplete';

const scan = (over: Partial<ScanInfo> = {}): ScanInfo => ({ ms: 812.4, stoppedBy: null, truncated: false, skipped: [], loading: false, timings: [], ...over });

describe('why an audit is incomplete, in words', () => {
  it('says nothing about a complete audit', () => {
    expect(incompleteReasons('en', { incomplete: false, errors: [], scan: scan(), unchecked: 0 })).toEqual([]);
  });

  it('names a scan stopped by its time budget, the steps it skipped, and what that does to the scores', () => {
    const lines = incompleteReasons('en', { incomplete: true, errors: [], scan: scan({ stoppedBy: 'time', ms: 8004.6, skipped: ['booking', 'content'] }), unchecked: 3 });
    expect(lines).toEqual([
      'Partial: the scan stopped after 8005 ms so that the page stays responsive.',
      'Not checked: booking, content.',
      'Checks that could not run count as not met, so the full scores may be higher.',
    ]);
  });

  it('speaks Finnish too, and names failed collectors once each', () => {
    const lines = incompleteReasons('fi', { incomplete: true, errors: [{ collector: 'faq', message: 'x' }, { collector: 'faq', message: 'y' }], scan: scan({ stoppedBy: 'cancelled' }), unchecked: 1 });
    expect(lines[0]).toBe('Osittainen: skannaus keskeytettiin 812 ms:n jälkeen ennen kuin se valmistui.');
    expect(lines[1]).toBe('Osa tarkistuksista ei toiminut: faq.');
  });

  it('a page read while still loading, with every check run, says only that', () => {
    expect(incompleteReasons('en', { incomplete: true, errors: [], scan: scan({ loading: true }), unchecked: 0 })).toEqual(['The page had not finished loading when it was read.']);
  });
});
