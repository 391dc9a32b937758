import { describe, expect, it } from 'vitest';
import { browserLocale } from '../../i18n/locale';
import { classifyTab, reasonForError } from '../../extension/tab-access';

describe('classifyTab', () => {
  const cases: [string, string | undefined, string][] = [
    ['chrome://extensions/', 'complete', 'browserPage'],
    ['edge://settings', 'complete', 'browserPage'],
    ['about:blank', 'complete', 'blank'],
    ['view-source:https://example.fi/', 'complete', 'viewSource'],
    ['file:///home/me/page.html', 'complete', 'file'],
    ['file:///home/me/doc.pdf', 'complete', 'pdf'],
    ['https://example.fi/hinnasto.pdf', 'complete', 'pdf'],
    ['https://chromewebstore.google.com/detail/abc', 'complete', 'store'],
    ['https://addons.mozilla.org/fi/firefox/addon/x/', 'complete', 'store'],
    ['https://example.fi/', 'loading', 'loading'],
  ];
  for (const [url, status, reason] of cases) {
    it(`${url} (${status}) → ${reason}`, () => {
      expect(classifyTab({ id: 1, url, status })).toEqual({ ok: false, reason });
    });
  }
  it('accepts a loaded web page', () => {
    expect(classifyTab({ id: 7, url: 'https://example.fi/palvelut', status: 'complete' })).toEqual({ ok: true, tabId: 7, url: 'https://example.fi/palvelut' });
  });
  it('says so when there is no tab or its URL is hidden', () => {
    expect(classifyTab(undefined)).toEqual({ ok: false, reason: 'noTab' });
    expect(classifyTab({ id: 2 })).toEqual({ ok: false, reason: 'denied' });
  });
});

describe('reasonForError', () => {
  it('maps browser errors to plain reasons', () => {
    expect(reasonForError('The extensions gallery cannot be scripted.')).toBe('store');
    expect(reasonForError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('denied');
    expect(reasonForError('Something odd')).toBe('failed');
  });
});

describe('browserLocale', () => {
  it('follows a Finnish browser and falls back to English', () => {
    expect(browserLocale('fi')).toBe('fi');
    expect(browserLocale('fi-FI')).toBe('fi');
    expect(browserLocale('sv-FI')).toBe('en');
  });
});
