// Progress of the key pages on stderr: one line rewritten in place on a terminal, plain lines
// otherwise (a log file or CI gets each step once).
import type { Locale } from '../engine/rule';
import { cliText } from '../i18n/cli';
import { ROLE_NAMES } from '../i18n/site';
import { ui } from '../i18n/translate';
import type { SiteProgress } from '../site/read-site';

export function progressPrinter(locale: Locale, stream: NodeJS.WriteStream = process.stderr): (progress: SiteProgress) => void {
  let last = '';
  return (progress) => {
    if (!progress.current || progress.total === 0) return;
    const finished = progress.done === progress.total;
    const line = finished
      ? `${ui(locale, 'pagesRead')}: ${progress.total}`
      : ui(locale, 'readingPage', { done: Math.min(progress.done + 1, progress.total), total: progress.total, role: ROLE_NAMES[progress.current.role][locale] });
    if (line === last) return;
    last = line;
    if (stream.isTTY) stream.write(`\r\x1b[2K${line}${finished ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}

/** The first line on stderr, before anything is loaded. */
export function auditingLine(locale: Locale, target: URL): string {
  return cliText(locale, 'auditing', { url: target.href });
}
