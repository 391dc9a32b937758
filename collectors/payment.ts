// Payment methods, named in text or pictured as logos: images, inline SVG icons (<title>, data-icon,
// class), CSS background logos, rows of logos under a "Payment methods" heading, JSON-LD paymentAccepted.
import { cueMatcher, entriesByHost } from '../cues/match';
import { LOGO_NOISE, PAYMENT_CONTAINER, PAYMENT_CONTEXT, PAYMENT_HEADING, PAYMENT_METHODS, PAYMENT_WIDGET_SCRIPTS } from '../cues/payment';
import type { AssetCollector } from './collector';
import { isEditorialOnly } from './editorial';
import { Found } from './found';
import { fold, jsonLdNodes, shortLines, type PageIndex } from './page-index';

const context = cueMatcher(PAYMENT_CONTEXT);
const heading = cueMatcher(PAYMENT_HEADING);
const matchers = PAYMENT_METHODS.map((cue) => ({ cue, words: cueMatcher(cue.names), logo: cueMatcher(cue.logoNames ?? []) }));
// One pass rejects the many lines and icons that name no method before the per-method matchers run.
const anyName = cueMatcher(PAYMENT_METHODS.flatMap((cue) => [...cue.names, ...(cue.logoNames ?? [])]));

/** Methods named in the text, in the order they appear. */
function methodsIn(text: string, allowAmbiguous: boolean): string[] {
  return hitsIn(text, allowAmbiguous).map((h) => h.item);
}

