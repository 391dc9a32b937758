// Online booking: appointment and table reservation links, booking widgets and booking forms.
import { BOOKING, BOOKING_NOT, BOOKING_NOUN, BOOKING_PATH, BOOKING_VENDORS, BOOKING_VERB, BY_PHONE, NOT_BOOKING_HOSTS, ORDER_VERB_PATH, POINTER_LINK } from '../cues/booking';
import { cueMatcher, entriesByHost, hostSet } from '../cues/match';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { elementText, fold, type PageIndex } from './page-index';
import { addSightings } from './vendor-sightings';

const notBookingHost = hostSet(NOT_BOOKING_HOSTS);

const bookingWords = cueMatcher(BOOKING);
const notBooking = cueMatcher(BOOKING_NOT, BY_PHONE);
const nounOnly = new Set<string>(BOOKING_NOUN);
const pointer = new Set<string>(POINTER_LINK);
const verb = cueMatcher(BOOKING_VERB);

const BOOKING_MEANS = 'form, iframe, button, [role="button"], a[href]:not([href^="tel:"]):not([href^="mailto:"]):not([href="#"])';

const isBookingLabel = (text: string) => text.length > 0 && text.length <= 50 && bookingWords.test(text) && !notBooking.test(text);

/** A path segment of a few words that is a booking page: it begins with a booking phrase ("/boka-bord-goteborg/",
 *  "/varaa-aika/") or holds a booking word ("/online-reservations/"). An article's long slug that mentions one
 *  ("/le-grand-rendez-vous-avec-…") is a story, and "reserve and collect" pages are a shop's. */
function pathBooks(path: string): boolean {
  if (ORDER_VERB_PATH.test(path)) return true;
  for (const segment of path.split('/', 12)) {
    if (segment.length < 4 || segment.length > 60) continue;
    const words = segment.toLowerCase().replace(/[-_+.]+/g, ' ').trim();
    if (words.split(' ').length > 4 || notBooking.test(words)) continue;
    const phrase = bookingWords.find(words);
    if ((phrase && words.startsWith(phrase.trim())) || BOOKING_PATH.test(`/${segment}`)) return true;
  }
  return false;
}

/** The sentence a link sits in: its parent block's text, when that is short enough to be one line of copy. */
function sentenceOf(el: Element): string {
  const parent = el.parentElement;
  const text = parent ? fold(parent.textContent ?? '') : '';
  return text.length <= 400 ? text : '';
}

/** "Vereinbaren Sie hier direkt einen <a>Termin</a>", "Book your table <a>here</a>". */
function bookedInContext(label: string, el: Element): boolean {
  const noun = nounOnly.has(label);
  if (!noun && !pointer.has(label)) return false;
  const sentence = sentenceOf(el);
  if (!sentence || notBooking.test(sentence)) return false;
  return bookingWords.test(sentence) || (noun && verb.test(sentence));
}

/** A form that asks for a date or time and says it books: its words, or null when it is no booking form. */
export function bookingFormText(form: Element): string | null {
  if (!form.querySelector('input[type="date"], input[type="time"], input[type="datetime-local"], select[name*="time" i], select[name*="guest" i], select[name*="person" i]')) return null;
  const text = fold(`${elementText(form)} ${form.getAttribute('action') ?? ''} ${form.getAttribute('id') ?? ''} ${form.getAttribute('class') ?? ''}`);
  return bookingWords.test(text) || bookingWords.test(sentenceOf(form)) ? text : null;
}

function detect(index: PageIndex): Found {
  const found = new Found();
  // A booking heading counts when its section offers a way to book online (form, widget, button or link),
  // not when it only gives a phone number.
  for (const heading of index.headings) {
    const text = fold(heading.textContent ?? '');
    if (isBookingLabel(text) && heading.parentElement?.querySelector(BOOKING_MEANS)) found.add('content', { text, el: heading });
  }
  // A form that asks for a date or time and says it books.
  for (const form of index.forms) {
    const text = bookingFormText(form);
    if (text !== null) found.add('content', { text: text.slice(0, 120), el: form });
  }
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    if (notBookingHost(url.hostname)) continue;
    const vendor = entriesByHost(BOOKING_VENDORS)(url.hostname)[0];
    // Linear: the trailing run is matched only from where it starts (lookbehind), not rescanned from each of its characters.
    const label = link.text.replace(/(?<![\s:›»→>.!])[\s:›»→>.!]+$/, '');
    const byText = isBookingLabel(label) || (label.length <= 25 && bookedInContext(label, link.el));
    const byPath = pathBooks(link.path) && !notBooking.test(link.text);
    if (vendor || byText || byPath) found.add('link', { text: link.rawText, url: url.href, el: link.el }, vendor ? [vendor.item] : []);
  }
  // Buttons that open a booking dialog.
  for (const el of index.query('button, [role="button"]')) {
    const label = fold(`${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
    if (isBookingLabel(label)) found.add('link', { text: label, el });
  }
  // An embedded booking widget: the vendor's frame shows the booking on the page; its script or
  // the container its snippet leaves shows the tool is installed.
  for (const url of index.resourceUrls) {
    const vendor = entriesByHost(BOOKING_VENDORS)(url.hostname)[0];
    if (vendor) found.add(index.frameUrls.includes(url) ? 'content' : 'script', { url: url.href }, [vendor.item]);
  }
  const inline = index.inlineScripts.join('\n');
  for (const vendor of BOOKING_VENDORS) {
    const marker = vendor.markers?.find((m) => inline.includes(m) || index.query(`[class~="${m}"]`, 1).length > 0);
    if (marker) found.add('script', { text: marker }, [vendor.item]);
  }
  addSightings(index, 'booking', found);
  return found;
}

export const bookingCollector: AssetCollector = {
  id: 'booking',
  assets: ['contact.booking'],
  collect(index) {
    return { 'contact.booking': detect(index).result() };
  },
};
