// The agency's brand for the command line: a JSON file
//   { "name": "…", "logo": "logo.png" or "data:image/png;base64,…", "accent": "#1d4ed8", "contact": "…", "intro": "…" }
// read with the same schema as the options page. A logo path is relative to the JSON file, and
// its type is judged by the file's first bytes, not its name. Every problem is a UsageError that
// says which file and field is wrong and why.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BRAND_FIELDS, checkBrand, type Brand, type BrandIssue } from '../brand/brand';
import { kilobytes, logoDataUrl, MAX_LOGO_BYTES, sniffImageType } from '../brand/logo';
import { cleanLine } from '../brand/plain-text';
import type { Locale } from '../engine/rule';
import { brandProblemText } from '../i18n/brand';
import { UsageError } from './cli-error';

/** Room for the largest logo as a data URL (base64 adds a third) and the texts. */
export const MAX_BRAND_FILE_BYTES = 512 * 1024;

/** Reads and checks the brand file; problems in its fields are told in `locale`. */
export function readBrandFile(file: string, locale: Locale): Brand {
  const shown = safe(file);
  const size = fileSize(file);
  if (size === null) throw new UsageError('brandMissing', { file: shown });
  if (size > MAX_BRAND_FILE_BYTES) throw new UsageError('brandTooBig', { file: shown, size: kilobytes(size), max: kilobytes(MAX_BRAND_FILE_BYTES) });
  const json = parseJson(readFileSync(file, 'utf8'), shown);
  const checked = checkBrand(withLogoRead(json, file));
  if (checked.ok) return checked.brand;
  throw new UsageError('brandInvalid', { file: shown, problems: checked.issues.map((issue) => describe(issue, locale)).join(' ') });
}

function parseJson(text: string, shown: string): unknown {
  try {
    // Windows editors may start the file with a byte-order mark.
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const detail = safe(error instanceof Error ? error.message : String(error));
    const at = /at position (\d+)/.exec(detail);
    if (!at) throw new UsageError('brandNotJson', { file: shown, detail });
    const before = text.replace(/^\ufeff/, '').slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new UsageError('brandNotJsonAt', { file: shown, line, column, detail: detail.replace(/ *in JSON at position \d+.*$/, '') });
  }
}

/** The file's fields with a logo path replaced by the image as a data URL. */
function withLogoRead(json: unknown, file: string): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const unknown = Object.keys(json).find((key) => !(BRAND_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new UsageError('brandUnknownField', { file: safe(file), field: safe(unknown), fields: BRAND_FIELDS.join(', ') });
  const logo = (json as Record<string, unknown>).logo;
  if (typeof logo !== 'string' || logo.trim() === '' || logo.trim().startsWith('data:')) return json;
  return { ...json, logo: readLogo(logo.trim(), file) };
}

function readLogo(logo: string, file: string): string {
  const data = { file: safe(file), logo: safe(logo) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(logo)) throw new UsageError('brandLogoRemote', data);
  const logoPath = path.resolve(path.dirname(file), logo);
  const size = fileSize(logoPath);
  if (size === null) throw new UsageError('brandLogoMissing', data);
  if (size > MAX_LOGO_BYTES) throw new UsageError('brandLogoTooBig', { ...data, size: kilobytes(size), max: kilobytes(MAX_LOGO_BYTES) });
  const bytes = readFileSync(logoPath);
  const type = sniffImageType(bytes);
  if (!type) throw new UsageError('brandLogoType', data);
  return logoDataUrl(type, bytes.toString('base64'));
}

/** Size of a regular file, or null when there is none (missing, a folder, unreadable). */
function fileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function describe(issue: BrandIssue, locale: Locale): string {
  const text = brandProblemText(locale, issue.id, issue.data);
  return issue.field ? `"${issue.field}": ${text}` : text;
}

/** Names and parser messages echo the file: no control characters (a terminal escape) reach the screen. */
function safe(text: string): string {
  return cleanLine(text).slice(0, 200);
}
