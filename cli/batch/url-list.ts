// Reads a batch list (--batch FILE): one URL, host or local file per line, as polku takes them one at
// a time (cli/targets.ts). Every bad line is reported at once, with its number, so a list is fixed in
// one go; the same address twice is audited once.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../engine/rule';
import { CliError, cliErrorText, UsageError } from '../cli-error';
import { resolveTarget } from '../targets';

/** At most this many URLs in one list: beyond it, split the list or --shard it. */
export const MAX_BATCH_URLS = 10_000;
/** A list file larger than this is not read at all (10,000 long URLs fit well within it). */
export const MAX_LIST_BYTES = 8 * 1024 * 1024;
/** A longer line is no address anyone typed. */
export const MAX_LINE_CHARS = 2_000;
/** The bad lines named in the error; the rest are counted. */
const BAD_LINES_SHOWN = 20;

export interface BatchEntry {
  url: URL;
  /** 1-based line number in the list file. */
  line: number;
}

/** A line dropped because an earlier line names the same address. */
export interface DuplicateLine {
  line: number;
  firstLine: number;
  url: string;
}

export interface UrlList {
  entries: BatchEntry[];
  duplicates: DuplicateLine[];
}

interface BadLine {
  line: number;
  error: CliError;
}

/** The list's bad lines, each told in the user's language after the list's name. */
export class BatchListError extends UsageError {
  constructor(
    readonly file: string,
    readonly badLines: readonly BadLine[],
  ) {
    super('batchBadLines', { file });
    this.message = this.text('en');
  }

  override text(locale: Locale): string {
    const shown = this.badLines.slice(0, BAD_LINES_SHOWN).map((bad) => cliErrorText(locale, 'batchLine', { line: bad.line, detail: bad.error.text(locale) }));
    const hidden = this.badLines.length - shown.length;
    if (hidden > 0) shown.push(cliErrorText(locale, 'batchMoreLines', { count: hidden }));
    return [cliErrorText(locale, 'batchBadLines', { file: this.file }), ...shown.map((line) => `  ${line}`)].join('\n');
  }
}

/** Two lines name the same page when they differ only in case of the host, a default port or a #fragment. */
export function sameAddressKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/** What a line asks for: the text before a trailing " # comment", trimmed; '' for a blank or comment line. */
function lineTarget(line: string): string {
  const text = line.trim();
  if (text.startsWith('#')) return '';
  // A fragment never follows a space inside a URL, so " #" starts a comment.
  const comment = text.search(/\s#/);
  return comment < 0 ? text : text.slice(0, comment).trimEnd();
}

/** Parses a list's text; local files are found relative to `baseDir` (the list file's folder). */
export function parseUrlList(text: string, listFile: string, baseDir: string): UrlList {
  const entries: BatchEntry[] = [];
  const duplicates: DuplicateLine[] = [];
  const bad: BadLine[] = [];
  const firstLineOf = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;
    if (raw.length > MAX_LINE_CHARS) {
      bad.push({ line, error: new UsageError('batchLineTooLong', { max: MAX_LINE_CHARS }) });
      continue;
    }
    const target = lineTarget(raw);
    if (target === '') continue;
    if (/\s/.test(target)) {
      bad.push({ line, error: new UsageError('batchOnePerLine') });
      continue;
    }
    let url: URL;
    try {
      url = resolveTarget(target, baseDir);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      bad.push({ line, error });
      continue;
    }
    const key = sameAddressKey(url);
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) {
      duplicates.push({ line, firstLine, url: key });
      continue;
    }
    firstLineOf.set(key, line);
    // Counted before the whole list is checked: a runaway file stops here, not after resolving every line.
    if (entries.length === MAX_BATCH_URLS) throw new UsageError('batchTooMany', { file: listFile, max: MAX_BATCH_URLS });
    entries.push({ url, line });
  }
  if (bad.length > 0) throw new BatchListError(listFile, bad);
  if (entries.length === 0) throw new UsageError('batchEmpty', { file: listFile });
  return { entries, duplicates };
}

/** Reads and parses the list file named on the command line (relative to `cwd`). */
export function readUrlList(file: string, cwd = process.cwd()): UrlList {
  const absolute = path.resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) throw new UsageError('notAFile', { file: absolute });
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('noSuchFile', { file: absolute });
  }
  if (size > MAX_LIST_BYTES) throw new UsageError('batchTooLarge', { file, size: megabytes(size), max: megabytes(MAX_LIST_BYTES) });
  return parseUrlList(readFileSync(absolute, 'utf8'), file, path.dirname(absolute));
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
