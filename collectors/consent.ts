// Cookie consent: a consent platform loaded by script, a self-hosted consent script, or a cookie
// notice / consent dialog / "cookie settings" button in the page itself.
import { CONSENT_ACTIONS, CONSENT_PLUGIN_DIR, CONSENT_SCRIPT_FILE, CONSENT_SETTINGS, CONSENT_VENDORS, COOKIE_NOTICE, COOKIE_WORDS, NOTICE_DISMISS } from '../cues/consent';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { elementText, fold, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';
import { addSightings } from './vendor-sightings';

const cookieWords = cueMatcher(COOKIE_WORDS);
const actions = cueMatcher(CONSENT_ACTIONS);
const settings = cueMatcher(CONSENT_SETTINGS);
const notice = cueMatcher(COOKIE_NOTICE);
const dismiss = cueMatcher(NOTICE_DISMISS);

const BANNER = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]';
const CONTROL = 'button, [role="button"], a[href^="#"], a[href^="javascript:" i], a:not([href])';
// A handler that opens consent settings: openCookiePrefs(), Optanon.ToggleInfoDisplay(), Cookiebot.renew().
const HANDLER = /consent|optanon|cookiebot|usercentrics|didomi|cookie[-_]?(?:pref|setting|banner|policy|modal)|\bcmp|privacy/i;

/** A button that opens the consent settings: "Cookie settings", or "Cookies" that runs a consent handler. */
function isConsentControl(el: Element): boolean {
  const label = fold(elementText(el));
  if (label.length === 0 || label.length > 80) return false;
  if (settings.test(label)) return true;
  const handler = [...el.attributes].filter((a) => /^(?:on|@|x-on|data-action|v-on)/i.test(a.name)).map((a) => a.value).join(' ');
  return cookieWords.test(label) && (HANDLER.test(handler) || actions.test(label) || /policy|preferences|settings/.test(label));
}

function detect(index: PageIndex): Found {
  const found = new Found();
  for (const el of index.query(BANNER)) {
    if (/^(?:SCRIPT|STYLE|LINK|META|TEMPLATE|NOSCRIPT)$/i.test(el.tagName)) continue;
    const text = fold(el.textContent ?? '');
    if (text.length < 20 || text.length > 5000) continue;
    // A cookie container that asks for a choice, or says it uses cookies and offers to dismiss.
    if (cookieWords.test(text) && (actions.test(text) || (notice.test(text) && dismiss.test(text)))) {
      found.add('content', { text: text.slice(0, 160), el });
      break;
    }
  }
  const lines = index.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 600 || !notice.test(line)) continue;
    const near = [line, lines[i + 1] ?? '', lines[i + 2] ?? '', lines[i - 1] ?? ''].join(' ');
    if (actions.test(near) || dismiss.test(near)) {
      found.add('content', { text: line });
      break;
    }
  }
  for (const el of index.query(CONTROL)) {
    if (isConsentControl(el)) {
      found.add('content', { text: elementText(el), el });
      break;
    }
  }
  // The platform's name goes into the evidence text, where a rule can quote it.
  const platforms = new Found();
  scanVendors(index, CONSENT_VENDORS, platforms);
  // Loaders, inline configs, handlers calling the platform's global, its banner's elements.
  addSightings(index, 'consent', platforms);
  const { items, evidence } = platforms.result();
  evidence.forEach((ev, i) => found.add('script', { text: [items[i], ev.text].filter(Boolean).join(': '), url: ev.url }));
  for (const url of index.resourceUrls) {
    if (CONSENT_SCRIPT_FILE.test(url.pathname) || CONSENT_PLUGIN_DIR.test(url.pathname)) found.add('script', { url: url.href });
  }
  return found;
}

export const consentCollector: AssetCollector = {
  id: 'consent',
  assets: ['trust.consent'],
  // The corpus names no items for consent; the platform stays in the evidence.
  collect: (index) => ({ 'trust.consent': { ...detect(index).result(), items: [] } }),
};
