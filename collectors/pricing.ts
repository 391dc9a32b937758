// Visible prices of the site's own offer, or a link to its price list / buy page. A price only in
// JSON-LD is not shown to the visitor, so it does not count (as the corpus labels judge it).
import {
  BUY_LINK, CURRENCY_AFTER, CURRENCY_BEFORE, FROM_WORDS, NOT_PRICE, PRICE_CONTEXT, PRICE_FOR, PRICE_NOUN, PRICE_UNITS, PRICING_LABEL, PRICING_LINK, PRICING_PATH_TOKENS, PRODUCT_TEST, SUBSCRIBE_LABEL, SUBSCRIPTION, SUBSCRIPTION_TRIAL, TAX_NOTE,
} from '../cues/commerce';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { isWholeLabel, labelOf, scanLabelLinks, type LabelCues } from './label-scan';
import { isArticle, isEditorialOnly } from './editorial';
import { fold, toUrl, type PageIndex } from './page-index';
import { isPaidSubscriptionHost } from './paid-subscription';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/$]/g, '\\$&');
const sign = (c: string) => !/^[a-z]/i.test(c);
// At most seven groups of thousands: from every group of "123 123 123 …" an unbounded repeat ran to the end
// and back (quadratic); bounded, each start does constant work.
const NUMBER = String.raw`\d{1,3}(?:[ .,'\u00a0]\d{3}){0,6}(?:[.,]\d{1,2})?(?:[.,][-–])?|\d+(?:[.,]\d{1,2})?`;
// Signs stand anywhere ("$9.95"); codes and words need a word boundary ("kr 199", not "Mr 199"). After a
// number a code may stick to it ("132kr", "49zł"), but not start inside a word ("12 krone" is no "kr").
const BEFORE = `(?:${CURRENCY_BEFORE.filter(sign).map(escape).join('|')}|\\b(?:${CURRENCY_BEFORE.filter((c) => !sign(c)).map(escape).join('|')})(?=[\\s\\u00a0]?\\d))`;
const AFTER = `(?:${CURRENCY_AFTER.filter(sign).map(escape).join('|')}|(?<![\\p{L}])(?:${CURRENCY_AFTER.filter((c) => !sign(c)).map(escape).join('|')})(?![\\p{L}]))`;
/** "€12.90", "$ 4.50", "12,90 €", "120 CHF", "kr 199", "199:-", "CHF 20.–". */
export const AMOUNT = new RegExp(String.raw`${BEFORE}[\s\u00a0]?(${NUMBER})|(?<![\p{L}\p{N}.,])(${NUMBER})[\s\u00a0]?${AFTER}`, 'giu');

const UNIT = new RegExp(String.raw`^\s?\/\s?(?:${PRICE_UNITS.join('|')})(?![\p{L}])`, 'iu');
/** A line that is nothing but a price: "£35.00", "120 CHF", "from $ 4.50", "9,90 € *". */
const ONLY_AMOUNT = new RegExp(String.raw`^(?:${FROM_WORDS.map(escape).join('|')})?\s*(?:${BEFORE}[\s\u00a0]?(?:${NUMBER})|(?:${NUMBER})[\s\u00a0]?${AFTER})\s*\*{0,2}$`, 'iu');

// A line of two to five prices with their notes: "145 kr / 115 kr (take away)", "9,50 € | 7,90 € (Studierende)".
const NOTED_AMOUNT = String.raw`(?:${BEFORE}[\s\u00a0]?(?:${NUMBER})|(?:${NUMBER})[\s\u00a0]?${AFTER})\s*(?:\([^()]{0,30}\))?`;
const AMOUNT_LIST = new RegExp(String.raw`^${NOTED_AMOUNT}(?:\s*[/|]\s*${NOTED_AMOUNT}){1,4}\s*$`, 'iu');

