// The forms on a page and what filling them asks of a visitor: how many fields, how many required,
// email and phone fields without the right input type or autocomplete, fields without a label.
// DOM only (no layout), so it reads key pages parsed into inert documents as well as the live page.
import { ADDRESS_LABEL } from '../cues/address';
import { CART, CART_LABEL, CART_PATH_SEGMENTS } from '../cues/commerce';
import { EMAIL_LABEL, PHONE_LABEL } from '../cues/contact';
import { ADDRESS_FIELD, EMAIL_FIELD, NAME_FIELD, PHONE_FIELD } from '../cues/forms';
import { cueMatcher } from '../cues/match';
import { SIGNUP } from '../cues/retention';
import type { FormFacts, FormPurpose } from '../engine/forms';
import { clip, LIMITS } from '../engine/limits';
import { bookingFormText } from './booking';
import { hiddenInForm, isContactForm, isSearchForm } from './contact/form';
import { isListSignup } from './newsletter';
import { elementText, fold, safeDecode, selectorOf, toUrl, type PageIndex } from './page-index';

type Kind = 'email' | 'phone' | 'name' | 'address';

const KIND_WORDS: [Kind, ReturnType<typeof cueMatcher>][] = [
  ['email', cueMatcher(EMAIL_LABEL, EMAIL_FIELD)],
  ['phone', cueMatcher(PHONE_LABEL, PHONE_FIELD)],
  ['address', cueMatcher(ADDRESS_LABEL, ADDRESS_FIELD)],
  ['name', cueMatcher(NAME_FIELD)],
];
/** Autocomplete tokens that fit each kind (https://html.spec.whatwg.org/#autofilling-form-controls). */
const FITTING: Record<Kind, RegExp> = {
  email: /^email$/,
  phone: /^tel(?:-.+)?$/,
  name: /^(?:name|given-name|family-name|additional-name|honorific-prefix|honorific-suffix|nickname|organization|username)$/,
  address: /^(?:street-address|address-line[123]|address-level[1-4]|postal-code|country|country-name)$/,
};
const signupWords = cueMatcher(SIGNUP);
const checkoutWords = cueMatcher(CART, CART_LABEL);
const CHECKOUT_PATH = new RegExp(`(?:^|/)(?:${CART_PATH_SEGMENTS.join('|')})(?:[/._?-]|$)`);
const CHECKOUT_AUTOCOMPLETE = /\b(?:cc-number|cc-exp|shipping|billing)\b/;
const CONTROLS = 'input, select, textarea';
const NOT_FILLED = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
/** Fields read per form: a form with thousands of controls is hostile, and its count is already damning. */
const MAX_FIELDS = 500;
const MAX_FORMS = LIMITS.forms;

export function collectForms(index: PageIndex): FormFacts[] {
  const labels = new LabelIndex();
  const out: FormFacts[] = [];
  for (const form of index.forms) {
    if (out.length >= MAX_FORMS) break;
    const facts = readForm(form, labels);
    // A form with nothing to fill (a lone button, a cart's "remove") asks nothing of anyone.
    if (facts.fields > 0) out.push(facts);
  }
  return out;
}

function readForm(form: Element, labels: LabelIndex): FormFacts {
  const facts: FormFacts = { purpose: 'other', fields: 0, required: 0, emailWithoutType: 0, phoneWithoutType: 0, withoutAutocomplete: 0, unlabelled: 0, selector: clip(selectorOf(form), LIMITS.selector) };
  const radioGroups = new Set<string>();
  let autocompleteHints = '';
  for (const el of [...form.querySelectorAll(CONTROLS)].slice(0, MAX_FIELDS)) {
    const type = (el.getAttribute('type') ?? (el.localName === 'input' ? 'text' : el.localName)).toLowerCase();
    if (NOT_FILLED.has(type) || el.hasAttribute('disabled') || hiddenInForm(el, form)) continue;
    // A radio group is one question however many choices it offers.
    if (type === 'radio') {
      const name = el.getAttribute('name') ?? '';
      if (name && radioGroups.has(name)) continue;
      radioGroups.add(name);
    }
    facts.fields++;
    if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') facts.required++;
    const label = labels.of(el);
    if (label === null) facts.unlabelled++;
    const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
    autocompleteHints += ` ${autocomplete}`;
    const kind = kindOf(el, label ?? '', autocomplete);
    if (!kind || type === 'checkbox' || type === 'radio') continue;
    if (kind === 'email' && type !== 'email' && el.localName === 'input') facts.emailWithoutType++;
    if (kind === 'phone' && type !== 'tel' && el.localName === 'input') facts.phoneWithoutType++;
    if (!autocomplete.split(/\s+/).some((token) => FITTING[kind].test(token))) facts.withoutAutocomplete++;
  }
  facts.fields = Math.min(facts.fields, LIMITS.fieldCount);
  facts.required = Math.min(facts.required, LIMITS.fieldCount);
  facts.purpose = purposeOf(form, facts.fields, autocompleteHints);
  return facts;
}

