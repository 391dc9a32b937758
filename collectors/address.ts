// contact.address: a street or postal address shown on the page. A careful reader knows one by
// its shape (street and number, then postcode and town) and by what stands around it: a label,
// a street-type word, the company's name, its phone and email. An address only in JSON-LD is not shown.
import { ADDRESS_CONTEXT, ADDRESS_LABEL, COMPANY_FORMS, POST_BOX, STREET_SUFFIXES, STREET_WORDS, US_STATES } from '../cues/address';
import { cueMatcher } from '../cues/match';
import { COMPANY_ID_LABEL } from '../cues/trust';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { othersContact } from './contact/others-contact';
import { headAndTail, visibleText, type PageIndex } from './page-index';

export interface AddressMatch {
  /** Where the address starts and ends in the page text. */
  start: number;
  end: number;
  text: string;
}

const addressLabel = cueMatcher(ADDRESS_LABEL);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const COMPANY_FORM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COMPANY_FORMS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const addressContext = cueMatcher(ADDRESS_CONTEXT);
// A registration number beside it makes a name and street the company's legal address ("KVK nummer: …").
const companyIdLabel = cueMatcher(COMPANY_ID_LABEL);
const streetWord = cueMatcher(STREET_WORDS);
const POST_BOX_NUMBER = new RegExp(`(?<!\\p{L})(?:${POST_BOX.map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s?')).join('|')})\\.?\\s?\\d{1,6}`, 'iu');
const STREET_SUFFIX = new RegExp(`\\p{L}{2}(?:${STREET_SUFFIXES.map((s) => s.replace(/\./g, '\\.')).join('|')})$`, 'u');

// Postcode and town, optionally after a country letter: "00100 Helsinki", "111 22 Stockholm", "D - 10117 Berlin", "1015 CJ Amsterdam".
// Polish "00-950 Warszawa" and Portuguese "1000-001 Lisboa" join their two parts with a hyphen.
// Postcode and town may sit in elements of their own, one under the other ("945 32" / "Norrfjärden"); a year
// ending a line ("November 23, 2012" / "Facebook") is no postcode.
const POSTCODE_TOWN = /(?<![\p{L}\p{N}.,/:-])(?:[A-Z]{1,3} ?[-–] ?)?(?:\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5})(?: [A-Z]{2}(?!\p{L}))?(?:(?: ?[-–])? ?|(?<!(?<!\d)(?:1[89]|20)\d\d)\n)\p{Lu}[\p{L}'’.-]{1,30}/gu;
// "City, ST 12345" (or "City, ST, 12345"): a US town, state code and ZIP.
// Words of at most 40 letters: unbounded, "A.A.A.…" (a word boundary before every capital) was rescanned from each.
const US_TOWN = new RegExp(`\\b\\p{Lu}[\\p{L}.'’-]{1,40}(?: \\p{Lu}[\\p{L}.'’-]{1,40}){0,2},? (?:${US_STATES.join('|')}),? \\d{5}(?:-\\d{4})?\\b`, 'gu');
// A UK postcode: "SW1A 1AA", "EC2R 8AH".
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g;
// An Irish Eircode after the town: "Galway H91 X2P7", "Dublin 2 D02 XY45".
const EIRCODE = /\b[A-Z]\d[\dW] [A-Z\d]{4}\b/g;
// An Australian town, state and postcode: "Surry Hills NSW 2010".
const AU_TOWN = /\b\p{Lu}[\p{L}.'’-]{1,40}(?: \p{Lu}[\p{L}.'’-]{1,40}){0,2},? (?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}\b/gu;
// A town and its postcode after it, as New Zealand, Australia and international templates write them ("Wanaka 9343,",
// "Helsinki, 00530"): counted only after a street with a street-type word and a number. Years are no postcodes.
const TOWN_CODE = /\b\p{Lu}\p{Ll}[\p{L}'’-]{1,30},? (?!1[89]\d\d\b|20\d\d\b)\d{4,5}(?=,|\n|$)/gu;
// A street name and house number right before a postcode: "Am Beispielhof 9, ", "Mannerheimintie 12 B 5, ".
const NAME_THEN_NUMBER = /(\p{L}[\p{L}.'’ -]{1,50}?) (\d{1,3} ?[a-zA-Z]?(?: ?[-–/] ?\d{1,3}[a-zA-Z]?)?(?: [A-Z](?: ?\d{1,3})?)?)[ ,|·•–-]*$/u;
// Any "Name 12" or "12 Name" in a stretch of text; it is a street when the name carries a street-type word.
/** "Sölvegatan 26 Lund", "Carl-Gauß-Str. 13, Aalen": up to three name words, a house number, a capitalised town on the same line. */
const STREET_THEN_TOWN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.'’-]{2,40}(?: \p{L}[\p{L}.'’-]{0,30}){0,2}) \d{1,4} ?[a-zA-Z]?(?: ?[-–] ?\d{1,4})?(?:,| -| –)?[ \n]\p{Lu}\p{Ll}{2,30}(?![\p{L}\p{N}])/gu;
/** What may follow the town on an address line: its district ("Bratislava - Petržalka", "Praha 2"). */
const DISTRICT_TAIL = /^(?: ?[-–,] ?\p{Lu}[\p{L}.'’-]{1,30}(?: \p{Lu}[\p{L}.'’-]{1,30})?| \d{1,2})?[ \t]*(?:\n|$)/u;
/** A phone number's digits near the street: "Restaurangen 046-501 02". */
const PHONE_DIGITS = /(?<![\d])\+?\d[\d ()/-]{6,16}\d(?![\d])/;
// Italian and Spanish streets put a comma before the number and may add a letter after a slash: "Via Monte Gleno, 2/L".
const NAME_NUMBER = /(\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,4}),? \d{1,3}(?:[a-zA-Z]|\/[a-zA-Z\d]{1,2})?(?![\p{L}\p{N}])/gu;
const NUMBER_NAME = /(?<![\p{L}\p{N}])\d{1,5}(?: ?(?:bis|ter|[a-zA-Z]))?,? (\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,4})/gu;

