// contact.form: an enquiry form on the page, or a link to the contact page (not search, login,
// comment or newsletter forms; not an Impressum behind "Kontakt").
import { CALLBACK, CONTACT_PAGE, CONTACT_PATH_SEGMENTS, FORM_VENDORS, MESSAGE_FIELD, NOT_CONTACT_FORM, NOT_CONTACT_PAGE } from '../../cues/contact';
import { cueMatcher, entriesByHost } from '../../cues/match';
import { Found } from '../found';
import { elementText, fold, type PageIndex } from '../page-index';

const contactPage = cueMatcher(CONTACT_PAGE);
const notContactPage = cueMatcher(NOT_CONTACT_PAGE);
const messageField = cueMatcher(MESSAGE_FIELD);
const callback = cueMatcher(CALLBACK);
// "/contact", "/kontakt/", "/contact-2/", "/contact_form.html"; not "/contact-lenses/".
// A CMS may put the page's id before its slug: "/aide/57-nous-contacter/", "/faq/q165-nous-contacter/".
export const CONTACT_PATH = new RegExp(
  `(?:^|/)(?:(?:${CONTACT_PATH_SEGMENTS.join('|')})(?![-_]?(?:lens|lins|grill))(?:[-_][\\w-]*)?|[a-z]?\\d{1,6}[-_](?:${CONTACT_PATH_SEGMENTS.join('|')}))(?:[/.]|$)`,
  'i',
);
const NOT_CONTACT_PATH = /impressum|imprint|mentions-legales|legal-notice|colofon/;
/** A help centre's "submit a request" form (Zendesk "/hc/…/requests/new", Freshdesk "/support/tickets/new"). */
const REQUEST_FORM_PATH = /(?:^|\/)(?:requests|tickets)\/new(?:[/.]|$)/;
const notContactForm = cueMatcher(NOT_CONTACT_FORM);
const CONTACT_FORM_ATTR = /contact|kontakt|enquiry|inquiry|anfrage|yhteydenotto|in-lead|lead-?form/i;
const NOT_CONTACT_FORM_ATTR = /comment|review|rating|vote|bewert|arvostel|recension|login|signin|sign-in|register|subscribe|newsletter|checkout/;

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
export function hiddenInForm(el: Element, form: Element): boolean {
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
  // A call-back request needs only a phone number ("Soita minulle": one tel field and a button).
  const hasPhone = fields.some((f) => f.getAttribute('type') === 'tel' || /phone|puhelin|telefon|tel\b/i.test(fieldText(f)));
  if (hasPhone && callback.test(fold(`${elementText(form)} ${form.parentElement ? elementText(form.parentElement).slice(0, 300) : ''}`))) return true;
  // A message box in a form named for contact, whose other fields come in a later step (data-cy="contact-form").
  if (fields.some((f) => f.tagName.toLowerCase() === 'textarea') && namedForContact(form)) return true;
  if (fields.length < 2) return false;
  const labels = [...form.querySelectorAll('label')].filter((l) => !hiddenInForm(l, form)).map((l) => l.textContent ?? '').join(' ');
  const hasMessageField = fields.some((f) => f.tagName.toLowerCase() === 'textarea' || messageField.test(fieldText(f))) || messageField.test(labels);
  if (hasMessageField) return true;
  const hasReachBack = fields.some((f) => /email|tel|phone|puhelin|sähköposti/i.test(`${f.getAttribute('type')} ${fieldText(f)}`));
  // The submit button's words count ("Wyślij prośbę o kontakt"), and so does a form its markup names for contact
  // ("BottomContactForm", data-testid="cdp-contact-form"): a listing's enquiry form asks name, address and phone.
  const submit = [...form.querySelectorAll('input[type="submit"], button')].slice(0, 5).map((b) => `${b.getAttribute('value') ?? ''} ${b.textContent ?? ''}`).join(' ');
  return hasReachBack && fields.length >= 3 && (contactPage.test(fold(`${elementText(form)} ${submit}`)) || namedForContact(form));
}

/** A form whose own id, class, name, action or test id says contact or enquiry. */
function namedForContact(form: Element): boolean {
  const attrs = ['id', 'class', 'name', 'action', 'data-testid', 'data-cy', 'data-test'].map((a) => form.getAttribute(a) ?? '').join(' ');
  return CONTACT_FORM_ATTR.test(attrs);
}

function sameDocument(url: URL, base: URL): boolean {
  return url.origin === base.origin && url.pathname === base.pathname && url.search === base.search;
}

export function detectForm(index: PageIndex): Found {
  const found = new Found();
  for (const form of index.forms) {
    if (isContactForm(form)) found.add('content', { text: elementText(form).slice(0, 120), el: form });
  }
  // A form builder's frame shows the visitor a form the page's DOM does not hold.
  for (const url of index.frameUrls) {
    const vendor = entriesByHost(FORM_VENDORS)(url.hostname).find((v) => !v.path || url.pathname.startsWith(v.path));
    if (vendor) found.add('content', { url: url.href }, [vendor.item]);
  }
  for (const link of index.links) {
    if (!link.url || !/^https?:$/.test(link.url.protocol)) continue;
    const path = link.path;
    // "Kontakt" that leads to an Impressum is not a contact page.
    if (NOT_CONTACT_PATH.test(path)) continue;
    if (notContactPage.test(link.text)) continue;
    // "#yhteystiedot" jumps within this page: it leads to no contact page; a form here counts above.
    if (index.base && sameDocument(link.url, index.base)) continue;
    if ((link.text.length <= 60 && contactPage.test(link.text)) || CONTACT_PATH.test(path) || REQUEST_FORM_PATH.test(path)) found.add('link', { text: link.rawText, url: link.url.href, el: link.el });
  }
  return found;
}
