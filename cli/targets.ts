// Turns what the user typed into a URL to audit, or says clearly why it cannot.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './cli-error';

export function resolveTarget(input: string, cwd = process.cwd()): URL {
  const text = input.trim();
  if (text === '') throw new UsageError('noTarget');
  if (/^https?:\/\//i.test(text)) {
    try {
      return new URL(text);
    } catch {
      throw new UsageError('badUrl', { text: text.slice(0, 200) });
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^file:/i.test(text)) throw new UsageError('badScheme', { scheme: text.split(':')[0]!.slice(0, 40) });
  const file = path.resolve(cwd, text.replace(/^file:\/\//i, ''));
  if (existsSync(file)) {
    if (!statSync(file).isFile()) throw new UsageError('notAFile', { file });
    return pathToFileURL(file);
  }
  // "example.fi" or "example.fi/hinnat": a host name, not a missing file.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/.*)?$/i.test(text) && !/\.x?html?$/i.test(text)) return new URL(`https://${text}`);
  throw new UsageError('noSuchFile', { file });
}
