// Cookie consent: a consent platform loaded by script, a self-hosted consent script, or a cookie
// notice / consent dialog / "cookie settings" button in the page itself.
import { CONSENT_ACTIONS, CONSENT_PLUGIN_DIR, CONSENT_SCRIPT_FILE, CONSENT_VENDOR_DIR, CONSENT_SETTINGS, CONSENT_VENDORS, CONSENT_WORDS, COOKIE_NOTICE, COOKIE_WORDS, COOKIES_DISABLED, IMPLIED_ACCEPT, IMPLIED_CONSENT, IMPLIED_VISIT, NOTICE_DISMISS } from '../cues/consent';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { noticeTextInCode, ownConsentCode } from './consent-code';
import { Found } from './found';
import { isWholeLabel, labelOf } from './label-scan';
import { elementText, fold, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';
import { addSightings, pageMarkup } from './vendor-sightings';

const cookieWords = cueMatcher(COOKIE_WORDS);
const consentWords = cueMatcher(CONSENT_WORDS);
const actions = cueMatcher(CONSENT_ACTIONS);
const settings = cueMatcher(CONSENT_SETTINGS);
const notice = cueMatcher(COOKIE_NOTICE);
const cookiesDisabled = cueMatcher(COOKIES_DISABLED);
const dismiss = cueMatcher(NOTICE_DISMISS);
const implied = cueMatcher(IMPLIED_CONSENT);
const impliedAccept = cueMatcher(IMPLIED_ACCEPT);
const impliedVisit = cueMatcher(IMPLIED_VISIT);

const BANNER = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]';
/** What a notice is built as when its name does not say cookie: a dialog, or a fixed bar or popup. */
const OVERLAY = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog, [style*="position: fixed" i], [style*="position:fixed" i], [class*="banner" i], [class*="popup" i], [class*="notice" i], [class*="modal" i]';
const OVERLAY_TEXT_BUDGET = 1_000_000;
/** An own consent overlay a script fills: the container is there, empty, in the HTML as served. */
const EMPTY_OVERLAY = /^(?:cookie[-_]?(?:consent|banner|notice|bar|popup|layer|overlay|modal|dialog)|consent[-_]?(?:banner|layer|overlay|modal|dialog)|gdpr[-_]?(?:banner|consent|popup))$/i;
/** A custom element's name that says cookie or consent banner (its words between hyphens). */
const CONSENT_ELEMENT = /(?:^|-)(?:cookies?|consent|gdpr)-(?:[a-z]+-)?(?:consent|banner|notice|bar|popup|layer|overlay|modal|dialog|manager)(?:-|$)/;
const CONTROL = 'button, [role="button"], a[href^="#"], a[href^="javascript:" i], a:not([href])';
// A handler that opens consent settings: openCookiePrefs(), Optanon.ToggleInfoDisplay(), Cookiebot.renew().
const HANDLER = /consent|optanon|cookiebot|usercentrics|didomi|cookie[-_]?(?:pref|setting|banner|policy|modal)|\bcmp|privacy/i;

/** An in-page address of a consent layer ("#sp_privacy_manager", "#cookie-settings"), not a policy's own section. */
const CONSENT_FRAGMENT = /^#.*(?:consent|privacy[_-]?manager|\bcmp|cookie[-_]?(?:pref|setting))/i;

/** A button that opens the consent settings: "Cookie settings", or "Cookies" that runs a consent handler. */
function isConsentControl(el: Element): boolean {
  const label = fold(elementText(el));
  if (label.length === 0 || label.length > 80) return false;
  if (settings.test(label)) return true;
  // Handlers in event attributes, and script links in href or a data attribute a script reads ("javascript:Cookiebot.renew()").
  // An in-page anchor that opens the consent layer counts too ("#sp_privacy_manager").
  const handler = [...el.attributes].filter((a) => /^(?:on|@|x-on|data-action|v-on)/i.test(a.name) || /^\s*javascript:/i.test(a.value) || (a.name === 'href' && CONSENT_FRAGMENT.test(a.value))).map((a) => a.value).join(' ');
  return cookieWords.test(label) && (HANDLER.test(handler) || actions.test(label) || /policy|preferences|settings/.test(label));
}

/** A control in the notice that answers it: accept, decline, settings, or a plain "OK" / "Close". */
function offersChoice(el: Element): boolean {
  for (const control of [...el.querySelectorAll(CONTROL)].slice(0, 20)) {
    const label = fold(elementText(control));
    if (label.length > 0 && label.length <= 40 && (actions.test(label) || isWholeLabel(dismiss, label))) return true;
  }
  return false;
}

/** The containers a notice is built as, its name or its structure, each read once. */
function* noticeCandidates(index: PageIndex): Generator<{ el: Element; named: boolean }> {
  for (const el of index.query(BANNER)) yield { el, named: true };
  // Hero banners and modals nest: the text they hold is read up to a total, so nesting cannot make it quadratic.
  let read = 0;
  for (const el of index.query(OVERLAY, 500)) {
    if (/^(?:BODY|HTML|MAIN)$/i.test(el.tagName)) continue;
    read += el.textContent?.length ?? 0;
    if (read > OVERLAY_TEXT_BUDGET) return;
    yield { el, named: false };
  }
}

/** How many answer buttons are followed up to a fixed container, and how far up. */
const FIXED_LOOK = { controls: 60, depth: 5 } as const;

