// Where an accessibility violation hurts the journey. Runs in the page (it needs the element) and
// on linkedom in tests: a violation inside a form that serves contact, booking, checkout or signup
// costs the purchase; a product image without a text alternative costs consideration; the rest
// weighs on the site's foundation. Every walk here is bounded: the page is hostile.
import { IMAGE_ALT_RULES, type A11yStage } from '../engine/accessibility';
import { BOOKING, BOOKING_PATH, ORDER_VERB_PATH } from '../cues/booking';
import { ACCOUNT_SIGNUP, CHECKOUT, PRODUCT_CARD_ATTR, PRODUCT_PATH, PURCHASE_FORM_ATTR } from '../cues/checkout';
import { ADD_TO_CART } from '../cues/commerce';
import { cueMatcher } from '../cues/match';
import { isContactForm, isSearchForm } from './contact/form';
import { isListSignup } from './newsletter';
import { fold } from './page-index';
import { hasPrice } from './pricing';

const checkout = cueMatcher(CHECKOUT, ADD_TO_CART);
const booking = cueMatcher(BOOKING);
const accountSignup = cueMatcher(ACCOUNT_SIGNUP);

const CARD_FIELD = '[autocomplete^="cc-"], [autocomplete*="shipping"], [autocomplete*="billing"], input[name*="card" i], input[name*="kortti" i]';
const DATE_FIELD = 'input[type="date"], input[type="time"], input[type="datetime-local"]';
const REACH_FIELD = 'input[type="email"], input[type="tel"], input[autocomplete="email"], input[autocomplete="tel"]';
/** Text read of a form or a card: enough for its heading, labels and buttons, never a whole page. */
const MAX_TEXT = 2000;
/** Ancestors looked at for a product card around an image. */
const CARD_LEVELS = 4;
/** A card's text is short; a longer block is a section of the page, whose price may be anyone's. */
const CARD_TEXT = 400;

/** A form's own words: its text, its attributes and its controls' names, labels and values. */
function formWords(form: Element): string {
  const parts = [(form.textContent ?? '').slice(0, MAX_TEXT), form.getAttribute('action') ?? '', form.getAttribute('aria-label') ?? ''];
  // Each control and label on its own: the form's textContent runs "M" and "Add to cart" together.
  const controls = form.querySelectorAll('input, button, select, label');
  for (let i = 0; i < controls.length && i < 50; i++) {
    const el = controls[i]!;
    if (el.getAttribute('type') === 'hidden') continue;
    const own = el.tagName === 'BUTTON' || el.tagName === 'LABEL' ? (el.textContent ?? '').slice(0, 200) : '';
    parts.push(own, el.getAttribute('value') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('name') ?? '');
  }
  return fold(parts.join(' ').replace(/[_[\]-]/g, ' '));
}

function formAttrs(form: Element): string {
  return ['id', 'class', 'name', 'action'].map((a) => form.getAttribute(a) ?? '').join(' ');
}

/** A form on the way to a purchase: an enquiry, a booking, a cart or checkout, a list or account signup. */
export function isPurchaseForm(form: Element): boolean {
  if (isSearchForm(form)) return false;
  if (isContactForm(form) || isListSignup(form)) return true;
  if (form.querySelector(CARD_FIELD)) return true;
  const words = formWords(form);
  const hasPassword = form.querySelector('input[type="password"]') !== null;
  // A password with signup words (or a new-password field) is an account to create; without them, a login.
  if (hasPassword) return form.querySelector('input[autocomplete="new-password"]') !== null || accountSignup.test(words);
  if (PURCHASE_FORM_ATTR.test(formAttrs(form)) || checkout.test(words) || booking.test(words)) return true;
  const action = (form.getAttribute('action') ?? '').toLowerCase();
  if (BOOKING_PATH.test(action) || ORDER_VERB_PATH.test(action)) return true;
  return form.querySelector(DATE_FIELD) !== null && form.querySelector(REACH_FIELD) !== null;
}

function productLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  let path = href;
  try {
    path = new URL(href, 'http://x.invalid/').pathname;
  } catch {
    // keep the raw text
  }
  return PRODUCT_PATH.test(path);
}

/** An image in a product card: inside schema.org Product markup, a link to a product page, or a short block that shows a price. */
export function isProductImage(el: Element): boolean {
  if (el.closest('[itemtype*="schema.org/Product" i]')) return true;
  const link = el.closest('a[href]');
  if (link && productLink(link)) return true;
  let node = el.parentElement;
  for (let level = 0; node && level < CARD_LEVELS; level++, node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body' || tag === 'main' || tag === 'html') break;
    if (PRODUCT_CARD_ATTR.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
    const text = node.textContent ?? '';
    if (text.length > CARD_TEXT) break;
    // Child by child: a card's textContent runs "Teapot" and "39,00 €" together.
    if (hasPrice(text) || [...node.children].some((child) => hasPrice(child.textContent ?? ''))) return true;
  }
  return false;
}

/** Maps violating elements to stages, judging each form once (a form may hold many violations). */
export class StageMapper {
  private readonly forms = new Map<Element, boolean>();

  stageOf(ruleId: string, el: Element): A11yStage {
    const form = el.closest('form, [role="form"]');
    if (form && this.purchaseForm(form)) return 'conversion';
    if (IMAGE_ALT_RULES.has(ruleId) && isProductImage(el)) return 'consideration';
    return 'foundation';
  }

  purchaseForm(form: Element): boolean {
    let known = this.forms.get(form);
    if (known === undefined) {
      known = isPurchaseForm(form);
      this.forms.set(form, known);
    }
    return known;
  }
}

/** How many forms and product images the purchase-path checks apply to (capped: a count, not a census). */
export function purchaseScope(doc: Document, mapper: StageMapper, cap = 500): { purchaseForms: number; productImages: number } {
  const forms = doc.querySelectorAll('form');
  let purchaseForms = 0;
  for (let i = 0; i < forms.length && i < cap; i++) if (mapper.purchaseForm(forms[i]!)) purchaseForms++;
  const images = doc.querySelectorAll('img');
  let productImages = 0;
  for (let i = 0; i < images.length && i < cap; i++) if (isProductImage(images[i]!)) productImages++;
  return { purchaseForms, productImages };
}
