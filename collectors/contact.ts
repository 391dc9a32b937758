import { CONTACT_PAGE, EMAIL_LABEL, MESSAGE_FIELD, PHONE_LABEL } from '../cues/contact';
import { cueMatcher, hostIs } from '../cues/match';
import { CHAT_VENDORS, MESSAGING_LINK_HOSTS } from '../cues/vendors';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { safeDecode, elementText, fold, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';

const contactPage = cueMatcher(CONTACT_PAGE);
const messageField = cueMatcher(MESSAGE_FIELD);
const phoneLabel = cueMatcher(PHONE_LABEL);
const emailLabel = cueMatcher(EMAIL_LABEL);

const PHONE_NUMBER = /(?:\b1[\s.-])?\(?\b[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}\b|(?:\+|00)\d{1,3}[\s\u00a0.\-/]?(?:\(0?\d{1,4}\)[\s\u00a0.\-/]?)?\d{1,4}(?:[\s\u00a0.\-/]?\d{2,5}){1,4}|\(?0\d{1,4}\)?[\s\u00a0.\-/]?\d{2,4}(?:[\s\u00a0.\-/]?\d{2,4}){1,3}/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})\b/g;
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'avif']);
const CONTACT_PATH = /(?:^|[/_-])(?:contact|contacts|kontakt|kontakta|yhteystiedot|yhteys|ota-yhteytta|contactez|asiakaspalvelu|kundeservice|kundtjanst)(?:[/._-]|$)/i;

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function detectPhone(index: PageIndex): Found {
  const found = new Found();
  for (const link of index.links) {
    if (!link.href.toLowerCase().startsWith('tel:')) continue;
    const number = safeDecode(link.href.slice(4)).trim();
    const digits = digitCount(number);
    if (digits >= 6 && digits <= 15 && !number.includes('@')) found.add('content', { text: link.rawText || number, url: link.href, el: link.el });
  }
  if (found.found) return found;
  const text = index.text;
  for (const match of text.matchAll(PHONE_NUMBER)) {
    const digits = digitCount(match[0]);
    if (digits < 7 || digits > 15) continue;
    const at = match.index ?? 0;
    // The label may sit on the line before, as in <dt>Phone:</dt><dd>…</dd>.
    const before = text.slice(Math.max(0, at - 40), at);
    const international = /^(?:\+|00)/.test(match[0]);
    if (phoneLabel.test(before) || (international && digits >= 9)) {
      found.add('content', { text: text.slice(Math.max(0, at - 20), at + match[0].length) });
      break;
    }
  }
  return found;
}

function validEmail(address: string): boolean {
  const m = /^[^@\s]+@[^@\s]+\.([A-Za-z]{2,24})$/.exec(address);
  return m !== null && !FILE_TLDS.has(m[1]!.toLowerCase());
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
  // "info (at) example.fi" style obfuscation next to an email label.
  if (!found.found) {
    const obfuscated = /[\w.+-]+\s*(?:\(at\)|\[at\]|\s at\s|\(ät\)|\[ät\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\(piste\))\s*[\w-]+)+/i.exec(index.text);
    if (obfuscated && emailLabel.test(index.text.slice(Math.max(0, obfuscated.index - 40), obfuscated.index))) found.add('content', { text: obfuscated[0] });
  }
  return found;
}

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

/** A form someone uses to write to the business: a message field, or contact words with several fields. */
export function isContactForm(form: Element): boolean {
  if (isSearchForm(form) || form.querySelector('input[type="password"]')) return false;
  const fields = [...form.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([type="radio"]), textarea, select')];
  if (fields.length < 2) return false;
  const labels = [...form.querySelectorAll('label')].map((l) => l.textContent ?? '').join(' ');
  const hasMessageField = form.querySelector('textarea') !== null || fields.some((f) => messageField.test(fieldText(f))) || messageField.test(labels);
  if (hasMessageField) return true;
  const hasReachBack = fields.some((f) => /email|tel|phone|puhelin|sähköposti/i.test(`${f.getAttribute('type')} ${fieldText(f)}`));
  return hasReachBack && fields.length >= 3 && contactPage.test(fold(elementText(form)));
}

function detectForm(index: PageIndex): Found {
  const found = new Found();
  for (const form of index.forms) {
    if (isContactForm(form)) found.add('content', { text: elementText(form).slice(0, 120), el: form });
  }
  for (const link of index.links) {
    if (!link.url || !/^https?:$/.test(link.url.protocol)) continue;
    const path = link.url.pathname.toLowerCase();
    if (/impressum|imprint/.test(path)) continue;
    if (contactPage.test(link.text) || CONTACT_PATH.test(path)) found.add('link', { text: link.rawText, url: link.url.href, el: link.el });
  }
  return found;
}

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