/** What a field asks for, by its type, its autocomplete token, then the words of its label and attributes. */
function kindOf(el: Element, label: string, autocomplete: string): Kind | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'email' || /\bemail\b/.test(autocomplete)) return 'email';
  if (type === 'tel' || /\btel\b/.test(autocomplete)) return 'phone';
  const own = ['name', 'id', 'placeholder', 'aria-label', 'title'].map((a) => (el.getAttribute(a) ?? '').slice(0, 200)).join(' ');
  // "userEmail", "phone_number", "contact[email]" → words.
  const words = fold(`${label} ${own}`.slice(0, 600).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_[\].]/g, ' '));
  return KIND_WORDS.find(([, matcher]) => matcher.test(words))?.[0] ?? null;
}

/** One purpose per form, most specific first; the detectors of the assets decide where one exists. */
function purposeOf(form: Element, fields: number, autocomplete: string): FormPurpose {
  if (isSearchForm(form)) return 'search';
  const passwords = form.querySelectorAll('input[type="password" i]').length;
  if (passwords > 0) {
    const own = fold(`${elementText(form).slice(0, 2000)} ${form.getAttribute('action') ?? ''} ${form.getAttribute('id') ?? ''}`);
    const registers = passwords > 1 || /new-password/.test(autocomplete) || signupWords.test(own);
    return registers ? 'signup' : 'login';
  }
  if (isListSignup(form)) return 'signup';
  if (fields >= 3 && isCheckout(form, autocomplete)) return 'checkout';
  if (bookingFormText(form) !== null) return 'booking';
  if (isContactForm(form)) return 'contact';
  return 'other';
}

function isCheckout(form: Element, autocomplete: string): boolean {
  if (CHECKOUT_AUTOCOMPLETE.test(autocomplete)) return true;
  const action = toUrl(form.getAttribute('action') ?? '', new URL('https://x.invalid/'));
  if (action && CHECKOUT_PATH.test(safeDecode(action.pathname).toLowerCase())) return true;
  const marks = fold(`${form.getAttribute('id') ?? ''} ${form.getAttribute('class') ?? ''} ${form.getAttribute('name') ?? ''}`.replace(/[_-]/g, ' '));
  if (checkoutWords.test(marks)) return true;
  const submit = [...form.querySelectorAll('button, input[type="submit" i]')].slice(0, 5).map((b) => b.getAttribute('value') ?? elementText(b)).join(' ');
  return checkoutWords.test(fold(submit));
}

/**
 * A field's accessible label: a <label for>, a wrapping label, aria-label, aria-labelledby or title.
 * A placeholder alone is no label (it disappears as the visitor types). Returns the label's text, or
 * null when there is none. Labels by `for` are read once per tree, not once per field.
 */
class LabelIndex {
  private readonly byTree = new Map<Node, Map<string, string>>();
  private readonly wrapped = new Map<Element, string>();

  of(el: Element): string | null {
    for (const attr of ['aria-label', 'title']) {
      const value = el.getAttribute(attr)?.slice(0, 300).trim();
      if (value) return value;
    }
    const labelledBy = el.getAttribute('aria-labelledby')?.slice(0, 300).trim();
    if (labelledBy) {
      const tree = el.getRootNode() as Partial<NonElementParentNode>;
      const text = labelledBy.split(/\s+/).slice(0, 5).map((id) => (tree.getElementById?.(id)?.textContent ?? '').slice(0, 300)).join(' ').trim();
      return text || labelledBy;
    }
    const wrapping = el.closest('label');
    if (wrapping) {
      // One label may wrap thousands of fields: its text is read once.
      let text = this.wrapped.get(wrapping);
      if (text === undefined) this.wrapped.set(wrapping, (text = elementText(wrapping).slice(0, 300).trim()));
      if (text) return text;
    }
    const id = el.getAttribute('id');
    return id ? this.forIds(el.getRootNode()).get(id) ?? null : null;
  }

  private forIds(tree: Node): Map<string, string> {
    let ids = this.byTree.get(tree);
    if (!ids) {
      ids = new Map();
      const scope = tree as ParentNode;
      for (const label of [...(scope.querySelectorAll?.('label[for]') ?? [])].slice(0, 5_000)) {
        const text = elementText(label).slice(0, 300).trim();
        if (text) ids.set(label.getAttribute('for') ?? '', text);
      }
      this.byTree.set(tree, ids);
    }
    return ids;
  }
}