/** A line that is only an email address or a phone number. */
const CONTACT_CELL = /^(?:[^\s@]{1,40}@[^\s@]{1,60}|\[email[\s\u00a0]protected\]|\+?[\d][\d\s()./-]{5,20})$/;

/** The text before `at` within the current and the previous line: an address may break after the street. */
function lineBefore(text: string, at: number, max = 90): string {
  const from = Math.max(0, at - max);
  let slice = text.slice(from, at);
  const breaks = [...slice.matchAll(/\n/g)];
  // A grid of contact cells puts the email or phone between street and postcode: that line is passed over.
  let keep = 2;
  if (breaks.length >= 2 && slice.endsWith('\n') && CONTACT_CELL.test(slice.slice(breaks[breaks.length - 2]!.index + 1, -1))) keep = 3;
  if (breaks.length >= keep) slice = slice.slice(breaks[breaks.length - keep]!.index + 1);
  // One character for one, so lengths measured here are lengths in the page text.
  return slice.replace(/\n/g, '|');
}

/** Streets in Slovak, Czech, Polish or Hungarian towns carry no street-type word ("Ševčenkova 23, Bratislava"). Such a
 *  street counts when it is written as an address line of its own — name, number, comma, town and at most a
 *  district — with a phone number right after it: a header or contact block, not a sentence or a menu line. */
function isAddressLine(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const lineStart = /\n[ \t]*$/.test(before) || (start <= 20 && /^[ \t]*$/.test(before));
  return lineStart && /\d[a-zA-Z]?,[ \n]/.test(text.slice(start, end)) && DISTRICT_TAIL.test(text.slice(end, end + 40));
}

/** A line that is one place's name: a locality, town or county of a British address ("Cudham", "Kent"). */
const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25})?$/u;

/** British addresses put locality, town and county on lines of their own between the street and the postcode:
 *  those lines and the street's line above them, joined by "|" (one character for one), or null. */
function placeLinesBefore(text: string, at: number): string | null {
  const lines = text.slice(Math.max(0, at - 160), at).split('\n');
  let first = lines.length - 1;
  if (lines[first]!.trim() !== '') return null;
  while (first > 1 && lines.length - 1 - first < 4 && PLACE_LINE.test(lines[first - 1]!)) first--;
  if (first === lines.length - 1) return null;
  return lines.slice(first - 1).join('|');
}

function isStreetName(name: string): boolean {
  const tokens = name.split(/[\s-]+/).filter(Boolean).slice(-5);
  return tokens.some((t) => STREET_SUFFIX.test(t.toLowerCase())) || streetWord.test(tokens.join(' '));
}