// Anchored at the end of the few characters before the amount: "för 89 kr", not "for" further back.
const PRICE_FOR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${PRICE_FOR.join('|')})[\s\u00a0]$`, 'iu');
// A count before it makes a multi-buy promotion ("5 for £25"), not what an item costs; a time ("11.30-13.30 för") does not.
const MULTI_BUY = new RegExp(String.raw`(?:^|[^\p{N}.:,–-])\p{N}{1,2}[\s\u00a0]\p{L}{2,7}[\s\u00a0]$`, 'u');

const context = cueMatcher(PRICE_CONTEXT);
const priceNoun = cueMatcher(PRICE_NOUN);
const notPrice = cueMatcher(NOT_PRICE);
const productTest = cueMatcher(PRODUCT_TEST);
const subscription = cueMatcher(SUBSCRIPTION);
const buyLink = cueMatcher(BUY_LINK);
const subscribeLabel = cueMatcher(SUBSCRIBE_LABEL);
const trial = cueMatcher(SUBSCRIPTION_TRIAL);
/** A subscription shop's address: "/abo/", "/plus/", "/subscribe", "/tilaa", "/prenumeration". */
const SUBSCRIPTION_PATH = /(?:^|[/_-])(?:abo|abos|abonnement|abonnieren|abonner|abonnements|plus|subscribe|subscription|subscriptions|tilaa|tilaus|prenumeration|prenumerera|assine|assinatura|abbonamenti|abbonati|suscripcion)(?:[/._?-]|$)/;
/** Labels of an e-mail list's signup, which "subscribe" words also name. */
const LIST_WORDS = /newsletter|e-?mail|uutiskirje|nyhetsbrev|nyhedsbrev|nieuwsbrief|infolettre|alert/;
const pricingLink: LabelCues = { phrases: cueMatcher(PRICING_LINK), labels: cueMatcher(PRICING_LABEL), pathTokens: new Set(PRICING_PATH_TOKENS), maxLabel: 40 };

/** A non-zero amount in the text ("0,00 €" in an empty mini-cart is no price). */
export function hasPrice(text: string): boolean {
  return firstPrice(text) !== null;
}

function firstPrice(text: string): RegExpMatchArray | null {
  for (const match of text.matchAll(AMOUNT)) {
    if (/[1-9]/.test(match[1] ?? match[2] ?? '')) return match;
  }
  return null;
}

function forPrice(before: string): boolean {
  return PRICE_FOR_BEFORE.test(before) && !MULTI_BUY.test(before);
}

// Grocers print a price per unit without a currency: "Hinta 1,65/kpl", "Jämförpris 24,90/kg". With cents, a unit
// and a price word before it, that is a price.
const UNIT_AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])\d{1,4}[.,]\d{2}\s?\/\s?(?:${PRICE_UNITS.join('|')}|kg|l|g)(?![\p{L}])`, 'iu');

function isUnitPriceLine(line: string): boolean {
  if (line.length > 80) return false;
  const match = UNIT_AMOUNT.exec(line);
  return match !== null && /[1-9]/.test(match[0]) && (priceNoun.test(fold(line.slice(0, match.index))) || context.test(fold(line.slice(0, match.index))));
}

/** An amount per unit ("45 €/h") or alone on its line is a price without further words. */
function isPriceLine(line: string): boolean {
  const match = firstPrice(line);
  if (!match) return isUnitPriceLine(line);
  const words = fold(line);
  if (notPrice.test(words)) return false;
  // A price word next to an amount in a short line ("Hinta 45 €"); in a long sentence only a price noun
  // just before the amount ("… Buffetlounaan hinta on 10,50 €"), not any number in prose.
  return (
    ONLY_AMOUNT.test(words) ||
    (words.length <= 120 && AMOUNT_LIST.test(words)) ||
    UNIT.test(line.slice((match.index ?? 0) + match[0].length)) ||
    (words.length <= 60 && context.test(words)) ||
    priceNoun.test(fold(line.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0))) ||
    forPrice(line.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0))
  );
}

