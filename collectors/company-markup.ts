// Company identity the page states in its frame without a legal form in the text a reader scans: an organisation
// marked up with schema.org microdata or RDFa (its name and postal address), and a group's name joined to its street
// address on one footer line ("Beispiel Group - Hafenweg 1 - Musterby - DK 3050 - Denmark").
import { COMPANY_GROUP_WORDS } from '../cues/trust';
import { FOOTER, linkPlace } from './link-place';
import { visibleText, type PageIndex } from './page-index';
import type { Found } from './found';

/** Organisation types of schema.org: the organisation itself and the kinds of local business most sites use. */
const ORGANIZATION_TYPE =
  /^(?:Organization|Corporation|LocalBusiness|OnlineBusiness|OnlineStore|NGO|NewsMediaOrganization|EducationalOrganization|MedicalOrganization|GovernmentOrganization|Store|Restaurant|FoodEstablishment|ProfessionalService|LegalService|FinancialService|HomeAndConstructionBusiness|AutomotiveBusiness|HealthAndBeautyBusiness|LodgingBusiness|Hotel|TravelAgency|RealEstateAgent|Dentist|Physician|MedicalClinic|Pharmacy|SportsActivityLocation|EntertainmentBusiness)$/;
const CANDIDATES = '[itemscope][itemtype], [typeof]';
const MAX_CANDIDATES = 200;

/** The schema.org types an element declares, by microdata ("https://schema.org/Organization") or RDFa ("schema:Organization"). */
function schemaTypes(el: Element): string[] {
  const declared = `${el.getAttribute('itemtype') ?? ''} ${el.getAttribute('typeof') ?? ''}`;
  return declared
    .split(/\s+/)
    // A full address names its vocabulary: only schema.org's is read ("data-vocabulary.org/Organization" is another's).
    .filter((t) => t !== '' && (!t.includes('://') || /schema\.org\//i.test(t)))
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/** The first element below `root` holding the property (microdata itemprop or RDFa property), as shown text: a <meta>
 *  or <link> carries its value out of sight. */
function shownProperty(root: Element, name: string): string {
  for (const el of root.querySelectorAll(`[itemprop~="${name}"], [property~="${name}"], [property~="schema:${name}"]`)) {
    if (/^(?:META|LINK)$/i.test(el.tagName) || el.closest('[hidden]')) continue;
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return '';
}

export function detectMarkedUpOrganization(index: PageIndex, found: Found): void {
  for (const el of index.query(CANDIDATES, MAX_CANDIDATES)) {
    if (!schemaTypes(el).some((t) => ORGANIZATION_TYPE.test(t)) || linkPlace(el) !== 'footer') continue;
    const name = shownProperty(el, 'name');
    const address = shownProperty(el, 'address') || shownProperty(el, 'streetAddress');
    // A postal address: words and a house number or postcode, not a bare town.
    if (name.length < 2 || name.length > 80 || address.length < 8 || address.length > 200 || !/\d/.test(address) || !/\p{L}{3}/u.test(address)) continue;
    found.add('content', { text: `${name} · ${address}`, el });
    return;
  }
}

const GROUP_WORD = new RegExp(`(?<![\\p{L}])(?:${COMPANY_GROUP_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/** Parts of a footer line: " - ", " | ", " · ", ", " between them. */
const PART_SEPARATOR = /\s[-–|·•]\s|,\s|\s{2,}/;
const NAME_PART = /^\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}$/u;
/** "Holtedam 1", "Am Hafen 12a", "1 Harbour Street". */
const STREET_PART = /^(?:\p{Lu}[\p{L}.'’ -]{2,40} \d{1,4}\s?[a-zA-Z]?(?:\s?[-–]\s?\d{1,4})?|\d{1,4}[a-zA-Z]? \p{Lu}[\p{L}.'’ -]{2,40})$/u;
/** "DK 3050", "DK-3050 Humlebæk", "211 17 Malmö", "3050". */
const POSTCODE_PART = /^(?:[A-Z]{1,3}[\s-]?)?(?:\d{4,5}|\d{3} \d{2})(?:\s\p{Lu}[\p{L}' -]{1,30})?$/u;
const MAX_FOOTER_TEXT = 20_000;

/** The outermost footers of the page (a footer's inner columns also match the selector). */
function footers(index: PageIndex): Element[] {
  const all = index.query(FOOTER, 50);
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el))).slice(0, 3);
}

export function detectGroupAddressLine(index: PageIndex, found: Found): void {
  let read = 0;
  for (const footer of footers(index)) {
    const text = visibleText(footer).slice(0, MAX_FOOTER_TEXT - read);
    read += text.length;
    for (const line of text.split('\n')) {
      if (line.length > 160 || !GROUP_WORD.test(line)) continue;
      const parts = line.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
      if (parts.length < 3 || parts.length > 7 || !NAME_PART.test(parts[0]!) || !GROUP_WORD.test(parts[0]!)) continue;
      const rest = parts.slice(1);
      if (rest.some((p) => STREET_PART.test(p)) && rest.some((p) => POSTCODE_PART.test(p))) {
        found.add('content', { text: line });
        return;
      }
    }
    if (read >= MAX_FOOTER_TEXT) return;
  }
}
