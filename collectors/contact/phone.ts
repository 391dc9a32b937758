// contact.phone: a number offered for contact — tel: links, numbers the markup calls a phone,
// and numbers in the text with a phone label or the shape and company of a contact block.
import { CONTACT_CONTEXT, NOT_PHONE_LABEL, PHONE_LABEL } from '../../cues/contact';
import { cueMatcher, cueRegExp } from '../../cues/match';
import { pageAddresses } from '../address';
import { Found } from '../found';
import { othersContact, type OthersContact } from './others-contact';
import { safeDecode, visibleText, type PageIndex } from '../page-index';

const contactContext = cueMatcher(CONTACT_CONTEXT);
const PHONE_LABELS = cueRegExp(PHONE_LABEL);
const NOT_PHONE_LABELS = cueRegExp(NOT_PHONE_LABEL);

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

// A run of at least five digits with the separators phone numbers use: "+49 (0)30 123 456 78", "040-123 4567", "05221/123456".
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+/-])\+?(?:\(\d{1,5}\)|\d)(?:[ \u00a0./–-]{0,3}(?:\(0\)|\(\d{1,5}\)|\d)){4,}/gu;
// North American: "800-555-0199", "(212) 555-0142", "1-800-555-0175".
const NANP = /^(?:1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?[2-9]\d{2}[ .-]\d{4}$/;
// European trunk-prefix numbers written in groups: "09 123 4567", "030 1234 5678", "07 12 34 56 78".
const TRUNK = /^(?:\(0\d{1,5}\)|0\d{1,5})(?:[ ./–-]{1,3}\d{1,5}){1,5}$/;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;
const UNIT_AFTER = /^\s?(?:€|eur\b|kr\b|:-|sek\b|nok\b|dkk\b|chf\b|\$|usd\b|%|kg\b|g\b|mm\b|cm\b|km\b|m²|kpl\b|pcs\b|st\b|x\b)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|eur|kr|chf)\s?$/i;
const MAX_LABELLED = 2000;
/** Opening hours right after a number ("800-626-4173 Hours: 8am-5pm", "09 123 4567 ma–pe 8–16"): the line to call. */
const HOURS_AFTER = /^\s*[|·•,–-]?\s*(?:(?:opening\s)?hours\b|open\s(?:mon|daily|\d)|öppet\b|åpent\b|åbent\b|avoinna\b|aukiolo|öffnungszeiten|(?:mon|mo|ma|man|lun|må)\.?\s?[–-]\s?(?:fri|fr|pe|fre|ven|to)\b)/i;
// "239 436 266", "22 01 51 90": a number of eight or more digits written in groups, as a phone is printed.
const GROUPED = /^\d{2,3}(?: \d{2,3}){2,4}$/;

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
  const blocks = [...index.query('footer, [role="contentinfo"], address, [id*="footer" i], [class*="footer" i], [id*="contact" i], [class*="contact" i]')].slice(0, 100);
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

/** An address ends right before the number ("Rua …, 3000-164 Coimbra\n239 436 266"): the block's phone. */
function afterAddress(index: PageIndex, at: number): boolean {
  return pageAddresses(index).some((a) => a.end <= at && at - a.end <= 30);
}

/** Numbers the markup calls a phone: microdata telephone, or an element whose class or id says phone. */
function markedPhones(index: PageIndex, found: Found, others: OthersContact): void {
  const marked = [...index.query('[itemprop="telephone"], [class*="phone" i], [id*="phone" i], [class*="puhelin" i]')].slice(0, 50);
  for (const el of marked) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (el.closest('form') || /iphone|smartphone|headphone|microphone|earphone/.test(marks) || others.link(el)) continue;
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

export function detectPhone(index: PageIndex): Found {
  const found = new Found();
  const others = othersContact(index);
  for (const link of index.links) {
    const href = link.href.toLowerCase();
    if (!href.startsWith('tel:') && !href.startsWith('callto:')) continue;
    // "tel:046 286 20 30 / 046 286 20 31": some links hold two numbers; the first one is dialled.
    const number = safeDecode(link.href.slice(link.href.indexOf(':') + 1)).split(/[/,;]| or | eller | tai /, 1)[0]!.trim();
    const digits = digitCount(number);
    // A broken tel: link that holds an email is no phone.
    if (digits >= 5 && digits <= 15 && !number.includes('@') && !others.link(link.el)) found.add('content', { text: link.rawText || number, url: link.href, el: link.el });
  }
  if (found.found) return found;
  markedPhones(index, found, others);
  if (found.found) return found;
  const text = index.text;
  let blocksText: string | undefined;
  const blocks = () => (blocksText ??= contactBlocksText(index));
  let hits = 0;
  let labelled = 0;
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    // "910 887 898 / 900 264 267": two numbers in a row, too long for one, are read as the first; "0 96 04 / 40 86 33"
    // is one, its area code set apart.
    const whole = digitCount(match[0]) > 15 ? match[0].split(/\s\/\s/, 1)[0]! : match[0];
    const number = whole.replace(/[ ./–-]+$/, '');
    const at = match.index;
    const end = at + number.length;
    const shape = phoneShape(number);
    if (!shape) continue;
    // Times ("10:20"), amounts ("1 299 €") and codes glued to letters are no phones.
    if (/\d:$/.test(text.slice(Math.max(0, at - 2), at)) || /^:\d/.test(text.slice(end, end + 2))) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 6)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    const digits = digitCount(number);
    // A short plain run ("00100", "62701") is accepted below whatever its label says: no need to read one.
    if (shape === 'plain' && digits < 6) continue;
    // Each label read is two cue scans: past 2,000 numbers the page is a table or hostile, and the scan stops.
    if (++labelled > MAX_LABELLED) break;
    const label = nearestLabel(text, at);
    if (label === 'other' || others.at(at)) continue;
    const accepted =
      (label === 'phone' && digits >= 6) ||
      // "+358 40 123 4567" needs no label; "+10 000 000" is a count.
      (shape === 'international' && digits >= 9 && !/(?:[ .,]000){2}$/.test(number)) ||
      (shape === 'national' && (inContactBlock(index, text, at, end, blocks, number) || HOURS_AFTER.test(text.slice(end, end + 30)))) ||
      (shape === 'plain' && digits >= 8 && GROUPED.test(number) && afterAddress(index, at));
    if (accepted && ++hits <= 3) found.add('content', { text: text.slice(Math.max(0, at - 24), end) });
    if (hits >= 3) break;
  }
  return found;
}
