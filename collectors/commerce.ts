// Shop features: the cart and checkout, delivery information and the returns policy.
import {
  ADD_TO_CART, CART, CART_CLASS_WORDS, CART_LABEL, CART_PATH_SEGMENTS, CART_STATE, DELIVERY_LABEL, DELIVERY_PATH_TOKENS, DELIVERY_PHRASE, ORDER_LINK,
  RETURNS_LABEL, RETURNS_PATH_TOKENS, RETURNS_PHRASE,
} from '../cues/commerce';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { isEditorialOnly } from './editorial';
import { Found } from './found';
import { isLinkLabel, isWholeLabel, labelOf, remembered, scanLabelHeadings, scanLabelLinks, type LabelCues } from './label-scan';
import { elementText, type PageIndex } from './page-index';

const addToCart = cueMatcher(ADD_TO_CART);
const cartWords = cueMatcher(CART);
const cartLabel = cueMatcher(CART_LABEL);
const namesCart = (label: string) => label.length <= 30 && (cartWords.test(label) || isWholeLabel(cartLabel, label));
const cartState = cueMatcher(CART_STATE);
const orderLink = cueMatcher(ORDER_LINK);
const cartSegments = new Set<string>(CART_PATH_SEGMENTS);

const delivery: LabelCues = { phrases: cueMatcher(DELIVERY_PHRASE), labels: cueMatcher(DELIVERY_LABEL), pathTokens: new Set(DELIVERY_PATH_TOKENS) };
const returns: LabelCues = { phrases: cueMatcher(RETURNS_PHRASE), labels: cueMatcher(RETURNS_LABEL), pathTokens: new Set(RETURNS_PATH_TOKENS) };

const BUTTONS = 'button, input[type="submit"], input[type="button"], a[role="button"], [class*="add-to-cart" i], [class*="addtocart" i]';

/** "/fi/ostoskori", "/cart.php", "/checkout/basket.html", "/shopping-cart/": a path segment (without extension) that is
 *  a cart, alone or as the last of two words ("my_basket"); a longer slug is an article's title ("/build-a-cart-in-react"). */
function isCartSegment(segment: string): boolean {
  const words = segment.replace(/\.\w+$/, '').split(/[-_]/);
  return words.length <= 2 && cartSegments.has(words[words.length - 1]!);
}

function isCartPath(url: URL | null): boolean {
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  return remembered(cartPaths, url.pathname, (path) => path.toLowerCase().split('/').some(isCartSegment));
}

/** Links repeat paths (a product card links its page twice); each is judged once. */
const cartPaths = new Map<string, boolean>();

const cartClassWords = new Set<string>(CART_CLASS_WORDS);
const CART_CONTROLS = ['a', 'button'].flatMap((tag) => ['cart', 'basket', 'korb', 'kori', 'panier', 'kurv', 'carr', 'koszyk', 'ostukorv', 'winkel'].flatMap((w) => [`${tag}[class*="${w}" i]`, `${tag}[id*="${w}" i]`])).join(', ');

/** A link or button whose class or id has a whole word for the cart ("header-cart", not "carte-du-jour" or "cartoon"). */
function namesCartByClass(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.slice(0, 300).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/);
  return words.some((w) => cartClassWords.has(w));
}

