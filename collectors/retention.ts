// Customer account, loyalty programme and refer-a-friend: the ways a site keeps a buyer coming back.
import { cueMatcher } from '../cues/match';
import { ACCOUNT, ACCOUNT_LABELS, LOYALTY, LOYALTY_CURRENCY, LOYALTY_EARN, LOYALTY_PROGRAMME, NEWSLETTER, PROGRAMME_WORDS, REFERRAL, REWARD, TELL_A_FRIEND } from '../cues/retention';
import type { AssetCollector } from './collector';
import { hasCart } from './commerce';
import { scanHeadings } from './cue-scan';
import { isEditorialOnly } from './editorial';
import { Found } from './found';
import { brandKeys, namesProgramme } from './loyalty-names';
import { inProse, linkPlace } from './link-place';
import { isWholeLabel, labelOf, pathTokens } from './label-scan';
import { fold, linkInfo, siteOf, type LinkInfo, type PageIndex } from './page-index';
import { addSightings } from './vendor-sightings';

const accountWords = cueMatcher(ACCOUNT);
const accountLabels = cueMatcher(ACCOUNT_LABELS);
const newsletterWords = cueMatcher(NEWSLETTER);
const loyaltyWords = cueMatcher(LOYALTY);
const referralWords = cueMatcher(REFERRAL);
const tellAFriend = cueMatcher(TELL_A_FRIEND);
const loyaltyEarn = cueMatcher(LOYALTY_EARN);
const loyaltyProgramme = cueMatcher(LOYALTY_PROGRAMME);
const loyaltyCurrency = cueMatcher(LOYALTY_CURRENCY);
const programmeWords = new Set<string>(PROGRAMME_WORDS);

// Login in its spellings: login, log-in, logon, logginn (no), log-ind (da); innlogging (no), inloggning (sv).
const ACCOUNT_PATH = /(?:^|\/)(?:account|accounts|my-?account|customer\/account|log-?g?-?(?:in|inn|ind|on)|innlogging|inloggning|signin|sign-in|sign_in|auth\/login|konto|mein-konto|kundenkonto|einloggen|anmelden|login-registrierung|kirjaudu|kirjautuminen|oma-tili|omat-sivut|mina-sidor|logga-in|min-side|mine-sider|min-konto|mon-compte|connexion|identification|mijn-account|inloggen|mi-cuenta|iniciar-sesion|il-mio-account|area-riservata|minha-conta|moje-konto|logowanie|minu-konto|logout|log-out|sign-out)(?:[/._?-]|$)/;
/** A form posted to a sign-in address. */
const LOGIN_ACTION = /(?:^|\/)(?:log-?in|signin|sign-in|kirjaudu|logga-in|einloggen|connexion|inloggen|logowanie|sisselogimine)(?:[/._-]|$)/i;
/** The site's own account host ("my.telegraph.co.uk", "konto.example.de", "login.example.com"). */
const ACCOUNT_HOST = /^(?:my|account|accounts|login|signin|sso|auth|konto|minside|mitt|mit|min|mijn|minu|mein|mon|moncompte|meinkonto|omat|oma)\./;
// "/account-based-sales-marketing/…", "/login-tips-for-teams": an article slug that starts with the word, not an account page.
const ACCOUNT_SLUG = /(?:^|\/)(?:account|login)-[a-z]+-[a-z]+/;
/** "Account-Based Marketing", "account-level reporting", "Key account manager": the word in another phrase. */
const ACCOUNT_COMPOUND = /(?<![\p{L}])(?:account[-‑]\p{L}|account\s(?:based|management|manager|executive|planning)|key\saccount)/iu;
/** A login anchor on the site's own pages ("portal.example.com/external#Login"): the way into the account. */
const LOGIN_HASH = /^#(?:log-?g?-?(?:in|inn|ind|on)|sign-?in|anmelden|einloggen|kirjaudu|connexion)$/i;
/** A club's members' area: its login. */
const MEMBERS_PATH = /(?:^|\/)(?:mitglieder(?:bereich)?|intern|members(?:-area|-only)?|jasenalue|medlemssider)(?:[/.]|$)/;
const NEWSLETTER_PATH = /newsletter|uutiskirje|nyhetsbrev|nyhedsbrev|infolettre|nieuwsbrief|boletin|uudiskiri/;
// Site-owner logins (WordPress admin, protected posts) are not a customer account.
const ADMIN_PATH = /wp-login|wp-admin|\/admin(?:\/|$)|\/user\/login\?destination=admin/;
const LOYALTY_PATH = /(?:^|[/_-])(?:loyalty|rewards|loyalty-program\w*|rewards-program\w*|kanta-asiak\w*|bonusohjelma|bonusprogram\w*|kundklubb\w*|kundeklub\w*|kundenkarte|kundenclub|treueprogramm|vorteilsprogramm|fidelite|programme-fidelite|carte-fidelite|stammis\w*|klantenkaart|spaarprogramma|fidelizacion|fedelta|programma-fedelta|fidelidade|program-lojalnosciowy|pusiklient\w*|kliendiklubi|lojaalsusprogramm\w*|kliendiprogramm\w*|programy?-lojalnosciow\w*|treueprogramm\w*|clube)(?:[/._-]|$)/;
// A bare "refer" only as a whole segment or before a file ending: "/refer-ncia-12.html" is a slugged "Referência".
const REFERRAL_PATH = /(?:^|[/_-])(?:refer-a-friend|refer(?!-)|referral|referrals|invite-friends|parrainage|freunde-werben|verv-en-venn|varva-en-van|suosittele-ystavalle)(?:[/._-]|$)/;
/** A section of the account page named for referrals ("/account#referrals"). */
const REFERRAL_HASH = /^#(?:refer-a-friend|referrals?|invites?|invite-friends)$/;
// Frameworks may bind the type (":type=\"show ? 'text' : 'password'\""); the autocomplete hint or name still tells.
const PASSWORD_FIELD = 'input[type="password"], input[autocomplete="current-password"], input[autocomplete="new-password"], input[name*="password" i], input[id="password"]';
const AFFILIATE = /affiliate|affiliation|partnerprogramm|kumppaniohjelma|partnerprogram/i;

