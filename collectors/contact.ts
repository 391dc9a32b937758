import {
  CHAT_PROMPT,
  CONTACT_CONTEXT,
  CONTACT_PAGE,
  CONTACT_PATH_SEGMENTS,
  EMAIL_LABEL,
  MESSAGE_FIELD,
  NOT_CONTACT_FORM,
  NOT_CONTACT_PAGE,
  NOT_PHONE_LABEL,
  PHONE_LABEL,
} from '../cues/contact';
import { cueMatcher, cueRegExp, hostIs } from '../cues/match';
import { CHAT_VENDORS, MESSAGING_LINK_HOSTS } from '../cues/vendors';
import { pageAddresses } from './address';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { elementText, fold, safeDecode, visibleText, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';

const contactPage = cueMatcher(CONTACT_PAGE);
const notContactPage = cueMatcher(NOT_CONTACT_PAGE);
const contactContext = cueMatcher(CONTACT_CONTEXT);
const messageField = cueMatcher(MESSAGE_FIELD);
const emailLabel = cueMatcher(EMAIL_LABEL);
const chatPrompt = cueMatcher(CHAT_PROMPT);
const PHONE_LABELS = cueRegExp(PHONE_LABEL);
const NOT_PHONE_LABELS = cueRegExp(NOT_PHONE_LABEL);
// "/contact", "/kontakt/", "/contact-2/", "/contact_form.html"; not "/contact-lenses/".
const CONTACT_PATH = new RegExp(`(?:^|/)(?:${CONTACT_PATH_SEGMENTS.join('|')})(?![-_]?(?:lens|lins|grill))(?:[-_][\\w-]*)?(?:[/.]|$)`, 'i');
const NOT_CONTACT_PATH = /impressum|imprint|mentions-legales|legal-notice|colofon/;
const notContactForm = cueMatcher(NOT_CONTACT_FORM);
const NOT_CONTACT_FORM_ATTR = /comment|review|rating|vote|bewert|arvostel|recension|login|signin|sign-in|register|subscribe|newsletter|checkout/;

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

// ---- phone ----

// A run of at least five digits with the separators phone numbers use: "+49 (0)30 123 456 78", "040-123 4567", "05221/123456".
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+/-])\+?(?:\(\d{1,5}\)|\d)(?:[ \u00a0./–-]{0,3}(?:\(0\)|\(\d{1,5}\)|\d)){4,}/gu;
// North American: "800-555-0199", "(212) 555-0142", "1-800-555-0175".
const NANP = /^(?:1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?[2-9]\d{2}[ .-]\d{4}$/;
// European trunk-prefix numbers written in groups: "09 123 4567", "030 1234 5678", "07 12 34 56 78".
const TRUNK = /^(?:\(0\d{1,5}\)|0\d{1,5})(?:[ ./–-]{1,3}\d{1,5}){1,5}$/;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;
const UNIT_AFTER = /^\s?(?:€|eur\b|kr\b|:-|sek\b|nok\b|dkk\b|chf\b|\$|usd\b|%|kg\b|g\b|mm\b|cm\b|km\b|m²|kpl\b|pcs\b|st\b|x\b)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|eur|kr|chf)\s?$/i;

type PhoneShape = 'international' | 'national' | 'plain';

/** What a digit run looks like: a number in international or national phone format, something else, or not a phone at all. */
export function phoneShape(raw: string): PhoneShape | null {
  const s = raw.replace(/\u00a0/g, ' ').trim();
  const digits = digitCount(s);
  if (digits < 5 || digits > 15 || DATE.test(s)) return null;
  // "+41441234567" is a phone; "0012345678" unspaced after 00 is more likely a code.
  if (/^\+[1-9]/.test(s) || /^00[1-9]\d{0,3}[ ./-]/.test(s)) return digits >= 8 ? 'international' : null;
  if (NANP.test(s) || (TRUNK.test(s) && digits >= 7)) return 'national';
  return 'plain';
}

/** The line before a number, and the line above it when that one is a bare label ("Phone:"). */
function labelWindow(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let window = text.slice(Math.max(lineStart, at - 40), at);
  if (at - lineStart < 40 && lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    if (prev.length <= 40 || /:\s*$/.test(prev)) window = `${prev.slice(-40)}\n${window}`;
  }
  return window;
}

function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Whether the nearest label before the number names a phone, or a fax, ISBN, order or VAT number. */
function nearestLabel(text: string, at: number): 'phone' | 'other' | null {
  const window = labelWindow(text, at);
  const phone = lastEnd(PHONE_LABELS, window);
  const other = lastEnd(NOT_PHONE_LABELS, window);
  if (phone < 0 && other < 0) return null;
  return phone > other ? 'phone' : 'other';
}