/** Where a street with a street-type word and a number starts in `text`, or -1. Only what follows it up to
 * the postcode may stand between ("…gade 3, 1. sal, "), not the rest of a sentence ("via UPS 2 days. "). */
function typedStreetStart(text: string): number {
  for (const re of [NAME_NUMBER, NUMBER_NAME]) {
    for (const m of text.matchAll(re)) {
      const rest = text.slice(m.index + m[0].length);
      if (isStreetName(m[1]!) && ((rest.length <= 25 && !/\p{L}{2}[.!?] /u.test(rest)) || PLACES_ONLY.test(rest))) return m.index;
    }
  }
  return -1;
}

/** Places listed between a street and its postcode, as British addresses write them: ", Cudham, Sevenoaks, Kent, ". */
const PLACES_ONLY = /^(?:[,|][ ]?\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25})?){1,4}[ ,|]*$/u;

/** A street with a street-type word but no number, followed only by places: the end of ", Trinity Way, London ". */
function unnumberedStreet(before: string): Street | null {
  const parts = before.split(/[,|]/).slice(-6);
  let length = 0;
  for (let i = parts.length - 1, places = 0; i >= 0; i--) {
    const part = parts[i]!.trim();
    length += parts[i]!.length + (i < parts.length - 1 ? 1 : 0);
    if (part === '') continue;
    if (/^\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){1,3}$/u.test(part) && isStreetName(part)) return { sure: true, length: length - (parts[i]!.length - parts[i]!.trimStart().length) };
    if (!PLACE_LINE.test(part) || ++places > 3) return null;
  }
  return null;
}

interface Street {
  /** The street carries a street-type word ("-katu", "Straße", "rue", "Lane") or is a post-office box. */
  sure: boolean;
  /** How far before the postcode it starts. */
  length: number;
}

/** The street (or box) in the text before a postcode, if any. */
function streetBefore(before: string): Street | null {
  const typed = typedStreetStart(before);
  if (typed >= 0) return { sure: true, length: before.length - typed };
  const box = POST_BOX_NUMBER.exec(before);
  if (box) return { sure: true, length: before.length - box.index };
  // "Am Beispielhof 9": a name and a house number, sure only with a label, company or contact details beside it.
  const named = NAME_THEN_NUMBER.exec(before);
  return named ? { sure: false, length: named[0].length } : null;
}

/** A label, the company's legal name or registration number, or its phone or email close by. */
function hasSupport(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 80));
  return addressLabel.test(around) || COMPANY_FORM.test(around) || addressContext.test(around) || /@[\w-]+\.\w|©/.test(around) || companyIdLabel.test(around);
}

function push(out: AddressMatch[], text: string, start: number, end: number): void {
  if (out.some((m) => start < m.end && end > m.start)) return;
  out.push({ start, end, text: text.slice(start, end).replace(/,?\s*\n\s*/g, ', ') });
}

const MAX_CANDIDATES = 2000;
/** Opening hours right after an address, perhaps after their days: "E-L 10:00 - 20:00", "Mo–Fr: 9.00–17.00". */
const OPENING_HOURS = /^[\s,|]*(?:[\p{L}.]{1,4}\s?[-–]\s?[\p{L}.]{1,4}:?\s*)?\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2}(?!\d)/u;

