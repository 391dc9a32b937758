// A site's own cookie notice that its script builds: the notice is not in the HTML as served, but the code that
// shows it names it ("cookieBanner.show()", "window.gdprBannerLabel = …", "KUCookieFilters.init()",
// "Consent.has_optin('stats')"). Names only: nothing in the script is run.
import { cueRegExp } from '../cues/match';
import { CONSENT_ACTIONS, CONSENT_SETTINGS, COOKIE_CATEGORIES, COOKIE_NOTICE } from '../cues/consent';
import type { PageIndex } from './page-index';

/** The core of such a name: cookie or GDPR + what the notice is, or consent + its manager or state. */
const CONSENT_NAME = /(?:cookies?|gdpr)[-_]?(?:consent|banner|bar|notice|popup|layer|law|hint|warning|disclaimer|filters?|overlay|modal|dialog)|consent[-_]?(?:banner|manager|popup|layer|dialog|modal|given|required|provider)|has[-_]?opt[-_]?in/gi;
/** Characters of a name in code: "EM.cookie_group_policy", "is-cookie-bar-visible". */
const NAME_CHAR = /[\w$-]/;
/** A switch that turns the notice off ("isCookieBannerEnabled": false) says there is none. */
const SWITCHED_OFF = /^["']?\s*[:=]\s*(?:false|0|null|""|'')/;
/** A notice for browsers that block cookies ("noCookiesNotice"), or a switch that says the notice is possible
 *  ("COOKIE_BANNER_CAPABLE"), not that it is shown. */
const NOT_A_NOTICE = /^(?:no|disabled?|without)[-_]?(?:cookies?|gdpr|consent)|(?:capable|supported|available|allowed)$/i;
/** The address of a page named so ("cookieHint": "/cookie_hint.html"): a route, not the code that shows a notice. */
const ROUTE_VALUE = /^["']?\s*:\s*["'](?:\/|https?:)/;
/** Names are looked for up to this many times per page; a page of thousands is a bundle, and the first ones tell. */
const MAX_NAMES = 200;
const NAME_CHARS = 60;

/** Where a name in code starts and ends, the found core widened to its whole identifier (bounded). */
function wholeName(code: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < NAME_CHARS && NAME_CHAR.test(code[from - 1]!)) from--;
  let to = end;
  while (to < code.length && to - end < NAME_CHARS && NAME_CHAR.test(code[to]!)) to++;
  return [from, to];
}

/** The first name in the page's inline scripts that belongs to an own cookie notice, or null. */
export function ownConsentCode(index: PageIndex): string | null {
  let seen = 0;
  // Notices switched off ("isCookieBannerEnabled": false): the rest of their settings ("cookieBannerAcceptType":
  // "OPT_IN") belong to a notice that is not shown.
  const off = new Set<string>();
  for (const code of index.inlineScripts) {
    for (const m of code.matchAll(CONSENT_NAME)) {
      if (++seen > MAX_NAMES) return null;
      const core = m[0].toLowerCase().replace(/[-_]/g, '');
      if (off.has(core)) continue;
      const [from, to] = wholeName(code, m.index, m.index + m[0].length);
      // A file or page named so ("/cookie_hint.html", "cookie-law.css") is an address, not the code that shows it.
      if (code[from - 1] === '/' || /^\.(?:html?|css|js|png|svg|php|aspx?)\b/i.test(code.slice(to, to + 6))) continue;
      const name = code.slice(from, to);
      const after = code.slice(to, to + 16);
      if (SWITCHED_OFF.test(after) && ON_SWITCH.test(name)) off.add(core);
      if (NOT_A_NOTICE.test(name) || SWITCHED_OFF.test(after) || ROUTE_VALUE.test(after)) continue;
      return name;
    }
  }
  return null;
}

/** A name that switches a notice on or shows it. */
const ON_SWITCH = /enabled?|active|show|visible|display/i;

/** How much of the page's inline code is read for a notice's text: a data blob may be megabytes. */
const NOTICE_CODE_CHARS = 400_000;
const NOTICE_WINDOW = 1500;
const noticeAt = cueRegExp(COOKIE_NOTICE);
const choices = cueRegExp(CONSENT_ACTIONS, CONSENT_SETTINGS);
const categories = cueRegExp(COOKIE_CATEGORIES);

/** A notice's own texts kept in the page's data for its script to show ("popupCookieHeading": "Vi bruker
 *  informasjonskapsler", then "Nødvendige", "Statistikk", "Markedsføring"): the notice's words with its buttons or
 *  at least two cookie categories as labels beside them. A privacy policy's text says the words but offers no choice. */
export function noticeTextInCode(index: PageIndex): string | null {
  let budget = NOTICE_CODE_CHARS;
  for (const script of index.inlineScripts) {
    if (budget <= 0) break;
    const code = script.slice(0, budget).toLowerCase();
    budget -= code.length;
    noticeAt.lastIndex = 0;
    const m = noticeAt.exec(code);
    if (!m) continue;
    const near = code.slice(m.index, m.index + NOTICE_WINDOW);
    // Buttons and categories as labels of their own, whole strings ("Godta alle", "Nødvendige"), not words in a
    // sentence of a policy ("you can change your cookie settings").
    const labels = (re: RegExp) => [...near.matchAll(re)].slice(0, 40).filter((c) => isQuote(near[c.index - 1]) && isQuote(near[c.index + c[0].length]));
    if (labels(choices).length > 0 || new Set(labels(categories).map((c) => c[0])).size >= 2) return m[0];
  }
  return null;
}

function isQuote(ch: string | undefined): boolean {
  return ch === '"' || ch === "'";
}