/** A class or id that names the account ("header-account", "icon-login", "my_account"), as a word between separators. */
const ACCOUNT_MARK = /(?:^|[\s_-])(?:log-?in|sign-?in|my-?account|account|user-?account|konto|login-?link)(?:[\s_-]|$)/i;

/** An icon link in the page header whose marks, or its icon's, name the account: it has no words to read. */
function isAccountIcon(el: Element): boolean {
  if (linkPlace(el) !== 'header') return false;
  const marks = [el, ...Array.from(el.querySelectorAll('[class], [id]')).slice(0, 3)].map((node) => `${node.id} ${node.getAttribute('class') ?? ''}`);
  return marks.some((mark) => ACCOUNT_MARK.test(mark));
}

function sameSite(url: URL, base: URL | null): boolean {
  return base === null || siteOf(url.hostname) === siteOf(base.hostname);
}

/** Another host of the same site that is its account ("my.example.co.uk" from www.example.co.uk). */
function ownAccountHost(url: URL, base: URL | null): boolean {
  return base !== null && ACCOUNT_HOST.test(url.hostname) && url.hostname !== base.hostname && sameSite(url, base);
}

const withTemplates = new WeakMap<PageIndex, LinkInfo[]>();

/** The page's links plus those in <template> markup: menus a script renders later (e.g. an AMP user menu). */
function menuLinks(index: PageIndex): LinkInfo[] {
  let links = withTemplates.get(index);
  if (!links) {
    links = [...index.links];
    for (const template of index.query('template')) {
      const content = (template as HTMLTemplateElement).content;
      for (const el of content?.querySelectorAll('a[href]') ?? []) {
        links.push(linkInfo(el, index.base));
      }
    }
    withTemplates.set(index, links);
  }
  return links;
}

const smallForms = new WeakMap<Element, boolean>();

/** A form of its own (not a page builder's form around the whole page) that asks for no password. */
function isSmallFormWithoutPassword(form: Element): boolean {
  let small = smallForms.get(form);
  if (small === undefined) {
    small = !form.querySelector(PASSWORD_FIELD) && form.querySelectorAll('input, select, textarea').length <= 6 && (form.textContent ?? '').length <= 1500;
    smallForms.set(form, small);
  }
  return small;
}

