// Cue phrases are data; this turns a list into one matcher. A phrase ending in `*` matches
// as a word prefix, one starting with `*` as a word ending, `*word*` inside a compound (Finnish,
// Swedish, Estonian and German inflect and compound: "yhteystietomme", "Kontaktformular",
// "toimitusehdot", "bokningsvillkor", "müügitingimused"). A marked letter also matches its bare
// letter: "Evasteet" is "Evästeet" typed without the dots.

export type CueList = readonly string[];

export interface CueMatcher {
  test(text: string): boolean;
  /** The first phrase found, for evidence. */
  find(text: string): string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters some sites write without their mark ("Evasteet", "Usein kysytyt kysymykset", "sporsmal"):
 *  what NFD leaves as a base letter, and the few letters that do not decompose. */
const BARE_LETTER: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd' };

function bareLetter(ch: string): string | null {
  const base = BARE_LETTER[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base !== ch && base.length === 1 ? base : null;
}

/** Letters written two ways for one sound: Romanian "ș ț" with a comma below or, from older keyboards and
 *  fonts, a cedilla ("Termeni şi condiţii"); Hungarian "ő ű" as the Latin-1 stand-ins "õ û". */
const TWIN_LETTER: Record<string, string> = { ș: 'ş', ş: 'ș', ț: 'ţ', ţ: 'ț', ő: 'õ', õ: 'ő', ű: 'û', û: 'ű' };

/** A phrase's letters, each marked letter also matching its bare form and its twin: "evästeet" → "ev[äa]steet". */
function phrasePattern(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    const lower = ch.toLowerCase();
    const base = bareLetter(lower);
    out += base ? `[${ch}${TWIN_LETTER[lower] ?? ''}${base}]` : escape(ch);
  }
  return out;
}

/**
 * A letter or digit of the scripts the cues are written in (Latin with its extensions, Greek, Cyrillic).
 * `\p{L}` would say the same for every script, but each copy of it costs V8 a fraction of a millisecond
 * to compile and again to tier up; a collector with a hundred cue matchers then held the page for 90 ms on
 * its first run. Beside another script's letter a cue still needs its own letters to match.
 */
const LETTER = '[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff]';
const WORD_PART = `${LETTER}*`;
/** The start of a compound before a word-ending cue, bounded: unbounded, every such cue would rescan a long
 *  run of letters from its start (a page of one 1 MB "word" costs cues × length). Real compounds are shorter. */
const WORD_HEAD = `${LETTER}{0,40}`;

function cueSource(lists: CueList[]): string | null {
  const phrases = lists.flat().filter((p) => p.replace(/\*/g, '').length > 0);
  if (phrases.length === 0) return null;
  // Four groups by shape (word ending or not, prefix or not), each letter class written once per group:
  // a Unicode letter class is costly to compile, and a list of many word cues would repeat it per phrase.
  const groups = { plain: [] as string[], prefix: [] as string[], ending: [] as string[], inner: [] as string[] };
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const body = phrasePattern(p.replace(/^\*|\*$/g, '')).replace(/ /g, '[\\s\\u00a0-]+');
    const head = p.startsWith('*');
    const tail = p.endsWith('*');
    groups[head ? (tail ? 'inner' : 'ending') : tail ? 'prefix' : 'plain'].push(body);
  }
  const any = (list: string[]) => `(?:${list.join('|')})`;
  const parts = [
    ...(groups.plain.length ? [groups.plain.join('|')] : []),
    ...(groups.prefix.length ? [any(groups.prefix) + WORD_PART] : []),
    // Word-ending cues can match from any position their head may start at; behind one look at the next
    // character, a run of spaces or punctuation costs one test a position instead of one per such cue.
    ...(groups.ending.length ? [`(?=${LETTER})${WORD_HEAD}${any(groups.ending)}`] : []),
    ...(groups.inner.length ? [`(?=${LETTER})${WORD_HEAD}${any(groups.inner)}${WORD_PART}`] : []),
  ];
  return `(?<!${LETTER})(?:${parts.join('|')})(?!${LETTER})`;
}

/** Case-insensitive without the `u` flag: the cues need neither \p{…} nor astral letters, and under `u` every marked
 *  letter's class ("[čc]") is case-folded by Unicode rules when compiled, a cost that grows with each language's
 *  marks; without it, letters still fold by their upper case ("Č" is "č"). */
const CUE_FLAGS = 'i';

export function cueMatcher(...lists: CueList[]): CueMatcher {
  const source = cueSource(lists);
  if (source === null) return { test: () => false, find: () => null };
  const re = new RegExp(source, CUE_FLAGS);
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
  return source === null ? /(?!)/g : new RegExp(source, `g${CUE_FLAGS}`);
}

/**
 * The entries of `list` that name `host` or one of its parent domains (as `hostIs` decides), in list
 * order. Every link of a page asks the vendor lists about its host, and most links share a few
 * hosts: answers are looked up by domain and kept per host, instead of testing every vendor's every
 * host for every link.
 */
export function hostLookup<T>(list: readonly T[], hostsOf: (entry: T) => readonly string[]): (host: string) => readonly T[] {
  const byDomain = new Map<string, number[]>();
  list.forEach((entry, i) => {
    for (const domain of hostsOf(entry)) {
      const at = byDomain.get(domain);
      if (at) at.push(i);
      else byDomain.set(domain, [i]);
    }
  });
  const answers = new Map<string, readonly T[]>();
  return (host) => {
    let answer = answers.get(host);
    if (answer === undefined) {
      const hits = new Set<number>();
      // The host itself, then each parent at a label boundary: a.b.example.com, b.example.com, example.com, com.
      for (let suffix = host; ; ) {
        for (const i of byDomain.get(suffix) ?? []) hits.add(i);
        const dot = suffix.indexOf('.');
        if (dot < 0) break;
        suffix = suffix.slice(dot + 1);
      }
      answer = [...hits].sort((a, b) => a - b).map((i) => list[i]!);
      if (answers.size >= 5000) answers.clear();
      answers.set(host, answer);
    }
    return answer;
  };
}

/** Whether `host` is one of `domains` or under one of them; see hostLookup. */
export function hostSet(domains: readonly string[]): (host: string) => boolean {
  const lookup = hostLookup(domains, (d) => [d]);
  return (host) => lookup(host).length > 0;
}

const byHosts = new WeakMap<readonly { hosts: readonly string[] }[], (host: string) => readonly { hosts: readonly string[] }[]>();

/** hostLookup over entries with a `hosts` list, made once per list. */
export function entriesByHost<T extends { hosts: readonly string[] }>(list: readonly T[]): (host: string) => readonly T[] {
  let lookup = byHosts.get(list);
  if (!lookup) byHosts.set(list, (lookup = hostLookup(list, (entry) => entry.hosts)));
  return lookup as (host: string) => readonly T[];
}
