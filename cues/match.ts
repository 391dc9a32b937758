// Cue phrases are data; this turns a list into one matcher. A phrase ending in `*` matches
// as a word prefix, one starting with `*` as a word ending (Finnish, Swedish and German inflect
// and compound: "yhteystietomme", "Kontaktformular", "toimitusehdot", "bokningsvillkor").

export type CueList = readonly string[];

export interface CueMatcher {
  test(text: string): boolean;
  /** The first phrase found, for evidence. */
  find(text: string): string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD_PART = '[\\p{L}\\p{N}]*';

function cueSource(lists: CueList[]): string | null {
  const phrases = lists.flat().filter((p) => p.replace(/\*/g, '').length > 0);
  if (phrases.length === 0) return null;
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const head = p.startsWith('*') ? WORD_PART : '';
      const tail = p.endsWith('*') ? WORD_PART : '';
      return head + escape(p.replace(/^\*|\*$/g, '')).replace(/ /g, '[\\s\\u00a0-]+') + tail;
    });
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

export function cueMatcher(...lists: CueList[]): CueMatcher {
  const source = cueSource(lists);
  if (source === null) return { test: () => false, find: () => null };
  const re = new RegExp(source, 'iu');
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
  const source = cueSource(lists);
  return source === null ? /(?!)/g : new RegExp(source, 'giu');
}
