// Legal pages a buyer looks for before paying: the privacy policy and the terms.
import { cueMatcher } from '../cues/match';
import { CONSENT_ACTIONS, CONSENT_SETTINGS } from '../cues/consent';
import { COOKIE_POLICY, COOKIE_POLICY_LABELS, PRIVACY, TERMS, TERMS_PATH_ENDINGS, TERMS_PATH_TOKENS } from '../cues/trust';
import type { AssetCollector } from './collector';
import { scanHeadings, scanLinks } from './cue-scan';
import { Found } from './found';
import { labelOf, linkLeadsTo, scanLabelHeadings, scanLabelLinks, type LabelCues } from './label-scan';
import { linkPlace } from './link-place';
import { siteOf, type LinkInfo, type PageIndex } from './page-index';

const privacy = {
  words: cueMatcher(PRIVACY),
  path: /privacy|tietosuoja|datenschutz|integritet|personvern|privatliv|rekisteriseloste|confidentialite|privacidad|privacidade|prywatno|privaatsus|andmekaitse|gegevensbescherming|donnees[-_]personnelles|dati[-_]personali|datos[-_]personales|dados[-_]pessoais|personuppgift|persondata|protection[-_](?:des[-_])?donnees|proteccion[-_]de[-_]datos|protezione[-_](?:dei[-_])?dati|protecao[-_]de[-_]dados|persoonsgegevens|prelucrarea[-_]datelor|ochrana[-_]osobn|adatvedelem|adatkezeles/,
};

// The cookie policy: a phrase in a short label ("Cookie policy", "Küpsiste kasutamine"); "Cookies" as the
// whole label or as the path only in the page frame (a bakery's "Cookies" menu entry is a product). Never
// the settings button of a consent dialog, and only a real link (a "#" or script link opens a dialog).
const cookiePhrases: LabelCues = { phrases: cueMatcher(COOKIE_POLICY), maxLabel: 50 };
const cookieLabels: LabelCues = { phrases: cueMatcher([]), labels: cueMatcher(COOKIE_POLICY_LABELS), pathTokens: new Set(['cookies', 'evasteet', 'kupsised']), maxLabel: 50 };
// "Cookie settings", "Hyväksy evästeet": buttons of the consent dialog.
const consentControl = cueMatcher(CONSENT_SETTINGS, CONSENT_ACTIONS);

/** A path that names the cookie policy page ("/customer-service/cookie-policy/"): a link there is the policy, even when
 *  its words also offer the settings ("Read more and customise cookie settings"). */
const COOKIE_POLICY_PATH = /cookie[-_]?(?:policy|policies|notice|statement|richtlinie|beleid|verklaring)|(?:politique|politica|polityka)[-_](?:de[-_])?cookies|evastekaytanto|evasteseloste/;

function isCookiePolicyLink(link: LinkInfo, page: URL | null): boolean {
  if (!link.url || (consentControl.test(link.text) && !COOKIE_POLICY_PATH.test(link.path))) return false;
  if (link.url.hash && page && link.url.pathname === page.pathname) return false;
  return linkLeadsTo(cookiePhrases, link) || COOKIE_POLICY_PATH.test(link.path) || (linkLeadsTo(cookieLabels, link) && linkPlace(link.el) === 'footer');
}

// A cookie-information page named by cookie words and their companions: "Kakor (cookies)", "Cookie-Info", "Om kakor",
// or a path segment "/kakor-cookies/". Two words at least: a lone "Cookies" is the policy only in the footer (above).
const COOKIE_NAME_WORDS = new Set<string>([...COOKIE_POLICY_LABELS, 'evästeet', 'küpsised', 'kupsised', 'informasjonskapsler', 'témoins', 'temoins', 'ciasteczek']);
const COOKIE_NAME_COMPANIONS = new Set(['om', 'about', 'info', 'infos', 'information', 'informationen', 'hinweise', 'zu', 'on', 'sur', 'les', 'tietoa', 'de', 'über', 'uber', 'o', 'og', 'och', 'and', 'und', 'et']);

function namesCookiePage(words: string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.some((w) => COOKIE_NAME_WORDS.has(w)) && words.every((w) => COOKIE_NAME_WORDS.has(w) || COOKIE_NAME_COMPANIONS.has(w));
}

/** A link to the site's page about its cookies, by its label or its last path segment. */
function isCookieInfoLink(link: LinkInfo, page: URL | null): boolean {
  const url = link.url;
  if (!url || !/^https?:$/.test(url.protocol) || (page && siteOf(url.hostname) !== siteOf(page.hostname))) return false;
  if ((url.hash && page && url.pathname === page.pathname) || consentControl.test(link.text)) return false;
  const label = labelOf(link.text);
  if (label.length === 0 || label.length > 40) return false;
  const lastSegment = link.path.split('/').filter(Boolean).at(-1)?.replace(/\.\w+$/, '') ?? '';
  return namesCookiePage(label.split(/[^\p{L}]+/u).filter(Boolean)) || namesCookiePage(lastSegment.split(/[-_]+/).filter(Boolean));
}

// "Terms" and "Conditions" alone are a label; inside prose ("in terms of", "weather conditions") they are not.
const BARE_TERMS = new Set(['terms']);
const terms: LabelCues = {
  phrases: cueMatcher(TERMS.filter((t) => !BARE_TERMS.has(t))),
  labels: cueMatcher([...BARE_TERMS, 'conditions']),
  pathTokens: new Set(TERMS_PATH_TOKENS),
  pathEndings: TERMS_PATH_ENDINGS,
};

function detectPrivacy(index: PageIndex): Found {
  const found = new Found();
  scanHeadings(index, privacy, found);
  scanLinks(index, privacy, found);
  for (const link of index.links) if (isCookiePolicyLink(link, index.base)) found.add('link', { text: link.rawText, url: link.url!.href, el: link.el });
  // A site without a privacy link tells what it does with data on its cookie page ("Kakor (cookies)"): that page stands in.
  if (!found.found) {
    const cookiePage = index.links.find((link) => isCookieInfoLink(link, index.base));
    if (cookiePage) found.add('link', { text: cookiePage.rawText, url: cookiePage.url!.href, el: cookiePage.el });
  }
  return found;
}

function detectTerms(index: PageIndex): Found {
  const found = new Found();
  scanLabelHeadings(index, terms, found);
  scanLabelLinks(index, terms, found);
  return found;
}

export const trustCollector: AssetCollector = {
  id: 'trust',
  assets: ['trust.privacy', 'trust.terms'],
  collect: (index) => ({
    'trust.privacy': detectPrivacy(index).result(),
    'trust.terms': detectTerms(index).result(),
  }),
};