/**
 * On a live page, a notice whose name and markup say nothing: an answer button ("Accept", "OK") inside a small
 * container about cookies that the page's styles fix to the viewport (a bar or a corner popup). Only such buttons
 * are followed, a few levels up, so the styles of a handful of elements are read; an inert page has no styles.
 */
function fixedNotice(index: PageIndex): Element | null {
  const view = index.doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  let looked = 0;
  for (const control of index.query(CONTROL)) {
    const label = fold(elementText(control));
    if (label.length === 0 || label.length > 40 || !(actions.test(label) || isWholeLabel(dismiss, label))) continue;
    if (++looked > FIXED_LOOK.controls) break;
    let el: Element | null = control.parentElement;
    for (let depth = 0; el && depth < FIXED_LOOK.depth && !/^(?:BODY|HTML|MAIN)$/i.test(el.tagName); depth++, el = el.parentElement) {
      const text = el.textContent ?? '';
      if (text.length > 1500) break;
      if (!cookieWords.test(fold(text))) continue;
      const position = view.getComputedStyle(el).position;
      if (position === 'fixed' || position === 'sticky') return el;
    }
  }
  return null;
}

function detect(index: PageIndex): Found {
  const found = new Found();
  for (const { el, named } of noticeCandidates(index)) {
    if (/^(?:SCRIPT|STYLE|LINK|META|TEMPLATE|NOSCRIPT|BODY|HTML|MAIN)$/i.test(el.tagName)) continue;
    const text = fold(el.textContent ?? '');
    if (named && text.length === 0 && !el.firstElementChild && [el.id, ...el.classList].some((n) => EMPTY_OVERLAY.test(n))) {
      found.add('script', { text: `#${el.id || el.classList[0]}` });
      continue;
    }
    if (text.length < 20 || text.length > (named ? 5000 : 1500) || cookiesDisabled.test(text)) continue;
    // A container named for cookies may ask for consent without the word cookie, if it offers the answer.
    const asksConsent = named && consentWords.test(text);
    if (!cookieWords.test(text) && !asksConsent) continue;
    // A cookie container that asks for a choice, or says it uses cookies and offers to dismiss; a dialog or
    // overlay that speaks of cookies and has a button that answers it.
    const choice = offersChoice(el);
    if (asksConsent && !cookieWords.test(text)) {
      if (choice) {
        found.add('content', { text: text.slice(0, 160), el });
        break;
      }
      continue;
    }
    if ((named && (actions.test(text) || (notice.test(text) && dismiss.test(text)) || choice)) || (!named && choice && (notice.test(text) || actions.test(text)))) {
      found.add('content', { text: text.slice(0, 160), el });
      break;
    }
  }
  if (!found.found) {
    const fixed = fixedNotice(index);
    if (fixed) found.add('content', { text: fold(fixed.textContent ?? '').slice(0, 160), el: fixed });
  }
  const lines = index.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 600 || cookiesDisabled.test(line)) continue;
    // "En poursuivant votre navigation, vous acceptez l'utilisation de cookies": the notice needs no button.
    if ((implied.test(line) || (line.length <= 300 && impliedAccept.test(line) && impliedVisit.test(line))) && cookieWords.test(line)) {
      found.add('content', { text: line });
      break;
    }
    if (!notice.test(line)) continue;
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
  // A page of its own for the consent choices ("Administrer samtykke" → /samtykke).
  for (const link of index.links) {
    if (!link.url || !/^https?:$/.test(link.url.protocol)) continue;
    const label = labelOf(link.text);
    if (label.length > 0 && label.length <= 60 && isWholeLabel(settings, label)) {
      found.add('link', { text: link.rawText, url: link.url.href, el: link.el });
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
    if (CONSENT_SCRIPT_FILE.test(url.pathname) || CONSENT_PLUGIN_DIR.test(url.pathname) || CONSENT_VENDOR_DIR.test(url.pathname)) found.add('script', { url: url.href });
  }
  // The site's own bar, its texts kept in hidden fields for its script to show (<input type=hidden id="cookiebarMessage">).
  for (const el of index.query('input[type="hidden" i][id*="cookie" i], input[type="hidden" i][name*="cookie" i]', 20)) {
    const value = fold(el.getAttribute('value') ?? '');
    if (value.length >= 20 && value.length <= 2000 && cookieWords.test(value) && !cookiesDisabled.test(value)) {
      found.add('script', { text: `#${el.id || el.getAttribute('name')}: ${value.slice(0, 100)}` });
      break;
    }
  }
  // A web component a script fills with the site's own banner: "<swc-cookie-banner>", "<cookie-consent-dialog>".
  for (const token of pageMarkup(index).tokens) {
    if (token.startsWith('<') && CONSENT_ELEMENT.test(token.slice(1))) {
      found.add('script', { text: token + '>' });
      break;
    }
  }
  if (!found.found) {
    const name = ownConsentCode(index);
    if (name) found.add('script', { text: `inline code: ${name}` });
  }
  if (!found.found) {
    const words = noticeTextInCode(index);
    if (words) found.add('script', { text: `notice text in code: ${words}` });
  }
  return found;
}

export const consentCollector: AssetCollector = {
  id: 'consent',
  assets: ['trust.consent'],
  // The corpus names no items for consent; the platform stays in the evidence.
  collect: (index) => ({ 'trust.consent': { ...detect(index).result(), items: [] } }),
};
