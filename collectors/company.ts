// Company identity: a business or registration number, an Impressum, or the legal name of the
// company shown together with a postal address; otherwise a link to the Impressum / legal notice.
import { cueMatcher } from '../cues/match';
import { COMPANY_ID_LABEL, COMPANY_LINK, COMPANY_PATH_TOKENS, LEGAL_FORMS, LEGAL_FORMS_BEFORE, RESPONSIBLE_PUBLISHER } from '../cues/trust';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { scanLabelLinks, type LabelCues } from './label-scan';
import type { PageIndex } from './page-index';
import { findAddresses, pageAddresses } from './address';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

// Label, an optional "no." and the number: "Y-tunnus: 1234567-8", "USt-IdNr. DE 123 456 789", "Charity ID: 12-3456789".
const ID = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternatives(COMPANY_ID_LABEL).replace(/ /g, '[\\s\\u00a0]*')})(?![\\p{L}])[^\\p{L}\\p{N}\\n]{0,6}(?:(?:no|nr|nro|number|nummer|numero|n°)\\.?[^\\p{L}\\p{N}\\n]{0,4})?([A-Z]{1,3}[\\s-]?)?(\\d[\\d\\s.\\-/]{2,18}\\d)`,
  'giu',
);
/** Register numbers are short ("HRB 1234"); tax and business ids are long, and a VAT rate or a year is not an id. */
const SHORT_ID_LABELS = /^(?:hrb|hra|handelsregister|registergericht|firmenbuch|rcs|kvk)/i;

const FORM = `(?:${alternatives(LEGAL_FORMS)})`;
// A legal name: words ending in a legal form ("Bergsport Muster AG", "Weinhandel Beispiel GmbH + Co. KG").
const LEGAL_NAME = new RegExp(`(?:^|[\\s|©(])(?:[\\p{L}\\p{N}][\\p{L}\\p{N}&.,'’+-]*\\s+){1,6}${FORM}(?![\\p{L}\\p{N}])`, 'u');
// A legal form before a quoted or capitalised name (Baltic usage): 'SIA "Näide Baltic"', 'UAB „Pavyzdys“'.
const NAME_AFTER_FORM = new RegExp(`(?:^|[\\s|©(])(?:${alternatives(LEGAL_FORMS_BEFORE)})\\s+["„“”']\\p{Lu}`, 'u');
const WHOLE_LINE_NAME = new RegExp(`^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}&.,'’+-]*\\s+){1,6}${FORM}[\\s.®™]*$`, 'u');
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved|alle rechte|kaikki oikeudet|alla rättigheter|tous droits/i;

const companyLink: LabelCues = {
  phrases: cueMatcher(COMPANY_LINK.filter((w) => w !== 'legal')),
  labels: cueMatcher(['legal']),
  pathTokens: new Set(COMPANY_PATH_TOKENS),
};
const impressumHeading = cueMatcher(['impressum', 'imprint', 'legal notice', 'mentions légales', 'yritystiedot', 'anbieterkennzeichnung']);

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

function detectPublisher(index: PageIndex, found: Found): void {
  for (const line of index.lines) {
    if (line.length > 300) continue;
    const label = publisherLabel.find(line);
    if (label === null) continue;
    const at = line.toLowerCase().indexOf(label.toLowerCase());
    if (at >= 0 && NAME_AFTER_LABEL.test(line.slice(at + label.length))) {
      found.add('content', { text: line });
      return;
    }
  }
}

function detectLegalName(index: PageIndex, found: Found): void {
  const lines = index.lines;
  const addressOnPage = pageAddresses(index).length > 0;
  for (const line of lines) {
    if (line.length > 200) continue;
    const formFirst = NAME_AFTER_FORM.test(line);
    if (!formFirst && !LEGAL_NAME.test(line)) continue;
    const named = COPYRIGHT.test(line) || WHOLE_LINE_NAME.test(line.trim()) || formFirst;
    if ((named && addressOnPage) || findAddresses(line, 1).length > 0) {
      found.add('content', { text: line });
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
  detectPublisher(index, found);
  scanLabelLinks(index, companyLink, found);
  return found;
}

export const companyCollector: AssetCollector = {
  id: 'company',
  assets: ['trust.company'],
  collect: (index) => ({ 'trust.company': detect(index).result() }),
};
