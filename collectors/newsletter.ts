// Newsletter / mailing-list signup: an email form that says so (itself or the block around it),
// an email-only "sign up" form that promises news or offers, or a link to the signup page.
import { cueMatcher, entriesByHost, hostLookup, hostSet } from '../cues/match';
import { BY_EMAIL, EMAIL_ALERT, NEWSLETTER, NEWSLETTER_NAME, NEWSLETTER_SERVICES, NEWSLETTER_SIGNUP_PAGES, NOT_SIGNUP, RECEIVE, SIGNUP, SIGNUP_TOPIC } from '../cues/retention';
import { SOCIAL_NETWORKS } from '../cues/social';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { isPaidSubscriptionUrl } from './paid-subscription';
import { elementText, fold, toUrl, type PageIndex } from './page-index';

const words = cueMatcher(NEWSLETTER);
const listName = cueMatcher(NEWSLETTER_NAME);
const signup = cueMatcher(SIGNUP);
const topic = cueMatcher(SIGNUP_TOPIC);
const notSignup = cueMatcher(NOT_SIGNUP);
const emailAlert = cueMatcher(EMAIL_ALERT);
const byEmail = cueMatcher(BY_EMAIL);
const receive = cueMatcher(RECEIVE);

const NEWSLETTER_PATH = /newsletter|uutiskirje|nyhetsbrev|nyhedsbrev|veckobrev|ugebrev|ukebrev|infolettre|nieuwsbrief|boletin|uudiskiri|mailing-?list|postituslista|mailman\/listinfo|hakuvahti|paikkavahti|job-?alert|preisalarm/;
// A form's action, id or name that says it subscribes ("/EmailSubscription", "newsletter-optin").
const SIGNUP_ATTR = /newsletter|subscri|optin|opt-in|mailing-?list|nieuwsbrief|uutiskirje|nyhetsbrev|nyhedsbrev|email-?offers/i;
// A slug of four or more words under a blog, news or dated folder: an article.
const ARTICLE_SLUG = /\/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){3,}\/?$/u;
const ARTICLE_FOLDER = /\/(?:blog|blogi|blogg|news|uutiset|nyheter|nyheder|artikel|artikkeli|article|articles|post|posts|\d{4})\//;
const isArticlePath = (path: string) => ARTICLE_FOLDER.test(path) && ARTICLE_SLUG.test(path);
// RSS feeds and podcast apps are "subscribed" to as well, but they are not an email list.
const FEED = /(?:^|\/)(?:feed|rss|atom)(?:\/|$)|\.(?:xml|rss)$/;
const FEED_HOSTS = ['podcasts.apple.com', 'itunes.apple.com', 'podcasts.google.com', 'feedburner.com', 'feeds.feedburner.com'];
const isService = hostSet(NEWSLETTER_SERVICES);
const isFeedHost = hostSet(FEED_HOSTS);
const signupPageHost = hostLookup(NEWSLETTER_SIGNUP_PAGES, (h) => [h]);
// Fields that take an e-mail, also when only their value or a script's placeholder says so.
const SIGNUP_FIELD = ['type="email"', 'name*="mail" i', 'id*="mail" i', 'placeholder*="mail" i', 'data-placeholder*="mail" i', 'value*="mail" i', 'id*="newsletter" i', 'name*="newsletter" i', 'class*="newsletter" i']
  .map((attr) => `input[${attr}]:not([type="hidden"]):not([type="checkbox"])`)
  .join(', ');
const SEARCH_FIELD = '[type="search"], [name="q"], [name="s"], [name*="search" i], [name*="query" i], [class*="search" i]';
const EMAIL_FIELD = 'input[type="email"], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i], input[autocomplete="email"]';
const PASSWORD_FIELD = 'input[type="password"], input[autocomplete="current-password"], input[autocomplete="new-password"], input[name*="password" i]';
const PHONE_FIELD = 'input[type="tel"], input[name*="phone" i], input[name*="puh" i], input[name*="tel" i]';
const TYPED_FIELDS = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="number"], input[type="date"], select';