/** Text of the blocks where a site puts its contact details: footer, <address>, contact sections. */
function contactBlocksText(index: PageIndex): string {
  const blocks = [...index.doc.querySelectorAll('footer, [role="contentinfo"], address, [id*="footer" i], [class*="footer" i], [id*="contact" i], [class*="contact" i]')].slice(0, 100);
  const outer = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el))).slice(0, 12);
  return outer.map((el) => visibleText(el).slice(0, 5000)).join('\n');
}

/** A phone-shaped number stands among contact details: beside an address, an email or a contact word, or in the footer. */
function inContactBlock(index: PageIndex, text: string, at: number, end: number, blocks: () => string, number: string): boolean {
  if (pageAddresses(index).some((a) => a.end <= at + 1 ? at - a.end < 150 : a.start - end < 80)) return true;
  const around = text.slice(Math.max(0, at - 100), Math.min(text.length, end + 60));
  if (/@[\w-]+\.\w/.test(around) || contactContext.test(text.slice(Math.max(0, at - 100), at))) return true;
  return blocks().includes(number);
}

/** Numbers the markup calls a phone: microdata telephone, or an element whose class or id says phone. */
function markedPhones(index: PageIndex, found: Found): void {
  const marked = [...index.doc.querySelectorAll('[itemprop="telephone"], [class*="phone" i], [id*="phone" i], [class*="puhelin" i]')].slice(0, 50);
  for (const el of marked) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (el.closest('form') || /iphone|smartphone|headphone|microphone|earphone/.test(marks)) continue;
    const text = visibleText(el);
    if (text.length > 200) continue;
    for (const match of text.matchAll(PHONE_CANDIDATE)) {
      const shape = phoneShape(match[0]);
      // An unformatted run counts only as a trunk number ("0401234567"), not as "1080 2400" pixels of a phone's specs.
      if (shape && digitCount(match[0]) >= 7 && (shape !== 'plain' || /^0\d+$/.test(match[0]))) {
        found.add('content', { text, el });
        return;
      }
    }
  }
}

function detectPhone(index: PageIndex): Found {
  const found = new Found();
  for (const link of index.links) {
    const href = link.href.toLowerCase();
    if (!href.startsWith('tel:') && !href.startsWith('callto:')) continue;
    const number = safeDecode(link.href.slice(link.href.indexOf(':') + 1)).trim();
    const digits = digitCount(number);
    // A broken tel: link that holds an email is no phone.
    if (digits >= 5 && digits <= 15 && !number.includes('@')) found.add('content', { text: link.rawText || number, url: link.href, el: link.el });
  }
  if (found.found) return found;
  markedPhones(index, found);
  if (found.found) return found;
  const text = index.text;
  let blocksText: string | undefined;
  const blocks = () => (blocksText ??= contactBlocksText(index));
  let hits = 0;
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const number = match[0].replace(/[ ./–-]+$/, '');
    const at = match.index;
    const end = at + number.length;
    const shape = phoneShape(number);
    if (!shape) continue;
    // Times ("10:20"), amounts ("1 299 €") and codes glued to letters are no phones.
    if (/\d:$/.test(text.slice(Math.max(0, at - 2), at)) || /^:\d/.test(text.slice(end, end + 2))) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 6)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    const digits = digitCount(number);
    const label = nearestLabel(text, at);
    if (label === 'other') continue;
    const accepted =
      (label === 'phone' && digits >= 6) ||
      // "+358 40 123 4567" needs no label; "+10 000 000" is a count.
      (shape === 'international' && digits >= 9 && !/(?:[ .,]000){2}$/.test(number)) ||
      (shape === 'national' && inContactBlock(index, text, at, end, blocks, number));
    if (accepted && ++hits <= 3) found.add('content', { text: text.slice(Math.max(0, at - 24), end) });
    if (hits >= 3) break;
  }
  return found;
}

// ---- email ----

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})\b/g;
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'avif']);
const AT_WORD = String.raw`(?:\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\]|\(a\)|\[a\]|\(@\)|\[@\]|\(miuku\)|\(at-merkki\)|\(alfa\))`;
const DOT_WORD = String.raw`(?:\.|\(dot\)|\[dot\]|\{dot\}|\(piste\)|\[piste\]|\(punkt\)|\[punkt\]|\(point\)|\[point\])`;
// "support [at] example.eu", "info(at)yritys(piste)fi": bracketed forms are unmistakable.
const BRACKETED = new RegExp(String.raw`[\w.+-]+\s*${AT_WORD}\s*[\w-]+(?:\s*${DOT_WORD}\s*[\w-]+)*\s*${DOT_WORD}\s*[a-z]{2,24}\b`, 'i');
// "info at example dot com" reads as an address only beside an email label.
const SPELLED = /[\w.+-]+\s+(?:at|ät)\s+[\w-]+(?:\s*(?:\.|\s+dot\s+|\s+punkt\s+|\s+piste\s+)\s*[\w-]+)+/i;

