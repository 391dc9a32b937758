// Company identity: a business or registration number, an Impressum, or the legal name of the
// company shown together with a postal address; otherwise a link to the Impressum / legal notice.
import { cueMatcher, cueRegExp } from '../cues/match';
import { COMPANY_ID_LABEL, COMPANY_LINK, COMPANY_PATH_TOKENS, LEGAL_FORMS, LEGAL_FORMS_BEFORE, NOT_COMPANY_PATH, PUBLIC_BODY_WORDS, PUBLISHER_OF, REGISTERED_SEAT, REGULATOR_MEMBERSHIP, RESPONSIBLE_PUBLISHER } from '../cues/trust';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { linkLeadsTo, type LabelCues } from './label-scan';
import type { PageIndex } from './page-index';
import { findAddresses, pageAddresses } from './address';
import { detectGroupAddressLine, detectMarkedUpOrganization } from './company-markup';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

// Label, an optional "no." and the number: "Y-tunnus: 1234567-8", "USt-IdNr. DE 123 456 789", "Charity ID: 12-3456789";
// the register's town may stand between ("KVK Middelburg 40310817").
const ID = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternatives(COMPANY_ID_LABEL).replace(/ /g, '[\\s\\u00a0]*')})(?![\\p{L}])[^\\p{L}\\p{N}\\n]{0,6}(?:\\n[^\\p{L}\\p{N}\\n]{0,3})?(?:(?:no|nr|nro|number|nummer|numero|n°)\\.?[^\\p{L}\\p{N}\\n]{0,4})?(?:\\p{L}{3,20}[\\s:]{1,3})?([A-Z]{1,3}[\\s-]?)?(\\d[\\d\\s.\\-/]{2,18}\\d)`,
  'giu',
);
/** Register numbers are short ("HRB 1234"); tax and business ids are long, and a VAT rate or a year is not an id. */
const SHORT_ID_LABELS = /^(?:hrb|hra|handelsregister|registergericht|firmenbuch|rcs|kvk)/i;

const FORM = `(?:${alternatives(LEGAL_FORMS)})`;
// A legal name: words ending in a legal form ("Bergsport Muster AG", "Weinhandel Beispiel GmbH + Co. KG").
const LEGAL_NAME = new RegExp(`(?:^|[\\s|©(])(?:(?:[\\p{L}\\p{N}][\\p{L}\\p{N}&.,'’+-]*|[&+])\\s+){1,6}${FORM}(?![\\p{L}\\p{N}])`, 'u');
// A legal form before a quoted or capitalised name (Baltic usage): 'SIA "Näide Baltic"', 'UAB „Pavyzdys“'.
// A Finnish sole trader writes its form first and unquoted: "Tmi Teresa Virtanen".
const NAME_AFTER_FORM = new RegExp(`(?:^|[\\s|©(])(?:(?:${alternatives(LEGAL_FORMS_BEFORE)})\\s+["„“”']\\p{Lu}|Tmi\\s+\\p{Lu}\\p{Ll}+\\s\\p{Lu})`, 'u');
const WHOLE_LINE_NAME = new RegExp(`^(?:(?:[\\p{L}\\p{N}][\\p{L}\\p{N}&.,'’+-]*|[&+])\\s+){1,6}${FORM}[\\s.,®™]*$`, 'u');
// "Lygten Station, København NV", "Springfield, IL": a place and a district or state code, not a name and its form.
const PLACE_AND_CODE = /,\s(?:\p{Lu}[\p{L}-]*\s)?\p{Lu}{2}[\s.]*$/u;
// The legal name right before a registered-seat phrase (the phrase is matched by the caller): "… Sp. z o.o. ".
const NAME_BEFORE_SEAT = new RegExp(`(?:^|[\\s|©(])(?:(?:[\\p{L}\\p{N}][\\p{L}\\p{N}&.,'’+-]*|[&+])\\s+){1,6}${FORM}[\\s,]{0,3}$`, 'u');
const SEAT = cueRegExp(REGISTERED_SEAT);
// "TD Ameritrade, Inc., member FINRA/SIPC", "Example Bank, N.A. (Member FDIC)": a regulated firm's disclosure.
const REGULATED = new RegExp(`(?<![\\p{L}])${FORM}[\\s,(]{1,4}[Mm]ember(?:\\s+of)?\\s+(?:${REGULATOR_MEMBERSHIP.join('|')})(?![\\p{L}])`, 'u');
/** How far apart (characters of page text) a legal name and its address may stand in one footer or contact block. */
const NEAR_CHARS = 1200;
// "© 2019 Almedina", "Copyright © Kauppa Esimerkki": the holder's name after the sign and an optional year.
const COPYRIGHT_HOLDER = /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s?[-–—]\s?\d{4})?\s*)?(?:by\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]{2,30}(?:\s\p{Lu}[\p{L}\p{N}&.'’-]{1,30}){0,2})/u;
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved|alle rechte|kaikki oikeudet|alla rättigheter|tous droits/i;

const companyLinkCues: LabelCues = {
  phrases: cueMatcher(COMPANY_LINK.filter((w) => w !== 'legal')),
  labels: cueMatcher(['legal']),
  pathTokens: new Set(COMPANY_PATH_TOKENS),
};
const impressumHeading = cueMatcher(['impressum', 'imprint', 'legal notice', 'mentions légales', 'yritystiedot', 'anbieterkennzeichnung']);

/** Company-details links, unless their address says they lead elsewhere ("Company Information" → /membership-information). */
function scanCompanyLinks(index: PageIndex, found: Found): void {
  for (const link of index.links) {
    if (linkLeadsTo(companyLinkCues, link) && !NOT_COMPANY_PATH.test(link.path)) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
}

function detectIds(index: PageIndex, found: Found): void {
  // Some sites put the business ID only into the alt text of a logo in the footer.
  const alts = index.images.map((img) => img.getAttribute('alt') ?? '').filter((alt) => alt.length > 0 && alt.length <= 200);
  const text = [index.text, ...alts].join('\n');
  for (const match of text.matchAll(ID)) {
    const digits = match[3]!.replace(/\D/g, '').length;
    // "incl. VAT 1 234,56 €" is a price, not a VAT number.
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 4);
    if (/^\s?(?:[€$£]|,-|eur|kr|chf)/i.test(after)) continue;
    if (digits >= (SHORT_ID_LABELS.test(match[1]!) ? 3 : 6) && digits <= 16) {
      found.add('content', { text: match[0] });
      return;
    }
  }
}

// "Ansvarig utgivare: Jonas Exempel": the press-law imprint names who answers for the site. The label in
// any case, then a capitalised name (matched with case, so "…utgivare av tidningen" is not a name).
const publisherLabel = cueMatcher(RESPONSIBLE_PUBLISHER);
const NAME_AFTER_LABEL = /^[\s:]{0,3}\p{Lu}\p{Ll}+[\s-]\p{Lu}\p{L}/u;
const GLUED_NAME = /(\p{Ll})(\p{Lu}\p{Ll})/gu;
// "Udgiver › JP/Politikens Hus A/S", "Herausgeber: Beispiel Verlag GmbH": the publishing company under its label.
const publisherOf = cueMatcher(PUBLISHER_OF);
// Capitalised words only, matched with case: "Herausgeber des Buches …, dass die Beispiel GmbH" is prose.
const LEGAL_NAME_AFTER_LABEL = new RegExp(`^[\\s:›»>|–-]{0,6}(?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.,'’+/-]*\\s+){1,6}${FORM}(?![\\p{L}\\p{N}])`, 'u');

/** The publisher's legal name after a "Publisher" label, on its line or the next (a footer column's heading). */
function detectPublishingCompany(index: PageIndex, found: Found): void {
  const lines = index.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 200) continue;
    const label = publisherOf.find(line);
    if (label === null) continue;
    const rest = line.slice(line.toLowerCase().indexOf(label.toLowerCase()) + label.length);
    const next = /^[\s:›»>|–-]*$/.test(rest) ? (lines[i + 1] ?? '').slice(0, 120) : null;
    if (LEGAL_NAME_AFTER_LABEL.test(rest) || (next !== null && LEGAL_NAME_AFTER_LABEL.test(next))) {
      found.add('content', { text: next ? `${line} ${next}` : line });
      return;
    }
  }
}

function detectPublisher(index: PageIndex, found: Found): void {
  const lines = index.lines;
  for (let i = 0; i < lines.length; i++) {
    // "Ansv. Chefredaktør<strong>Bo Lidegaard</strong>" reads glued without the site's styles: part it at the case change.
    const line = lines[i]!.length > 300 ? '' : lines[i]!.replace(GLUED_NAME, '$1 $2');
    if (line.length === 0) continue;
    const label = publisherLabel.find(line);
    if (label === null) continue;
    const at = line.toLowerCase().indexOf(label.toLowerCase());
    if (at < 0) continue;
    const rest = line.slice(at + label.length);
    // The name may stand in the next block when the label is a heading of its own ("<dt>Ansvarlig redaktør</dt><dd>…").
    const next = /^[\s:]*$/.test(rest) ? (lines[i + 1] ?? '').slice(0, 80) : null;
    if (NAME_AFTER_LABEL.test(rest) || (next !== null && NAME_AFTER_LABEL.test(next))) {
      found.add('content', { text: next ? `${line} ${next}` : line });
      return;
    }
  }
}

function detectLegalName(index: PageIndex, found: Found): void {
  const lines = index.lines;
  // A name stated alone (a copyright line, a line of its own) is the site's when an address stands in the same block
  // (a footer's columns may hold a screenful of links between them); a listing's address far up the page is a third party's.
  const addressNear = (at: number) => pageAddresses(index).some((a) => a.start - at < NEAR_CHARS && at - a.end < NEAR_CHARS);
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (line.length > 200) continue;
    const formFirst = NAME_AFTER_FORM.test(line);
    if (!formFirst && !LEGAL_NAME.test(line)) continue;
    const wholeLine = WHOLE_LINE_NAME.test(line.trim()) && !PLACE_AND_CODE.test(line.trim());
    const named = COPYRIGHT.test(line) || wholeLine || formFirst;
    if ((named && addressNear(offset)) || findAddresses(line, 1).length > 0) {
      found.add('content', { text: line });
      return;
    }
  }
}

// "Københavns Universitet, Nørregade 10", "Lunds kommun": a public body's name begins the line (capitalised words
// around its body word), matched with case so that "the university of life" in prose is no name.
const bodyWords = PUBLIC_BODY_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const PUBLIC_BODY = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:${bodyWords.join('|')})(?:\\s+(?:(?:of|the|de|di|der|des|du|van|för|für|i)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,2}(?![\\p{L}\\p{N}])`, 'u');

/** "Statens vegvesen", "Valtion taideneuvosto": the state's agencies, named in the genitive before a common noun. */
const STATE_AGENCY = /^(?:Statens|Valtion)\s\p{L}[\p{L}'’-]{3,}/u;

/** A public body (a town, a university, an agency) named with its address: its legal name carries no company form. */
function detectPublicBody(index: PageIndex, found: Found): void {
  const lines = index.lines;
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!.trim();
    if (line.length > 120 || !/^\p{Lu}/u.test(line)) continue;
    const name = PUBLIC_BODY.exec(line) ?? STATE_AGENCY.exec(line);
    // A name of its own: at least two words ("Stadt Aalen"), or the body word capitalised as a name ("Skatteverket" is not listed).
    if (!name || !/\s/.test(name[0])) continue;
    const nearAddress = pageAddresses(index).some((a) => a.start - offset < NEAR_CHARS && offset - a.end < NEAR_CHARS);
    if (nearAddress || findAddresses(line, 1).length > 0) {
      found.add('content', { text: line });
      return;
    }
  }
}

/** A regulated firm's disclosure names it with its regulators, often in a long paragraph of fine print. */
function detectRegulatedFirm(index: PageIndex, found: Found): void {
  const line = index.lines.find((l) => l.length <= 3000 && /[Mm]ember/.test(l) && REGULATED.test(l));
  if (line) found.add('content', { text: REGULATED.exec(line)![0] });
}

/** "… Sp. z o.o. z siedzibą w Warszawie", "… S.r.l. con sede in …": a legal name with its registered seat, in any line
 *  (consent and privacy texts are long). Only the stretch right before each seat phrase is read. */
function detectSeatStatement(index: PageIndex, found: Found): void {
  for (const line of index.lines) {
    if (line.length > 5000) continue;
    SEAT.lastIndex = 0;
    for (const match of line.matchAll(SEAT)) {
      const before = line.slice(Math.max(0, match.index - 120), match.index);
      if (NAME_BEFORE_SEAT.test(before)) {
        found.add('content', { text: `${before.slice(-80)}${match[0]}` });
        return;
      }
    }
  }
}

/** "© 2019 Almedina" and an address headed by the same name ("Sede Almedina, Rua …"): the holder's name with its address. */
function detectHolderAddress(index: PageIndex, found: Found): void {
  const line = index.lines.find((l) => l.length <= 120 && COPYRIGHT_HOLDER.test(l));
  const holder = line ? COPYRIGHT_HOLDER.exec(line)?.[1]?.trim() : undefined;
  if (!line || !holder || holder.length < 4) return;
  const text = index.text;
  for (const address of pageAddresses(index)) {
    if (text.slice(Math.max(0, address.start - 60), address.end).includes(holder)) {
      found.add('content', { text: `${line} · ${address.text}` });
      return;
    }
  }
}

function detect(index: PageIndex): Found {
  const found = new Found();
  detectIds(index, found);
  for (const heading of index.headings) {
    const text = heading.textContent ?? '';
    if (text.length < 60 && impressumHeading.test(text)) found.add('content', { text, el: heading });
  }
  detectLegalName(index, found);
  if (!found.found) detectSeatStatement(index, found);
  if (!found.found) detectHolderAddress(index, found);
  if (!found.found) detectRegulatedFirm(index, found);
  if (!found.found) detectPublicBody(index, found);
  if (!found.found) detectMarkedUpOrganization(index, found);
  if (!found.found) detectGroupAddressLine(index, found);
  if (!found.found) detectPublishingCompany(index, found);
  detectPublisher(index, found);
  scanCompanyLinks(index, found);
  return found;
}

export const companyCollector: AssetCollector = {
  id: 'company',
  assets: ['trust.company'],
  collect: (index) => ({ 'trust.company': detect(index).result() }),
};