/** A form's own words: its text and the labels, placeholders and names of its controls. */
function ownText(form: Element): string {
  const parts = [elementText(form), form.getAttribute('action') ?? '', form.getAttribute('id') ?? '', form.getAttribute('class') ?? '', form.getAttribute('name') ?? ''];
  for (const el of form.querySelectorAll('input, button')) {
    if (el.getAttribute('type') === 'hidden') continue;
    parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('value') ?? '', el.getAttribute('name') ?? '', el.getAttribute('id') ?? '', el.getAttribute('title') ?? '');
  }
  return fold(parts.join(' ').replace(/[_[\]]/g, ' '));
}

/** The block around a form (up to three levels up while it stays a short block): heading, pitch, class names. */
function surroundings(form: Element): string {
  const parts: string[] = [];
  let node = form.parentElement;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const text = node.textContent ?? '';
    if (text.length > 1200) break;
    parts.push(text, node.getAttribute('id') ?? '', node.getAttribute('class') ?? '');
  }
  return fold(parts.join(' ').replace(/[_]/g, ' '));
}

function isSearchForm(form: Element): boolean {
  return form.getAttribute('role') === 'search' || form.querySelector('input[type="search"]') !== null || /search|haku|suche|sok|søk|recherche/i.test(form.getAttribute('action') ?? '');
}

export function isListSignup(form: Element): boolean {
  if (!form.querySelector(EMAIL_FIELD) || form.querySelector(PASSWORD_FIELD) || form.querySelector('textarea') || isSearchForm(form)) return false;
  const action = toUrl(form.getAttribute('action') ?? '', null);
  if (action && isService(action.hostname)) return true;
  const own = ownText(form);
  if (words.test(own)) return true;
  // A registration or order form with many fields is not a list signup, whatever its footer says.
  if (form.querySelectorAll(TYPED_FIELDS).length > 4) return false;
  const around = surroundings(form);
  if (words.test(around)) return true;
  // Without the word: an email-only form (no phone, at most a name beside the address) that signs up for news or offers.
  if (form.querySelector(PHONE_FIELD) || form.querySelectorAll(TYPED_FIELDS).length > 3) return false;
  if (SIGNUP_ATTR.test(`${form.getAttribute('action') ?? ''} ${form.getAttribute('id') ?? ''} ${form.getAttribute('name') ?? ''}`)) return true;
  return signup.test(`${own} ${around}`) && topic.test(`${own} ${around}`) && !notSignup.test(own);
}

/** A newsletter box to tick in a registration or checkout form ("Rezepte & Angebote per Newsletter erhalten"). */
function optIns(index: PageIndex, found: Found): void {
  const boxes = index.query('input[type="checkbox"]', 50);
  if (boxes.length === 0) return;
  // Labels by the id they point at, read once (not one document query per box).
  const labelFor = new Map<string, Element>();
  for (const label of index.query('label[for]', 2000)) labelFor.set(label.getAttribute('for') ?? '', label);
  for (const box of boxes) {
    const id = box.getAttribute('id');
    // Its label: wrapped, pointed at, or (a styled box with an empty label) the text of its list item or paragraph.
    const labels = [box.closest('label'), id ? labelFor.get(id) : undefined, box.closest('li, p')];
    const text = fold(labels.map((el) => (el?.textContent ?? '').slice(0, 300)).join(' '));
    if (text.length > 0 && text.length <= 200 && listName.test(text)) {
      found.add('content', { text: text.slice(0, 120), el: box });
      return;
    }
  }
}

