// Decides, before injecting anything, whether a tab holds a page Polku can read.
// Pure: takes what the tabs API says about the tab.

export type BlockedReason =
  | 'browserPage'
  | 'store'
  | 'file'
  | 'pdf'
  | 'notHtml'
  | 'blank'
  | 'viewSource'
  | 'errorPage'
  | 'unloaded'
  | 'navigated'
  | 'noTab'
  | 'denied'
  | 'timeout'
  | 'malformed'
  | 'failed';

export interface TabInfo {
  id?: number;
  url?: string;
  status?: string;
  discarded?: boolean;
}

/** `url` is null when the browser hides it (no access yet): the injection itself then tells. */
export type TabVerdict = { ok: true; tabId: number; url: string | null } | { ok: false; reason: BlockedReason };

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function classifyTab(tab: TabInfo | undefined): TabVerdict {
  if (!tab || tab.id === undefined) return { ok: false, reason: 'noTab' };
  const raw = tab.url ?? '';
  // A crashed tab (Chrome's "Aw, Snap!") or one the browser unloaded has no page to read; the
  // injection would fail with a misleading permission error.
  if (tab.status === 'unloaded' || tab.discarded) return { ok: false, reason: 'unloaded' };
  // A tab still loading is read all the same: its DOM may be ready though some resource never ends.
  // Without access the browser hides the URL; try the injection and read its error.
  if (raw === '') return { ok: true, tabId: tab.id, url: null };
  if (raw.startsWith('view-source:')) return { ok: false, reason: 'viewSource' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'browserPage' };
  }
  if (url.protocol === 'about:' || url.protocol === 'data:') return { ok: false, reason: 'blank' };
  if (url.protocol === 'file:') return /\.pdf$/i.test(url.pathname) ? { ok: false, reason: 'pdf' } : { ok: false, reason: 'file' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'browserPage' };
  if (STORE_HOSTS.includes(url.hostname) && /webstore|detail|addon/.test(url.pathname + url.hostname)) return { ok: false, reason: 'store' };
  if (/\.pdf$/i.test(url.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true, tabId: tab.id, url: raw };
}

/** Maps an injection error to what the user is told. */
export function reasonForError(message: string): BlockedReason {
  if (/cannot be scripted|extensions gallery|web store/i.test(message)) return 'store';
  if (/about:blank|about:srcdoc/i.test(message)) return 'blank';
  if (/(?:chrome|chrome-extension|chrome-untrusted|devtools|edge|brave|opera|moz-extension|about):/i.test(message)) return 'browserPage';
  if (/file:\/\//i.test(message)) return 'file';
  if (/cannot access|permission|not allowed|missing host/i.test(message)) return 'denied';
  // The browser's own error page: the site did not load (redirect loop, refused, DNS, TLS).
  if (/showing error page/i.test(message)) return 'errorPage';
  if (/frame (?:with id \d+ )?was removed|no frame with id|document was unloaded|tab was closed/i.test(message)) return 'navigated';
  if (/no tab with id/i.test(message)) return 'noTab';
  return 'failed';
}

/** A scan of something that is not a web page: the PDF viewer, an image, plain text. */
export function unreadableContent(facts: { page?: { contentType: string } }): BlockedReason | null {
  const type = facts.page?.contentType ?? 'text/html';
  if (type === 'application/pdf') return 'pdf';
  return /html/.test(type) ? null : 'notHtml';
}