function detectAccount(index: PageIndex): Found {
  const found = new Found();
  for (const form of index.forms) {
    const action = form.getAttribute('action') ?? '';
    // A sign-in that mails a link or a code has no password field; its address says what it is ("/ee/login").
    const signIn = form.querySelector(PASSWORD_FIELD) !== null || (LOGIN_ACTION.test(action.split('?')[0]!) && form.querySelector('input[type="email" i], input[name*="mail" i], input[name*="user" i]') !== null);
    if (!signIn || ADMIN_PATH.test(action)) continue;
    found.add('content', { text: fold(form.textContent ?? '').slice(0, 120), el: form });
  }
  for (const link of menuLinks(index)) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    const path = link.path;
    // "Anmelden" / "S'inscrire" also subscribe to a newsletter.
    if (ADMIN_PATH.test(path) || NEWSLETTER_PATH.test(path) || newsletterWords.test(link.text)) continue;
    const label = labelOf(link.text);
    // The title may say it where the text is a word beside it ("Privat" titled "Logga in på Internetkontoret").
    const title = fold(link.el.getAttribute('title') ?? '');
    const byText =
      ((link.text.length <= 40 && accountWords.test(link.text)) || (title.length > 0 && title.length <= 40 && accountWords.test(title)) || (label.length > 0 && isWholeLabel(accountLabels, label))) &&
      !ACCOUNT_COMPOUND.test(link.text);
    // A login page of another site named in running text ("logging in to some sites") is not this site's account.
    const byPath =
      ((ACCOUNT_PATH.test(path) && !ACCOUNT_SLUG.test(path)) || (MEMBERS_PATH.test(path) && label.length > 0 && label.length <= 30) || (LOGIN_HASH.test(url.hash) && sameSite(url, index.base)) ||
        (ownAccountHost(url, index.base) && label.length > 0 && label.length <= 30)) &&
      !inProse(link.el);
    if (byText || byPath || (label.length === 0 && isAccountIcon(link.el))) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
  // Login buttons that open a modal or a menu ("Mon compte" icon, "Log in"); a label that toggles a CSS-only menu
  // through its hidden checkbox ("<label for=menu-login>Anmelden</label>") is such a button, one in a form is a field's name.
  for (const el of index.query('button, [role="button"], a:not([href]), label[for]')) {
    // "Anmelden" submitting a newsletter or event form signs up for that, not into an account.
    // A link in a comment form ("Se connecter/créer un compte" above the textarea) signs in to comment: the account. So
    // does a scripted link in a form that asks no e-mail address: it opens a login box; in a signup form it sends the form.
    const form = el.closest('form');
    const commentLogin =
      form !== null && el.localName === 'a' && (form.querySelector('textarea') !== null || (el.hasAttribute('onclick') && !form.querySelector('input[type="email" i], input[name*="mail" i]')));
    if (form && ((isSmallFormWithoutPassword(form) && !commentLogin) || el.tagName.toUpperCase() === 'LABEL')) continue;
    const label = fold(`${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
    if (label.length > 0 && label.length <= 40 && (accountWords.test(label) || isWholeLabel(accountLabels, labelOf(label))) && !newsletterWords.test(label)) found.add('link', { text: label, el });
  }
  return found;
}

const MEMBERSHIP = /^(?:\S+ )?membership$|^members$|^jäsenyys$|^medlemskap$|^mitgliedschaft$/i;
const MEMBERSHIP_PATH = /(?:^|\/)membership(?:[/._-]|$)/;

function detectLoyalty(index: PageIndex): Found {
  const found = new Found();
  const sells = hasCart(index);
  const siteName = index.head?.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  const brands = brandKeys(index.base?.hostname ?? '', siteName.slice(0, 100));
  const named = (raw: string) => namesProgramme(labelOf(raw), raw, brands, sells);
  scanHeadings(index, { words: loyaltyWords, maxLabel: 60 }, found);
  for (const heading of index.headings) {
    const raw = heading.textContent ?? '';
    if (raw.length <= 80 && named(raw)) found.add('content', { text: fold(raw), el: heading });
  }
  for (const link of menuLinks(index)) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol) || AFFILIATE.test(link.text)) continue;
    const byText = link.text.length <= 60 && (loyaltyWords.test(link.text) || named(link.rawText));
    const path = link.path;
    const byPath = LOYALTY_PATH.test(path);
    // A shop's "Membership" is a members' programme; a gym's or a club's is what it sells.
    const membership = sells && (MEMBERSHIP.test(link.text) || MEMBERSHIP_PATH.test(path));
    if (byText || byPath || membership || isProgrammeLink(link, url, index)) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
  // "Sammel Bonus-Guthaben bei jedem Einkauf", "gagnez 35 points Club Lavande": earning with purchases.
  const earning = earningLine(index);
  if (earning) found.add('content', { text: earning });
  // "Vos points de fidélité sont valables …": a programme named in a line; in a story it is someone else's.
  if (!found.found && !isEditorialOnly(index)) {
    const line = index.lines.find((l) => l.length <= 160 && loyaltyProgramme.test(l));
    if (line) found.add('content', { text: line });
  }
  return found;
}

// "35 points", "100 pistettä": points with a number, a loyalty offer when an earning verb stands beside them
// (a match report's "scored 35 points" has none).
const POINTS = /(?<![\p{L}\p{N}])\d{1,6}\s?(?:points?|punkte|pistettä|pisteet|poäng|point|poeng|punten|puntos|punti|pontos|punktów|punkty|punkti)(?![\p{L}])/iu;
const EARN_VERB = /(?<![\p{L}])(?:gagnez|cumulez|earn|collect|sammeln|sammle|kerää|keräät|saat|samla|tjäna|optjen|samle|spaar|acumula|acumule|ganhe|accumula|guadagna|zbieraj|zdobywaj|kogu|teenid)(?![\p{L}])/iu;

const earningLines = new WeakMap<PageIndex, string | null>();
// "Click & collect points" are where an order is picked up.
const CLICK_AND_COLLECT = /click\s?(?:&|and|\+|'?n'?)\s?collect/i;

/** The first short line that earns points or credit with purchases. */
function earningLine(index: PageIndex): string | null {
  let line = earningLines.get(index);
  if (line === undefined) {
    // Beside the verb, a programme's currency without a number ("TreueBohnen sammeln") outside stories.
    const currencies = !isEditorialOnly(index);
    line = index.lines.find((l) => l.length <= 160 && !CLICK_AND_COLLECT.test(l) && (loyaltyEarn.test(l) || (EARN_VERB.test(l) && (POINTS.test(l) || (currencies && loyaltyCurrency.test(l)))))) ?? null;
    earningLines.set(index, line);
  }
  return line;
}

/** A programme called by its brand ("REWE Bonus" → /bonus/, "Kauppa Plus" → /plus): a short label that
 *  ends in a programme word, a path that names it, and a page that speaks of earning with purchases. */
function isProgrammeLink(link: LinkInfo, url: URL, index: PageIndex): boolean {
  const label = labelOf(link.text);
  if (label.length === 0 || label.length > 30) return false;
  const words = label.split(' ');
  if (words.length < 2 || !programmeWords.has(words.at(-1)!)) return false;
  if (!pathTokens(url).some((t) => programmeWords.has(t) || t === 'loyalty' || t === 'member')) return false;
  // Only with earning named: a shop's "Care Plus" is a warranty, a "Cookbook Club" a mailing of recipes.
  return earningLine(index) !== null;
}

/** Refer-a-friend is named outright, or a "tell a friend" line promises a reward. "\s*(?:,\s*)?" rather than
 *  "\s*,?\s*": two stars over one run of spaces would try every split of it. */
function isReferral(text: string): boolean {
  if (AFFILIATE.test(text)) return false;
  return referralWords.test(text) || (tellAFriend.test(text) && REWARD.test(text)) || /\bgive\s+\S{1,6}\s*(?:,\s*)?get\s+\S{1,6}\b/i.test(text);
}

function detectReferral(index: PageIndex): Found {
  const found = new Found();
  for (const heading of index.headings) {
    const text = fold(heading.textContent ?? '');
    if (text.length > 0 && text.length <= 120 && isReferral(text)) found.add('content', { text, el: heading });
  }
  // Banners and teaser lines ("Refer a friend and you both get 10 €") are often not headings; a bare
  // "referral" line without a reward is more often a form topic or a menu entry.
  for (const line of index.lines) {
    if (line.length <= 160 && REWARD.test(line) && isReferral(fold(line))) {
      found.add('content', { text: line });
      break;
    }
  }
  for (const link of menuLinks(index)) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol) || AFFILIATE.test(link.text)) continue;
    const byText = link.text.length <= 120 && isReferral(link.text);
    const byPath = (REFERRAL_PATH.test(link.path) || REFERRAL_HASH.test(url.hash.toLowerCase())) && !AFFILIATE.test(url.pathname);
    if (byText || byPath) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
  return found;
}

export const retentionCollector: AssetCollector = {
  id: 'retention',
  assets: ['retention.account', 'retention.loyalty', 'advocacy.referral'],
  collect(index) {
    // A loyalty or referral app's script (Smile, LoyaltyLion, …) shows the programme is installed.
    const loyalty = detectLoyalty(index);
    addSightings(index, 'loyalty', loyalty);
    const referral = detectReferral(index);
    addSightings(index, 'referral', referral);
    return {
      'retention.account': detectAccount(index).result(),
      'retention.loyalty': loyalty.result(),
      'advocacy.referral': referral.result(),
    };
  },
};