function hitsIn(text: string, allowAmbiguous: boolean): { item: string; at: number; length: number }[] {
  const hits: { item: string; at: number; length: number }[] = [];
  if (!anyName.test(text)) return hits;
  const lower = text.toLowerCase();
  for (const { cue, words } of matchers) {
    if (!allowAmbiguous && cue.ambiguous) continue;
    const hit = words.find(text);
    if (hit && !hits.some((h) => h.item === cue.item)) hits.push({ item: cue.item, at: lower.indexOf(hit.toLowerCase()), length: hit.length });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** A line that is mostly method names ("Visa, Mastercard, PayPal"), not a sentence about one ("Apple Pay comes to Finland").
 *  Beside a name that can only be a method, the ambiguous ones count too ("PayPal, Visa, faktura"). */
function isMethodList(line: string): boolean {
  if (line.length > 80) return false;
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  const sure = hitsIn(line, false);
  const hits = sure.length > 0 ? hitsIn(line, true) : sure;
  return hits.reduce((sum, h) => sum + h.length, 0) >= letters * 0.5;
}

const isAmbiguous = (item: string) => PAYMENT_METHODS.every((c) => c.item !== item || c.ambiguous);

/** Methods a logo names, given whether it sits among payment logos. */
function logoMethods(words: string, exact: readonly string[], inGroup: boolean): string[] {
  if (inGroup) {
    const named = methodsIn(words, true);
    for (const { cue, logo } of matchers) if (!named.includes(cue.item) && logo.test(words)) named.push(cue.item);
    return named;
  }
  // Alone, a logo counts when it is nothing but the method (alt="Visa", paypal-small.png), or names
  // several methods (visa-mastercard.svg); a photo "PayPal logo on a phone" is no payment option.
  const items = new Set<string>();
  for (const value of exact) {
    // Single letters are a sprite sheet's prefix ("s--badge-paypal").
    const name = fold(value).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 && !LOGO_NOISE.has(t) && !/^\d+$/.test(t)).join(' ');
    const hits = hitsIn(name, true);
    const covered = hits.reduce((sum, h) => sum + h.length, 0);
    if (hits.length > 0 && (covered >= name.length * 0.8 || hits.filter((h) => !isAmbiguous(h.item)).length >= 2)) hits.forEach((h) => items.add(h.item));
  }
  return [...items];
}

function fileName(url: string): string {
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return file.replace(/\.\w+$/, '');
}

/** The words a logo carries: alt, title, aria-label, data-icon, class, file name, SVG <title> and <use> target. */
function logoWords(el: Element): { words: string; exact: string[]; name: string } {
  const attr = (name: string) => el.getAttribute(name) ?? '';
  const style = /url\(\s*['"]?([^'")]+)/.exec(attr('style'))?.[1] ?? '';
  const svgTitle = el.tagName.toLowerCase() === 'svg' ? (el.querySelector('title')?.textContent ?? '') : '';
  const use = el.querySelector('use')?.getAttribute('href') ?? el.querySelector('use')?.getAttribute('xlink:href') ?? '';
  const files = [fileName(attr('src') || attr('data-src')), fileName(style), use.replace(/^.*#/, ''), ICON_FONT.exec(attr('class'))?.[0] ?? '', SPRITE.exec(attr('class'))?.[1] ?? ''];
  const exact = [attr('alt'), attr('title'), attr('aria-label'), attr('data-icon'), svgTitle, ...files];
  // "icon-payPal" → "icon pay pal", "ft_logo_visa" → "ft logo visa"
  const split = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.:]+/g, ' ');
  const raw = [...exact, attr('class')].join(' ');
  const name = exact.find((w) => w.trim().length > 0) ?? attr('class');
  return { words: fold(`${raw.replace(/[_\-.:]+/g, ' ')} ${split(raw)}`), exact: exact.map(split), name };
}

/** Inside a block of payment logos: a container named for payment, or a block under a payment heading. */
function inPaymentBlock(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (PAYMENT_CONTAINER.test(name)) return true;
    const first = node.firstElementChild;
    // A label has at most a couple of inline children: a big first block is not read (this runs for every logo).
    if (first && first !== el && /^(?:H\d|P|SPAN|DIV|STRONG)$/.test(first.tagName) && first.childElementCount <= 2 && (first.textContent ?? '').length < 60 && heading.test(fold(first.textContent ?? ''))) return true;
  }
  return false;
}

// Icon fonts draw card logos from a class alone (Font Awesome "fa-cc-visa", "fa-paypal").
const ICON_FONT = /(?:^|\s)fa[a-z]?-(?:cc-)?(?:visa|mastercard|amex|paypal|apple-pay|google-pay|amazon-pay|stripe|discover|diners-club|jcb)(?:\s|$)/i;
/** A sprite's class that names the method ("s--badge-paypal-2", "icon-visa"). */
const SPRITE = /(?:^|\s)([\w-]*[-_](?:visa|mastercard|paypal|klarna|maestro|amex)(?:[-_][\w-]*)?)(?=\s|$)/i;
// Sprites name the logo in a class of their own ("s--badge-paypal-2", "icon-visa").
const LOGOS = 'svg, [data-icon], [style*="url(" i], [class*="payment" i] [class], [class*="payment" i] [title], [class*="fa-cc-" i], [class*="fa-paypal" i], [class*="-pay" i][class*="fa" i], [class*="-visa" i], [class*="-mastercard" i], [class*="-paypal" i], [class*="-klarna" i], [class*="-maestro" i]';

function detectLogos(index: PageIndex, found: Found, editorial: boolean): void {
  const seen = new Set<Element>();
  for (const el of [...index.images, ...index.query(LOGOS)]) {
    if (seen.has(el)) continue;
    seen.add(el);
    const { words, exact, name } = logoWords(el);
    if (!words || !anyName.test(words)) continue;
    // alt="Mit PayPal bezahlen" says by itself that it is about paying; in a news story a lone
    // logo is an illustration, so there only a block of payment logos counts.
    const inGroup = inPaymentBlock(el) || context.test(words);
    if (editorial && !inGroup) continue;
    const methods = logoMethods(words, exact, inGroup);
    if (methods.length > 0) found.add('content', { text: name.slice(0, 80), el }, methods);
  }
}

/** A heading that names a method outright ("Järelmaksu kalkulaator", "Ratenzahlung"): an offer of it, outside stories. */
function detectHeadings(index: PageIndex, found: Found): void {
  for (const h of index.headings) {
    // Its title: a heading may hold a tooltip's text after it. A title of a few words, not a headline.
    const text = fold(((h.firstElementChild ?? h).textContent ?? '').slice(0, 200));
    const methods = text.length > 0 && text.split(' ').length <= 4 ? methodsIn(text, false) : [];
    if (methods.length > 0) found.add('content', { text, el: h }, methods);
  }
}

/** "Moyens de paiement" over a logo image whose methods the HTML does not name. */
function detectLogoRow(index: PageIndex, found: Found): void {
  for (const h of index.headings) {
    const text = fold(h.textContent ?? '');
    if (text.length > 40 || !heading.test(text)) continue;
    // A row of logos carries little text; an article section under such a heading is prose.
    const block = h.parentElement;
    if (block && (block.textContent ?? '').length <= 300 && block.querySelector('img, svg, [style*="url(" i]')) found.add('content', { text, el: h });
  }
}

// "IBAN: AT22 1200 0006 8414 9701" (grouped any way): account details shown for paying by bank transfer.
const IBAN = /\biban\b[\s:.]{0,3}[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){10,30}/i;

function detectText(index: PageIndex, found: Found, editorial: boolean): void {
  const lines = shortLines(index, 300);
  // Even in a post: a club's or a shop's news names its own account, a story about others rarely one.
  const iban = lines.find((line) => line.length <= 200 && IBAN.test(line));
  if (iban) found.add('content', { text: iban }, ['bank']);
  lines.forEach((line, i) => {
    if (line.length > 300 || !anyName.test(line)) return;
    const inContext = context.test(line) || context.test(lines[i - 1] ?? '') || context.test(lines[i - 2] ?? '');
    const methods = methodsIn(line, inContext);
    // A news story may mention "Visa payments" in passing; there only a list of methods counts.
    if (methods.length > 0 && (editorial ? isMethodList(line) : inContext || isMethodList(line))) found.add('content', { text: line }, methods);
  });
}

/** A link that names a method ("Achats sur facture" → help article, "Ratenzahlung" → financing page). */
function detectLinks(index: PageIndex, found: Found, editorial: boolean): void {
  for (const link of index.links) {
    const text = link.text;
    if (text.length === 0 || text.length > 60 || !anyName.test(text)) continue;
    const inContext = context.test(text);
    const methods = methodsIn(text, inContext);
    if (methods.length > 0 && (editorial ? isMethodList(text) : inContext || isMethodList(text))) found.add('content', { text: link.rawText, el: link.el }, methods);
  }
}

/** Logos that carry no name (inline SVG paths) in a block labelled for payment: the methods are shown, unnamed. */
function detectUnnamedLogos(index: PageIndex, found: Found): void {
  let seen = 0;
  for (const el of [...index.images, ...index.query('svg')]) {
    if (++seen > 400) return;
    if (inPaymentBlock(el)) {
      found.add('content', { text: fold(el.parentElement?.parentElement?.textContent ?? '').slice(0, 80), el });
      return;
    }
  }
}

/** A method's own widget loaded by the page (Klarna's on-site messaging, PayPal's buttons). */
function detectWidgets(index: PageIndex, found: Found): void {
  const widgets = entriesByHost(PAYMENT_WIDGET_SCRIPTS);
  for (const url of index.resourceUrls) {
    for (const widget of widgets(url.hostname)) {
      if (!widget.path || widget.path.test(url.pathname)) found.add('script', { url: url.href }, [widget.item]);
    }
  }
}

/** The pictures of methods: widgets, logos, logo rows and headings. The first of two steps, so that the page gets its
 *  turn between the logos and the text (a shop with many product images and long copy held it too long in one). */
function detectPictured(index: PageIndex, found: Found): void {
  const editorial = isEditorialOnly(index);
  if (!editorial) detectWidgets(index, found);
  detectLogos(index, found, editorial);
  detectLogoRow(index, found);
  if (!editorial) detectHeadings(index, found);
}

/** Methods named in words: text lines, links, JSON-LD; then unnamed logos in a payment block if nothing else said it. */
function detectNamed(index: PageIndex, found: Found): void {
  const editorial = isEditorialOnly(index);
  detectText(index, found, editorial);
  detectLinks(index, found, editorial);
  for (const node of jsonLdNodes(index)) {
    const accepted = node['paymentAccepted'];
    if (typeof accepted === 'string') {
      const methods = methodsIn(fold(accepted), true);
      if (methods.length > 0) found.add('content', { text: accepted }, methods);
    }
  }
  if (!found.found && !editorial) detectUnnamedLogos(index, found);
}

/** The first step's findings, which the second completes (or starts afresh if the first step failed). */
const pictured = new WeakMap<PageIndex, Found>();

export const paymentLogosCollector: AssetCollector = {
  id: 'payment-logos',
  assets: [],
  collect(index) {
    const found = new Found();
    detectPictured(index, found);
    pictured.set(index, found);
    return {};
  },
};

export const paymentCollector: AssetCollector = {
  id: 'payment',
  assets: ['payment.methods'],
  collect(index) {
    const found = pictured.get(index) ?? new Found();
    detectNamed(index, found);
    return { 'payment.methods': found.result() };
  },
};