function validEmail(address: string): boolean {
  const m = /^[^@\s]+@[^@\s]+\.([A-Za-z]{2,24})$/.exec(address);
  return m !== null && !FILE_TLDS.has(m[1]!.toLowerCase());
}

function decodeHex(text: string): string | null {
  if (!/^(?:[0-9a-f]{2}){6,}$/i.test(text)) return null;
  return text.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
}

function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(text) || typeof atob !== 'function') return null;
  try {
    return atob(text);
  } catch {
    return null;
  }
}

/** Cloudflare's email protection: the first byte is the key the rest is XORed with. */
function decodeCloudflare(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){4,}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

const rot13 = (text: string) => text.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65)));

/** An address the page encodes so that only a script shows it: hex, base64, ROT13, Cloudflare, TYPO3. */
function scriptRevealedEmail(index: PageIndex): { text: string; el: Element } | null {
  const candidates = index.doc.querySelectorAll('[data-cfemail], a[href*="email-protection" i], [data-mailto-token], a[href^="javascript:" i], [class*="mail" i], [id*="mail" i]');
  let seen = 0;
  for (const el of candidates) {
    if (++seen > 200) break;
    const cf = el.getAttribute('data-cfemail') ?? /email-protection#([0-9a-f]+)/i.exec(el.getAttribute('href') ?? '')?.[1];
    if (cf) {
      const address = decodeCloudflare(cf);
      if (address && validEmail(address)) return { text: 'email protection', el };
    }
    const href = el.getAttribute('href') ?? '';
    if (el.hasAttribute('data-mailto-token') || /^javascript:.*(?:mailto|uncrypt)/i.test(href)) return { text: href.slice(0, 80) || 'data-mailto-token', el };
    if (/^znvygb:/i.test(href) && validEmail(rot13(href.slice(7)))) return { text: href, el };
    const content = (el.textContent ?? '').trim();
    if (content.length > 300 || el.children.length > 3) continue;
    // The encoded address may be the whole text, one word of it, or one of its parts (a span beside a text node).
    const parts = [...el.childNodes].map((n) => (n.textContent ?? '').trim());
    for (const value of new Set([content, ...content.split(/\s+/), ...parts])) {
      const decoded = decodeHex(value) ?? decodeBase64(value);
      if (decoded && validEmail(decoded.trim())) return { text: value, el };
    }
  }
  return null;
}

function detectEmail(index: PageIndex): Found {
  const found = new Found();
  for (const link of index.links) {
    if (!link.href.toLowerCase().startsWith('mailto:')) continue;
    const address = safeDecode(link.href.slice(7).split('?')[0] ?? '').trim();
    if (validEmail(address)) found.add('content', { text: address, url: link.href, el: link.el });
  }
  for (const match of index.text.matchAll(EMAIL)) {
    if (FILE_TLDS.has(match[1]!.toLowerCase())) continue;
    found.add('content', { text: match[0] });
    break;
  }
  if (found.found) return found;
  const bracketed = BRACKETED.exec(index.text);
  if (bracketed) return found.add('content', { text: bracketed[0] });
  const spelled = SPELLED.exec(index.text);
  if (spelled && emailLabel.test(index.text.slice(Math.max(0, spelled.index - 40), spelled.index))) return found.add('content', { text: spelled[0] });
  const hidden = scriptRevealedEmail(index);
  if (hidden) found.add('script', hidden);
  return found;
}

// ---- form ----

const fieldText = (el: Element) =>
  [el.getAttribute('name'), el.getAttribute('id'), el.getAttribute('placeholder'), el.getAttribute('aria-label')].join(' ').replace(/[_-]/g, ' ');

export function isSearchForm(form: Element): boolean {
  if (form.getAttribute('role') === 'search' || form.closest('[role="search"]')) return true;
  if (form.querySelector('input[type="search"]')) return true;
  const action = (form.getAttribute('action') ?? '').toLowerCase();
  if (/search|haku|hae|suche|sok|søk|recherche/.test(action)) return true;
  const inputs = form.querySelectorAll('input[type="text"], input:not([type])');
  return inputs.length === 1 && /^(q|s|query|search|keyword|keywords|term)$/i.test(inputs[0]!.getAttribute('name') ?? '');
}