function detectCart(index: PageIndex): Found {
  const found = new Found();
  for (const el of index.query(BUTTONS)) {
    const label = labelOf(`${elementText(el)} ${el.getAttribute('value') ?? ''}`);
    // A header mini-cart button ("Mon panier", "Warenkorb", "Kassalle") or an add-to-cart button.
    if (label.length <= 60 && (addToCart.test(label) || namesCart(label))) {
      found.add('content', { text: label, el });
      break;
    }
  }
  for (const el of index.query(CART_CONTROLS)) {
    // In the page's header: a recipe's "add to basket" widget in the body is another service's cart.
    if (namesCartByClass(el) && el.closest('header, nav, [role="banner"], [class*="header" i], [id*="header" i]')) {
      found.add('content', { text: `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim(), el });
      break;
    }
  }
  for (const form of index.forms) {
    const action = form.getAttribute('action') ?? '';
    // The action, or the form's own name for it (Salesforce Commerce: "Cart-AddProduct", id "…_addtocart_…").
    const names = `${action} ${form.getAttribute('id') ?? ''} ${form.getAttribute('name') ?? ''}`;
    if (/\/cart\/add|add[-_]?to[-_]?(?:cart|basket)|cart[-_]add|\/basket\/add|\/ostoskori|addarticle|\/warenkorb/i.test(names)) found.add('content', { text: action, el: form });
  }
  for (const line of index.lines) {
    if (line.length <= 80 && cartState.test(line)) {
      found.add('content', { text: line });
      break;
    }
  }
  for (const link of index.links) {
    const label = labelOf(link.text);
    const byText = namesCart(label);
    const byOrder = label.length <= 20 && isWholeLabel(orderLink, label);
    if (byText || byOrder || isCartPath(link.url)) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
  return found;
}

// A delivery promise in a line of text: a time, a cost or a free-shipping threshold next to the delivery word.
const DELIVERY_FACT = /\d|free|gratis|kostenlos|ilmai|maksuton|fri |offert|inklusive|inclus|included|same.day|selben tag|samma dag|samme dag|samana päivänä|jour même|dezelfde dag|mismo día|stesso giorno|mesmo dia/i;
// A returns promise in a line: a number of days, "free", or the policy itself.
// "Öppet köp" (sv), "åpent kjøp" (no) and "åbent køb" (da) name the right to return in themselves.
const RETURNS_FACT = /\d|free|gratis|kostenlos|ilmai|maksuton|policy|guarantee|garantie|takuu|innerhalb|within|recht|rätt|oikeus|easy|simple|einfach|enkel|helppo|facile|öppet köp|åpent kjøp|åbent køb/i;

/** "Levering: Du kan hente varene …", "Versand: 2–3 Werktage": the policy's word as a field name, then what it says. */
function isLabelledLine(cues: LabelCues, line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 25 || line.length - colon < 6 || !cues.labels) return false;
  return isWholeLabel(cues.labels, labelOf(line.slice(0, colon)));
}

const FOOD_EXCHANGES = /exchanges?\s*:\s*[\d\s½¼¾/.]{1,8}\s*(?:starch|fruit|carbohydrate|other carbohydrate|fat|skim milk|milk|vegetable|lean meat|meat)/i;

/** A policy the page states in a short line with a concrete fact, heads, or links to. In an article a line
 *  about free delivery is news about others' shops, not this site's terms. */
function detectPolicy(index: PageIndex, cues: LabelCues, fact: RegExp): Found {
  const found = new Found();
  const lines = isEditorialOnly(index) ? [] : index.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 200) continue;
    const label = labelOf(line);
    // "Exchanges: 2 Starch; 1 Fruit; 4 Fat" is a recipe's diabetic exchange list, not an exchange policy.
    if (FOOD_EXCHANGES.test(line) || (line.endsWith(':') && FOOD_EXCHANGES.test(`${line} ${(lines[i + 1] ?? '').slice(0, 60)}`))) continue;
    // The field name may close its line and the statement follow on the next one.
    const labelled = isLabelledLine(cues, line.endsWith(':') && i + 1 < lines.length ? `${line} ${lines[i + 1]!.slice(0, 200)}` : line);
    if ((cues.phrases.test(label) && fact.test(label) && !isLinkLabel(index, line)) || labelled) {
      found.add('content', { text: labelled && line.endsWith(':') ? `${line} ${lines[i + 1]}` : line });
      break;
    }
  }
  scanLabelHeadings(index, cues, found);
  scanLabelLinks(index, cues, found);
  return found;
}

const detectDelivery = (index: PageIndex) => detectPolicy(index, delivery, DELIVERY_FACT);
const detectReturns = (index: PageIndex) => detectPolicy(index, returns, RETURNS_FACT);

const carts = new WeakMap<PageIndex, Found>();

/** Whether the page sells: a cart, checkout or add-to-cart (other collectors weigh prices by it). */
export function hasCart(index: PageIndex): boolean {
  return cartOf(index).found;
}

function cartOf(index: PageIndex): Found {
  let found = carts.get(index);
  if (!found) {
    found = detectCart(index);
    carts.set(index, found);
  }
  return found;
}

export const commerceCollector: AssetCollector = {
  id: 'commerce',
  assets: ['commerce.cart', 'commerce.delivery', 'commerce.returns'],
  collect: (index) => ({
    'commerce.cart': cartOf(index).result(),
    'commerce.delivery': detectDelivery(index).result(),
    'commerce.returns': detectReturns(index).result(),
  }),
};