/** A button that opens the signup ("Newsletter" in a footer menu, "Tilaa uutiskirje" opening a dialog). */
function signupButtons(index: PageIndex, found: Found): void {
  // [data-href]: a link written as a span, its address encoded (so that crawlers do not follow it).
  for (const el of index.query('button, [role="button"], input[type="submit"], input[type="button"], a:not([href]), [data-href]')) {
    const label = fold(`${elementText(el)} ${el.getAttribute('value') ?? ''}`);
    if (label.length > 0 && label.length <= 40 && (listName.test(label) || emailAlert.test(label))) {
      found.add('link', { text: label, el });
      return;
    }
  }
}

/** A signup box without a form of its own (a script posts it): an e-mail field in a block that names the list. */
function fieldSignups(index: PageIndex, found: Found): void {
  for (const field of index.query(SIGNUP_FIELD, 100)) {
    const form = field.closest('form');
    // A form is judged whole by isListSignup, unless its field hides the word "mail" (value="Saisir votre email").
    if (form && (form.querySelector(EMAIL_FIELD) || form.querySelector(PASSWORD_FIELD) || form.querySelector('textarea') || isSearchForm(form))) continue;
    // A search box of the newsletter's archive is no signup.
    if (field.matches(SEARCH_FIELD)) continue;
    const own = fold(['id', 'name', 'placeholder', 'data-placeholder', 'value', 'aria-label'].map((a) => field.getAttribute(a) ?? '').join(' '));
    if (listName.test(own) || listName.test(surroundings(field))) {
      found.add('content', { text: surroundings(field).slice(0, 120), el: field });
      return;
    }
  }
}

/** Lines that offer the list in words: "Recevez … en vous inscrivant à notre newsletter", "Tilaa sähköpostiisi
 *  hakuasi vastaavat ilmoitukset", "Melden Sie sich an, um den Wochenplan per E-Mail zu bekommen". */
function signupLines(index: PageIndex, found: Found): void {
  for (const line of index.lines) {
    if (line.length > 200) continue;
    const words = fold(line);
    const named = words.length <= 160 && listName.test(words) && receive.test(words);
    const mailed = byEmail.test(words) && signup.test(words) && topic.test(words) && !notSignup.test(words);
    if (named || mailed) {
      found.add('content', { text: line.slice(0, 120) });
      return;
    }
  }
}

export const newsletterCollector: AssetCollector = {
  id: 'newsletter',
  assets: ['retention.newsletter'],
  collect(index: PageIndex) {
    const found = new Found();
    for (const form of index.forms) {
      if (isListSignup(form)) found.add('content', { text: (fold(elementText(form)) || ownText(form)).slice(0, 120), el: form });
    }
    optIns(index, found);
    if (!found.found) fieldSignups(index, found);
    if (!found.found) signupLines(index, found);
    signupButtons(index, found);
    for (const link of index.links) {
      const url = link.url;
      if (!url || !/^https?:$/.test(url.protocol)) continue;
      // "Subscribe" on a YouTube or social link follows a channel, it is not a mailing list.
      if (entriesByHost(SOCIAL_NETWORKS)(url.hostname).length > 0) continue;
      const path = link.path;
      if (FEED.test(path) || isFeedHost(url.hostname)) continue;
      // A blog post about a newsletter ("/blog/why-our-newsletter-changed") is an article, not the signup.
      if (isArticlePath(path)) continue;
      // "Subscribe" that leads to a publisher's subscription shop sells the paper, not an e-mail list; a label that
      // names the list ("Tilaa Profit-uutiskirje" → /tilaus/) is the list's.
      const byText = link.text.length <= 60 && (words.test(link.text) || emailAlert.test(link.text)) && (listName.test(link.text) || !isPaidSubscriptionUrl(url));
      // A publication's own page on a newsletter platform (name.substack.com), not the platform's home page.
      const service = signupPageHost(url.hostname)[0];
      const signupPage = service !== undefined && (path.length > 1 || ![service, `www.${service}`].includes(url.hostname));
      const byPath = NEWSLETTER_PATH.test(path) || signupPage;
      if (byText || byPath) found.add('link', { text: link.rawText, url: url.href, el: link.el });
    }
    return { 'retention.newsletter': found.result() };
  },
};