/** Honeypot fields hide off-screen or with display:none: a bot fills them, a visitor never sees them. */
function hiddenInForm(el: Element, form: Element): boolean {
  for (let node: Element | null = el; node && node !== form; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = (node.getAttribute('style') ?? '').toLowerCase().replace(/\s/g, '');
    if (/display:none|visibility:hidden|(?:left|top):-\d{3,}/.test(style)) return true;
  }
  return false;
}

/** Blog comments, product reviews and sign-ups collect text too, but they do not reach the business. */
function isOtherPurposeForm(form: Element): boolean {
  const attrs = ['id', 'class', 'name', 'action'].map((a) => form.getAttribute(a) ?? '').join(' ').toLowerCase();
  if (NOT_CONTACT_FORM_ATTR.test(attrs)) return true;
  return notContactForm.test(fold(form.textContent ?? '').slice(0, 2000));
}

/** A form someone uses to write to the business: a message field, or contact words with several fields. */
export function isContactForm(form: Element): boolean {
  if (isSearchForm(form) || form.querySelector('input[type="password"]') || isOtherPurposeForm(form)) return false;
  const fields = [...form.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([type="radio"]), textarea, select')].filter(
    (f) => !hiddenInForm(f, form),
  );
  if (fields.length < 2) return false;
  const labels = [...form.querySelectorAll('label')].filter((l) => !hiddenInForm(l, form)).map((l) => l.textContent ?? '').join(' ');
  const hasMessageField = fields.some((f) => f.tagName.toLowerCase() === 'textarea' || messageField.test(fieldText(f))) || messageField.test(labels);
  if (hasMessageField) return true;
  const hasReachBack = fields.some((f) => /email|tel|phone|puhelin|sähköposti/i.test(`${f.getAttribute('type')} ${fieldText(f)}`));
  return hasReachBack && fields.length >= 3 && contactPage.test(fold(elementText(form)));
}

function sameDocument(url: URL, base: URL): boolean {
  return url.origin === base.origin && url.pathname === base.pathname && url.search === base.search;
}

function detectForm(index: PageIndex): Found {
  const found = new Found();
  for (const form of index.forms) {
    if (isContactForm(form)) found.add('content', { text: elementText(form).slice(0, 120), el: form });
  }
  for (const link of index.links) {
    if (!link.url || !/^https?:$/.test(link.url.protocol)) continue;
    const path = safeDecode(link.url.pathname).toLowerCase();
    // "Kontakt" that leads to an Impressum is not a contact page.
    if (NOT_CONTACT_PATH.test(path)) continue;
    if (notContactPage.test(link.text)) continue;
    // "#yhteystiedot" jumps within this page: it leads to no contact page; a form here counts above.
    if (index.base && sameDocument(link.url, index.base)) continue;
    if ((link.text.length <= 60 && contactPage.test(link.text)) || CONTACT_PATH.test(path)) found.add('link', { text: link.rawText, url: link.url.href, el: link.el });
  }
  return found;
}

// ---- chat ----

function detectChat(index: PageIndex): Found {
  const found = new Found();
  for (const link of index.links) {
    const url = link.url;
    const vendor = url && MESSAGING_LINK_HOSTS.find((v) => v.hosts.some((h) => hostIs(url.hostname, h)));
    if (!url || !vendor) continue;
    // wa.me/?text=… with no number shares a page rather than opening a chat with the business.
    const sharesOnly = url.searchParams.has('text') && !/\d{6,}/.test(url.pathname + (url.searchParams.get('phone') ?? ''));
    if (!sharesOnly) found.add('content', { text: link.rawText, url: url.href, el: link.el }, [vendor.item]);
  }
  scanVendors(index, CHAT_VENDORS, found);
  // A "Chat with us" button is the widget's launcher in the page: shown, when a chat tool backs it.
  if (found.found) {
    const launchers = [...index.links.map((l) => ({ el: l.el, text: l.text })), ...[...index.doc.querySelectorAll('button, [role="button"]')].map((el) => ({ el, text: fold(elementText(el)) }))];
    const launcher = launchers.find(({ text }) => text.length > 0 && text.length <= 40 && chatPrompt.test(text));
    if (launcher) found.add('content', { text: launcher.text, el: launcher.el });
  }
  return found;
}

export const contactCollector: AssetCollector = {
  id: 'contact',
  assets: ['contact.phone', 'contact.email', 'contact.form', 'contact.chat'],
  collect: (index) => ({
    'contact.phone': detectPhone(index).result(),
    'contact.email': detectEmail(index).result(),
    'contact.form': detectForm(index).result(),
    'contact.chat': detectChat(index).result(),
  }),
};
