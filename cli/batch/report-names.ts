// One report file name per site inside the --out folder: "01-example-fi.html", "02-example-fi-hinnat.html".
// Names are built from lower-case letters, digits and hyphens only, so no URL can reach outside the folder
// or make two names differ only in case; the leading number keeps them unique, sorted in list order and
// clear of the device names Windows reserves (CON, NUL, …).
import { domainToUnicode } from 'node:url';

/** A slug longer than this is cut (file systems allow 255 bytes; a folder listing wants far less). */
export const MAX_SLUG_CHARS = 60;
/** What the batch writes beside the reports; no report may take its name. */
export const SUMMARY_BASENAME = 'summary';

/** "Hinnasto & Ehdot" → "hinnasto-ehdot": lower-case ASCII letters, digits and single hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A readable slug of an address: the host without "www." and the path, or a local file's name. */
export function urlSlug(url: URL): string {
  const words = url.protocol === 'file:' ? (url.pathname.split('/').pop() ?? '').replace(/\.x?html?$/i, '') : `${(domainToUnicode(url.hostname) || url.hostname).replace(/^www\./, '')} ${url.pathname}`;
  // Cut before slugging as well, so a huge path costs no more than a short one.
  const text = slug(decoded(words.slice(0, MAX_SLUG_CHARS * 8))).slice(0, MAX_SLUG_CHARS).replace(/-+$/, '');
  return text === '' ? 'site' : text;
}

export interface NamedEntry {
  url: URL;
  /** 0-based position in the whole list (with --shard, in the list every machine reads). */
  position: number;
}

/**
 * File names for the reports, in the order given. `total` is the whole list's length: it sets the
 * width of the number, so that names sort in list order and machines of one sharded batch never collide.
 */
export function reportFileNames(entries: readonly NamedEntry[], extension: string, total = entries.length): string[] {
  if (!/^[a-z0-9]{1,8}$/.test(extension)) throw new RangeError(`not a file extension: ${extension.slice(0, 20)}`);
  const width = Math.max(2, String(total).length);
  const used = new Set([`${SUMMARY_BASENAME}.${extension}`]);
  return entries.map(({ url, position }) => {
    const base = `${String(position + 1).padStart(width, '0')}-${urlSlug(url)}`;
    let name = `${base}.${extension}`;
    // Positions are unique in one list; a caller that repeats one still gets distinct names.
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${extension}`;
    used.add(name);
    return name;
  });
}