// What may follow the price of a menu or price-list line: a footnote star, a unit ("/hlö"), a note in
// brackets ("(10.30–14)"), or "alkaen"; no further words.
const AFTER_PRICE = /^\s*(?:\*{1,2}|\/\s?[\p{L}.]{1,12}|\([^()]{0,30}\)|alkaen|alk\.|[.;:!–-])?\s*$/u;
// A bare amount with cents ending the line ("Paistetut muikut (L) 10,50"): a price only among priced lines.
const BARE_CENTS = /(?<![\d.,])\d{1,3},\d{2}\s*$/;

const taxNote = cueMatcher(TAX_NOTE);
/** A piece of an amount that a shop's markup set on a line of its own: digits, a separator, a star, a currency sign. */
const AMOUNT_PIECE = /^[\d.,'*€$£:–-]{1,10}$/;
/** The pieces joined: "349,06", "319.00*", "1.299,–". */
const JOINED_AMOUNT = /^\d{1,3}(?:[.']?\d{3}){0,3}(?:[.,](?:\d{2}|[-–]{1,2}))?[*€$£]{0,2}$/;
const MAX_PIECES = 5;

/**
 * An amount split over lines by its markup ("349," "06" or "319" "." "00" "*"), right above the tax note shops print
 * under a price ("inkl. 20% MwSt., zzgl. Versandkosten"). A legal note ("Alle Preise inkl. MwSt.") has no amount above it.
 */
function splitPrice(lines: readonly string[]): string | null {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 100) continue;
    const note = fold(line).replace(/\d{1,2}(?:[.,]\d)?\s?%\s*/g, '');
    const phrase = taxNote.find(note);
    if (phrase === null || note.indexOf(phrase) > 2) continue;
    const pieces: string[] = [];
    for (let j = i - 1; j >= 0 && pieces.length < MAX_PIECES; j--) {
      const piece = lines[j]!.replace(/\s+/g, '');
      if (!AMOUNT_PIECE.test(piece)) break;
      pieces.unshift(piece);
    }
    const amount = pieces.join('');
    if (JOINED_AMOUNT.test(amount) && /[1-9]/.test(amount) && /\d[.,](?:\d{2}|[-–])/.test(amount)) return `${amount} ${line}`;
  }
  return null;
}

const DONATION_FORM = /donat|spende|lahjoit|insaml|indsaml|innsaml|doneer|donar|dona[cç]|wesprzyj|annetu/i;

/** Marketplaces a blog's affiliate boxes link to: the price shown there is the marketplace's, not the site's. */
const MARKETPLACE = /(?:^|\.)(?:amazon\.[a-z.]{2,6}|amzn\.to|amzn\.eu|ebay\.[a-z.]{2,6}|etsy\.com|aliexpress\.com|bol\.com|cdon\.[a-z]{2,3}|walmart\.com)$/;

function inMarketplaceLink(el: Element, base: URL | null): boolean {
  const link = el.closest('a[href]');
  const url = link ? toUrl(link.getAttribute('href') ?? '', base) : null;
  return url !== null && MARKETPLACE.test(url.hostname);
}

/** The texts inside affiliate links to a marketplace ("Riso Gallo … sur Amazon" "5.34€"), each line of them. */
function marketplaceTexts(index: PageIndex): Set<string> {
  const texts = new Set<string>();
  let seen = 0;
  for (const link of index.links) {
    if (!link.url || !MARKETPLACE.test(link.url.hostname)) continue;
    if (++seen > 100) break;
    texts.add(fold(link.el.textContent ?? ''));
    for (const child of Array.prototype.slice.call(link.el.querySelectorAll('*'), 0, 20) as Element[]) texts.add(fold(child.textContent ?? ''));
  }
  return texts;
}

/** The amounts offered in a donation form ("100 kr.", "150 kr."): gifts chosen, not prices. */
function donationChoices(index: PageIndex): Set<string> {
  const choices = new Set<string>();
  for (const form of index.forms) {
    if (!DONATION_FORM.test(`${form.getAttribute('action') ?? ''} ${form.getAttribute('class') ?? ''} ${form.getAttribute('id') ?? ''}`)) continue;
    for (const label of Array.prototype.slice.call(form.querySelectorAll('label, button, option'), 0, 50) as Element[]) choices.add(fold(label.textContent ?? ''));
  }
  return choices;
}

/** "Lounasbuffet 10,70 €", "Dagens lunch 115:-", "MIX THALI 12,50€": an item name, then its price closing the line. */
function menuLine(line: string): 'priced' | 'bare' | null {
  if (line.length > 80) return null;
  let last: RegExpMatchArray | null = null;
  for (const match of line.matchAll(AMOUNT)) last = match;
  let at: number;
  if (last && /[1-9]/.test(last[1] ?? last[2] ?? '')) {
    at = last.index ?? 0;
    if (!AFTER_PRICE.test(line.slice(at + last[0].length))) return null;
  } else {
    const bare = BARE_CENTS.exec(line);
    if (!bare || !/[1-9]/.test(bare[0])) return null;
    at = bare.index;
  }
  const name = line.slice(0, at);
  if ((name.match(/\p{L}/gu)?.length ?? 0) < 3 || notPrice.test(fold(line))) return null;
  return last && at === (last.index ?? 0) ? 'priced' : 'bare';
}

/** Two or more lines of a menu or price list. Bare amounts count once a line with a currency shows
 *  what they are. In an article, only a longer list, and never in a product test. */
function priceList(index: PageIndex, editorial: boolean, gifts: ReadonlySet<string>): string | null {
  let priced = 0;
  let bare = 0;
  let first: string | null = null;
  for (const line of index.lines) {
    // A menu may set each price on a line of its own under the dish ("Hühnerfrikassee mit Reis" / "5,60 €").
    const kind = menuLine(line) ?? (line.length <= 40 && ONLY_AMOUNT.test(fold(line)) && hasPrice(line) && !gifts.has(fold(line)) ? 'priced' : null);
    if (!kind) continue;
    if (kind === 'priced') priced++;
    else bare++;
    first ??= line;
    const total = priced > 0 ? priced + bare : 0;
    if (total >= (editorial ? 3 : 2)) {
      if (editorial && index.lines.some((l) => l.length <= 300 && productTest.test(fold(l)))) return null;
      return first;
    }
  }
  return null;
}

const PRICE_ELEMENTS = '[itemprop="price"], [class*="price" i], [class*="preis" i], [class*="prix" i], [class*="hinta" i], [class*="money" i], [data-price]';

function sameSite(url: URL, base: URL | null): boolean {
  if (!base) return true;
  const site = (host: string) => host.split('.').slice(-2).join('.');
  return site(url.hostname) === site(base.hostname);
}

function detect(index: PageIndex): Found {
  const found = new Found();
  let priced: Element | null = null;
  const editorial = isEditorialOnly(index);
  // Amounts that are not the site's asking price: gifts chosen in a donation form, marketplace prices in affiliate boxes.
  const gifts = donationChoices(index);
  for (const text of marketplaceTexts(index)) gifts.add(text);
  if (!editorial) {
    let checked = 0;
    for (const el of index.query(PRICE_ELEMENTS)) {
      if (++checked > 300) break;
      const text = fold(el.textContent ?? '');
      // "≈ 0.69 €" is an estimate (a recipe's cost per portion), not a price asked.
      if (text.length <= 80 && hasPrice(text) && !notPrice.test(text) && !text.startsWith('≈') && !inMarketplaceLink(el, index.base)) {
        found.add('content', { text, el });
        priced = el;
        break;
      }
    }
    for (const line of index.lines) {
      if (line.length <= 400 && !gifts.has(fold(line)) && isPriceLine(line)) {
        found.add('content', { text: line });
        break;
      }
    }
  }
  if (editorial) {
    const offer = index.lines.find((line) => line.length <= 100 && subscription.test(fold(line)) && hasPrice(line) && !notPrice.test(fold(line)));
    if (offer) found.add('content', { text: offer });
  }
  if (!found.found) {
    const list = priceList(index, editorial, gifts) ?? (editorial ? null : splitPrice(index.lines));
    if (list) found.add('content', { text: list });
  }
  scanLabelLinks(index, pricingLink, found);
  for (const link of index.links) {
    const url = link.url;
    // A "Buy now" that opens a retailer widget (href="#") leads to no price.
    if (!url || !/^https?:$/.test(url.protocol) || link.href.startsWith('#') || !sameSite(url, index.base)) continue;
    const label = labelOf(link.text);
    if (isWholeLabel(buyLink, label)) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
  // A publisher's "Assine" / "Abonnieren" leads to its subscription prices (often in a shop on another host):
  // on an article, or on any page when the address says subscription too ("/abo/", "/plus/").
  {
    const article = isArticle(index);
    const offer = index.links.find(
      (link) =>
        link.url &&
        /^https?:$/.test(link.url.protocol) &&
        (((article || SUBSCRIPTION_PATH.test(link.path)) && [link.text, link.el.textContent ?? ''].some((t) => isWholeLabel(subscribeLabel, labelOf(t)))) ||
          (SUBSCRIPTION_PATH.test(link.path) && link.text.length <= 40 && trial.test(link.text))),
    );
    if (offer) found.add('link', { text: offer.rawText, url: offer.url!.href, el: offer.el });
  }
  // A bare "Subscribe" or "Abonnement Figaro Bourse" counts on any page when the subscription shop has a host
  // of its own ("subscriber.telegraph.co.uk"); an e-mail list's page does not.
  if (!found.found) {
    const offer = index.links.find((link) => {
      if (!link.url || !/^https?:$/.test(link.url.protocol) || !isPaidSubscriptionHost(link.url)) return false;
      const label = labelOf(link.text);
      return label.length > 0 && label.length <= 40 && subscription.test(label) && !LIST_WORDS.test(label);
    });
    if (offer) found.add('link', { text: offer.rawText, url: offer.url!.href, el: offer.el });
  }
  // The product or service a price belongs to: the one link of its card. Last, so that price lists
  // and buy links lead first; a site audit reads it as the product page.
  const card = priced ? cardLink(priced, index.base) : null;
  if (card) found.add('link', { text: elementLabel(card.el), url: card.url.href, el: card.el });
  return found;
}

/** The link of the smallest block around `el` that holds exactly one link address (a product card). */
function cardLink(el: Element, base: URL | null): { el: Element; url: URL } | null {
  let block: Element | null = el;
  for (let depth = 0; block && depth < 6; depth++, block = block.parentElement) {
    // At most 20 links per level: a block with more is no card, and the look stays bounded.
    const anchors: Element[] = block.localName === 'a' ? [block] : Array.prototype.slice.call(block.getElementsByTagName('a'), 0, 20);
    const hrefs = new Set(anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => href && !href.startsWith('#')));
    if (hrefs.size > 1) return null; // past the card: the block holds several products or a menu
    if (hrefs.size === 1) {
      const anchor = anchors.find((a) => a.getAttribute('href') === [...hrefs][0])!;
      const url = toUrl([...hrefs][0]!, base);
      return url && /^https?:$/.test(url.protocol) && sameSite(url, base) ? { el: anchor, url } : null;
    }
  }
  return null;
}

function elementLabel(el: Element): string {
  return (el.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim() || (el.getAttribute('aria-label') ?? '');
}

export const pricingCollector: AssetCollector = {
  id: 'pricing',
  assets: ['offer.pricing'],
  collect: (index) => ({ 'offer.pricing': detect(index).result() }),
};
