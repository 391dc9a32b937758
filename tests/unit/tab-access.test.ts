import { describe, expect, it } from 'vitest';
import { browserLocale } from '../../i18n/locale';
import { classifyTab, reasonForError, unreadableContent } from '../../extension/tab-access';

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
    ['https://example.fi/', 'unloaded', 'unloaded'],
  ];
  for (const [url, status, reason] of cases) {
    it(`${url} (${status}) → ${reason}`, () => {
      expect(classifyTab({ id: 1, url, status })).toEqual({ ok: false, reason });
    });
  }
  it('reads a page that is still loading: its DOM may be ready though a resource never ends', () => {
    expect(classifyTab({ id: 3, url: 'https://example.fi/', status: 'loading' })).toEqual({ ok: true, tabId: 3, url: 'https://example.fi/' });
  });
  it('a discarded tab has no page to read', () => {
    expect(classifyTab({ id: 4, url: 'https://example.fi/', status: 'complete', discarded: true })).toEqual({ ok: false, reason: 'unloaded' });
  });
  it('accepts a loaded web page', () => {
    expect(classifyTab({ id: 7, url: 'https://example.fi/palvelut', status: 'complete' })).toEqual({ ok: true, tabId: 7, url: 'https://example.fi/palvelut' });
  });
  it('says so when there is no tab or its URL is hidden', () => {
    expect(classifyTab(undefined)).toEqual({ ok: false, reason: 'noTab' });
    expect(classifyTab({ id: 2 })).toEqual({ ok: true, tabId: 2, url: null });
    expect(classifyTab({ id: 2, status: 'loading' })).toEqual({ ok: true, tabId: 2, url: null });
  });
});

describe('reasonForError', () => {
  it('maps browser errors to plain reasons', () => {
    expect(reasonForError('The extensions gallery cannot be scripted.')).toBe('store');
    expect(reasonForError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('denied');
    expect(reasonForError('Cannot access a chrome:// URL')).toBe('browserPage');
    expect(reasonForError('Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.')).toBe('blank');
    expect(reasonForError('Cannot access contents of url "file:///tmp/a.html".')).toBe('file');
    expect(reasonForError('Something odd')).toBe('failed');
  });
  it('tells an error page (a redirect loop, a refused connection) and a page that went away from a protected one', () => {
    expect(reasonForError('Frame with ID 0 is showing error page')).toBe('errorPage');
    expect(reasonForError('Frame with ID 0 was removed.')).toBe('navigated');
    expect(reasonForError('No frame with id 0 in tab 12.')).toBe('navigated');
  });
});

describe('unreadableContent', () => {
  it('tells the PDF viewer and raw files from pages', () => {
    expect(unreadableContent({ page: { contentType: 'application/pdf' } })).toBe('pdf');
    expect(unreadableContent({ page: { contentType: 'image/png' } })).toBe('notHtml');
    expect(unreadableContent({ page: { contentType: 'image/svg+xml' } })).toBe('notHtml');
    expect(unreadableContent({ page: { contentType: 'text/html' } })).toBeNull();
    expect(unreadableContent({ page: { contentType: 'application/xhtml+xml' } })).toBeNull();
  });
});

describe('browserLocale', () => {
  it('follows a Finnish browser and falls back to English', () => {
    expect(browserLocale('fi')).toBe('fi');
    expect(browserLocale('fi-FI')).toBe('fi');
    expect(browserLocale('sv-FI')).toBe('en');
  });
});