/** Street addresses in a text, in order of appearance. */
export function findAddresses(text: string, limit = 10): AddressMatch[] {
  const out: AddressMatch[] = [];
  const consider = (at: number, end: number, street: Street | null): void => {
    if (street && (street.sure || hasSupport(text, at - street.length, end))) push(out, text, at - street.length, end);
  };
  // Finding the candidates is one cheap pass; each one then reads the line before it. A page of
  // numbers (a price list, SKUs) has tens of thousands: the first and last ones are read, which
  // keeps the header and the footer, where addresses live.
  for (const m of headAndTail([[...text.matchAll(POSTCODE_TOWN)]], MAX_CANDIDATES)) {
    if (out.length >= limit) break;
    consider(m.index, m.index + m[0].length, streetBefore(lineBefore(text, m.index)));
  }
  // US and UK addresses put the town before the code: the street may end up before the town or inside what looks like it.
  for (const m of headAndTail([[...text.matchAll(US_TOWN), ...text.matchAll(AU_TOWN), ...text.matchAll(UK_POSTCODE), ...text.matchAll(EIRCODE)]], MAX_CANDIDATES)) {
    if (out.length >= limit) break;
    const town = Math.max(0, m[0].search(/,? [A-Z]{2,3},? \d{4,5}/));
    const at = m.index + town;
    const before = (placeLinesBefore(text, m.index) ?? lineBefore(text, m.index, 120)) + m[0].slice(0, town);
    // A British building comes before its street, which then has no number: "1 Osprey, Trinity Way, London E4 8TD".
    consider(at, m.index + m[0].length, streetBefore(before) ?? unnumberedStreet(before));
  }
  for (const m of headAndTail([[...text.matchAll(TOWN_CODE)]], MAX_CANDIDATES)) {
    if (out.length >= limit) break;
    const street = streetBefore(lineBefore(text, m.index));
    if (street?.sure) consider(m.index, m.index + m[0].length, street);
  }
  // Small towns' businesses often leave the postcode out: "Sölvegatan 26 Lund", "Emdalavägen 6B, Lund". A street with
  // a street-type word, its number and a capitalised town, counted with an address label or contact details close by.
  if (out.length === 0) {
    for (const m of headAndTail([[...text.matchAll(STREET_THEN_TOWN)]], MAX_CANDIDATES)) {
      if (out.length >= limit) break;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 80);
      const phoneNear = PHONE_DIGITS.test(after);
      // A shop's address followed by its opening hours ("… tee 116, Tallinn / E-L 10:00 - 20:00") is where to find it.
      if (isStreetName(m[1]!) ? hasSupport(text, start, end) || phoneNear || OPENING_HOURS.test(after) : phoneNear && isAddressLine(text, start, end)) push(out, text, start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A street and number right after an address label: "Osoite: Esimerkkikatu 1", "Address: 140 Summit St." */
function labelledStreet(text: string): AddressMatch | null {
  const label = new RegExp(`(?<!\\p{L})(?:${ADDRESS_LABEL.map(escape).join('|')})\\s*:\\s*`, 'giu');
  for (const m of text.matchAll(label)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split('\n')[0]!;
    const named = /^(\p{L}[\p{L}.'’ -]{1,50}?) \d{1,4}[a-zA-Z]?\b/u.exec(after);
    const numbered = /^\d{1,5}[a-zA-Z]?,? (\p{L}[\p{L}.'’ -]{1,50})/u.exec(after);
    const street = named ?? numbered;
    if (street && isStreetName(street[1]!)) return { start: m.index, end: m.index + m[0].length + street[0].length, text: `${m[0]}${street[0]}` };
  }
  return null;
}

const cache = new WeakMap<PageIndex, AddressMatch[]>();

/** The addresses in the page's visible text (shared with the phone detector, which trusts a number beside one). */
export function pageAddresses(index: PageIndex): AddressMatch[] {
  let found = cache.get(index);
  if (!found) {
    // An address a job ad gives for applications is the employer's, a listing's is its agent's: not the site's.
    const others = othersContact(index);
    found = findAddresses(index.text).filter((a) => !others.at(a.start));
    const labelled = labelledStreet(index.text);
    if (labelled) push(found, index.text, labelled.start, labelled.end);
    cache.set(index, found);
  }
  return found;
}

/** Elements the site marked as an address: <address> (often just an author's byline, so its text must read as a
 * street address) and microdata streetAddress shown as text. */
function markedAddresses(index: PageIndex, found: Found): void {
  for (const el of [...index.query('address, [itemprop="streetAddress"]')].slice(0, 20)) {
    const text = visibleText(el);
    if (text.length < 4 || text.length > 400) continue;
    const microdata = el.getAttribute('itemprop') === 'streetAddress' && /\p{L}{2}/u.test(text) && /\d/.test(text);
    if (microdata || typedStreetStart(text.replace(/\n/g, '|')) >= 0 || findAddresses(text, 1).length > 0) found.add('content', { text, el });
  }
}

export const addressCollector: AssetCollector = {
  id: 'address',
  assets: ['contact.address'],
  collect(index) {
    const found = new Found();
    for (const match of pageAddresses(index)) found.add('content', { text: match.text });
    markedAddresses(index, found);
    return { 'contact.address': found.result() };
  },
};
