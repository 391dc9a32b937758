// Cue phrases are data; this turns a list into one matcher. A phrase ending in `*` matches
// as a word prefix (Finnish and German inflect and compound: "yhteystietomme", "Kontaktformular").

export type CueList = readonly string[];

export interface CueMatcher {
  test(text: string): boolean;
  /** The first phrase found, for evidence. */
  find(text: string): string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function cueMatcher(...lists: CueList[]): CueMatcher {
  const phrases = lists.flat().filter((p) => p.length > 0);
  if (phrases.length === 0) return { test: () => false, find: () => null };
  const alternatives = phrases
    .sort((a, b) => b.length - a.length)
    .map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(p)).replace(/ /g, '[\\s\\u00a0-]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    test: (text) => re.test(text),
    find: (text) => re.exec(text)?.[0] ?? null,
  };
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The same phrases as `cueMatcher`, as a global regex: for asking where each phrase occurs
 * (e.g. which label sits nearest a number). */
export function cueRegExp(...lists: CueList[]): RegExp {
  const phrases = lists.flat().filter((p) => p.length > 0);
  if (phrases.length === 0) return /(?!)/g;
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(p)).replace(/ /g, '[\\s\\u00a0-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
