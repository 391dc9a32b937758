// Loyalty programmes called by a name rather than the word "loyalty": the site's brand beside a card,
// club, bonus or points word ("JUMBO Card", "Cartão Almedina", "Pinchos-bonus"), or in a shop a card or
// points word beside a proper name ("Puntos Cencosud", "Carta Più").
import { NOT_PROGRAMME, PROGRAMME_CARDS, PROGRAMME_WORDS } from '../cues/retention';
import { siteOf } from './page-index';

const programmeWords = new Set<string>([...PROGRAMME_WORDS, ...PROGRAMME_CARDS]);
const cardWords = new Set<string>(PROGRAMME_CARDS);
const notProgramme = new Set<string>(NOT_PROGRAMME);
// Words around a brand that are not the brand ("My John Lewis rewards", "JUMBO BONUS App").
const FILLER = new Set(['my', 'mein', 'meine', 'mon', 'ma', 'mi', 'mijn', 'min', 'mitt', 'oma', 'die', 'der', 'das', 'the', 'le', 'la', 'il', 'o', 'a', 'app']);

/** "www.k-rauta.ee" → "krauta": the name a brand is written with, without its punctuation. */
export function brandKey(host: string): string {
  return (siteOf(host).split('.')[0] ?? '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The site's brand names: its host's, and the og:site_name's ("Folha de S.Paulo" on uol.com.br → "folha"). */
export function brandKeys(host: string, siteName: string): string[] {
  const words = siteName.toLowerCase().split(/[\s|·–-]+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  return [brandKey(host), ...(words[0] && words[0].length >= 4 ? [words[0]] : [])].filter((b) => b.length >= 3);
}

function tokensOf(label: string): string[] {
  return label.split(/[\s\-–/]+/u).filter((t) => t.length > 0);
}

/**
 * A short label that names a programme: a programme word first or last, the rest the site's brand
 * (`brands`, from its host and site name). With `shop` set, a card or points word beside one capitalised name also
 * counts (`raw` keeps the case). Gift and credit cards, pickup points and sports clubs never do.
 */
export function namesProgramme(label: string, raw: string, brands: readonly string[], shop: boolean): boolean {
  if (label.length === 0 || label.length > 40) return false;
  const tokens = tokensOf(label);
  if (tokens.length === 1) return brands.some((brand) => isBrandCompound(tokens[0]!, brand));
  if (tokens.length > 5 || tokens.some((t) => notProgramme.has(t))) return false;
  const first = tokens[0]!;
  const lastAt = tokens.at(-1) === 'app' && tokens.length > 2 ? tokens.length - 2 : tokens.length - 1;
  const last = tokens[lastAt]!;
  const wordAt = programmeWords.has(last) ? lastAt : programmeWords.has(first) ? 0 : -1;
  if (wordAt < 0) return false;
  const rest = tokens.filter((t, i) => i !== wordAt && !FILLER.has(t));
  if (rest.length === 0 || rest.length > 3) return false;
  // Letters compared without their marks: "Klubb Hjärtat" on apotekhjartat.se.
  const name = plain(rest.join('').replace(/[^\p{L}\p{N}]/gu, ''));
  if (name.length >= 3 && brands.map(plain).some((brand) => brand.includes(name) || name.includes(brand))) return true;
  // Not the brand: in a shop, one capitalised name beside a card or points word.
  if (!shop || rest.length !== 1 || !cardWords.has(tokens[wordAt]!)) return false;
  const rawName = tokensOf(raw.trim()).find((t) => t.toLowerCase() === rest[0]);
  return rawName !== undefined && rawName.length >= 3 && /^\p{Lu}/u.test(rawName);
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** One word of a programme word and the brand ("ClubeFolha" on folha.com.br, "JumboCard" on jumbo.ch). */
function isBrandCompound(word: string, brand: string): boolean {
  if (brand.length < 4 || word.length <= brand.length) return false;
  const rest = word.startsWith(brand) ? word.slice(brand.length) : word.endsWith(brand) ? word.slice(0, -brand.length) : null;
  return rest !== null && programmeWords.has(rest);
}
