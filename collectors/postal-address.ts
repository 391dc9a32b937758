// A postal address in visible text, for "legal name with address": a street with a house number,
// a US city-state-ZIP, a postcode and city after a separator, or a UK postcode. Matched line by line
// and with the case of an address, so that "Spring 2024" or "bake during 25 minutes" is no street.
import { STREET_PREFIXES, STREET_SUFFIXES, STREET_TYPES, STREET_WORDS } from '../cues/trust';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const SP = '[ \\t\\u00a0]';
const HOUSE = `${SP}+\\d{1,4}[a-z]?(?![\\p{N}])`;

const ADDRESS: readonly RegExp[] = [
  // "Hauptstraße 12", "Mannerheimintie 12", "Bahnhof-Str. 3"
  new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}.-]*(?:${alternatives(STREET_SUFFIXES)})${HOUSE}`, 'u'),
  // "Musterstraße 15", "Karl Johans gate 1"
  new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}'’.-]*${SP}+(?:${alternatives(STREET_WORDS)})${HOUSE}`, 'u'),
  // "Via Roma 12"
  new RegExp(`(?<![\\p{L}])(?:${alternatives(STREET_PREFIXES)})${SP}+(?:[\\p{L}'’]+${SP}+){0,3}\\p{Lu}[\\p{L}'’]*${HOUSE}`, 'u'),
  // "12 Harbour St.", "400 Maple Grove Lane"
  new RegExp(`(?<![\\p{N}])\\d{1,5}${SP}+(?:\\p{Lu}[\\p{L}'’.]*${SP}+){1,4}(?:${alternatives(STREET_TYPES)})(?![\\p{L}])`, 'u'),
  // "Springfield, IL 62701"
  new RegExp(`\\p{Lu}[\\p{L}.]+(?:${SP}[\\p{L}.]+)?,${SP}*[A-Z]{2}${SP}+\\d{5}(?:-\\d{4})?(?![\\p{N}])`, 'u'),
  // "…, 00100 Helsinki", "| D - 10115 Berlin", ", 0150 Oslo", "80100 - Napoli" after a separator
  new RegExp(`[,|]${SP}*(?:[A-Z]{1,2}${SP}?-${SP}?)?\\d{4,5}${SP}?(?:-${SP})?\\p{Lu}[\\p{L}-]{2,}`, 'u'),
  // UK "SW1A 1AA"
  /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![\p{L}\p{N}])/u,
];

export function hasPostalAddress(text: string): boolean {
  return text.split('\n').some((line) => line.length <= 300 && ADDRESS.some((re) => re.test(line)));
}
