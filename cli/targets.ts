// Turns what the user typed into a URL to audit, or says clearly why it cannot.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './chromium';

export function resolveTarget(input: string, cwd = process.cwd()): URL {
  const text = input.trim();
  if (text === '') throw new UsageError('Give a URL or an HTML file to audit.');
  if (/^https?:\/\//i.test(text)) {
    try {
      return new URL(text);
    } catch {
      throw new UsageError(`Not a valid URL: ${text}`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^file:/i.test(text)) throw new UsageError(`Only http(s) URLs and local files can be audited, not ${text.split(':')[0]}:`);
  const file = path.resolve(cwd, text.replace(/^file:\/\//i, ''));
  if (existsSync(file)) {
    if (!statSync(file).isFile()) throw new UsageError(`Not a file: ${file}`);
    return pathToFileURL(file);
  }
  // "example.fi" or "example.fi/hinnat": a host name, not a missing file.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/.*)?$/i.test(text) && !/\.x?html?$/i.test(text)) return new URL(`https://${text}`);
  throw new UsageError(`No such file: ${file}`);
}
