// Every line the CLI prints about its progress and status follows --lang: run the very functions
// the CLI prints with, in Finnish, and look for the English words of the same texts.
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../cli/deadline';
import { auditingLine, progressPrinter } from '../../cli/progress';
import { PAGE_ROLES } from '../../engine/site';
import type { Locale } from '../../engine/rule';
import { CLI_TEXTS, cliText, type CliTextKey } from '../../i18n/cli';
import { CLI_ERROR_TEXTS, type CliErrorKey } from '../../i18n/cli-errors';
import { cliErrorText, errorText, ScanFailure, UsageError } from '../../cli/cli-error';
import { cliHelp } from '../../i18n/cli-help';
import { ROLE_NAMES } from '../../i18n/site';

const TARGET = new URL('http://127.0.0.1:8080/kauppa/');
const STATUS_KEYS = (Object.keys(CLI_TEXTS) as CliTextKey[]).filter((k) => /^(auditing|stage_|hint_|load_|net_)/.test(k));
const ERROR_KEYS = Object.keys(CLI_ERROR_TEXTS) as CliErrorKey[];
/** Names and options that read the same in both languages. */
const SHARED = new Set(['chromium', 'lighthouse', 'timeout', 'http', 'html', 'tls', 'kauppa', 'npm', 'run', 'build', 'debian', 'apt', 'get', 'install', 'polku', 'npx', 'serve', 'lang', 'kind', 'settle', 'pages', 'json', 'desktop', 'offline', 'help', 'version', 'url', 'file', 'seo', 'android', 'chrome', 'readme', 'report', 'the', 'ftp', 'b2b', 'saas', 'shop', 'service', 'publisher', 'nonprofit', 'https', 'shard', 'concurrency', 'fail', 'under', 'format', 'out', 'text', 'pdf', 'csv', 'markdown', 'batch', 'logo', 'png', 'jpeg', 'webp', 'data', 'txt', 'compare', 'brand', 'white', 'label', 'batches']);

/** What the CLI prints to stderr on an audit that reads key pages and then runs out of time. */
async function statusLines(locale: Locale): Promise<string[]> {
  let written = '';
  const stream = { isTTY: false, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
  const print = progressPrinter(locale, stream);
  const roles = PAGE_ROLES.filter((r) => r !== 'start');
  roles.forEach((role, i) => print({ done: i, total: roles.length, current: { url: `${TARGET.href}${role}`, role, label: role } }));
  print({ done: roles.length, total: roles.length, current: { url: TARGET.href, role: 'blog', label: '' } });

  const deadline = new Deadline(1, locale);
  deadline.enter(cliText(locale, 'stage_loading', { url: TARGET.href }), cliText(locale, 'hint_notLoaded'));
  const gaveUp = await deadline.expired.catch((error: unknown) => errorText(error, locale));
  deadline.dispose();

  const data = { url: TARGET.href, seconds: 5, status: 404, type: 'x/y', stage: 'x', timeout: 5, reason: 'x' };
  const errorData = { ...data, text: 'x', scheme: 'ftp', file: '/x', choices: 'en, fi', value: 'x', max: 20, detail: 'x', what: 'x', path: '/x', hint: '', left: 3, needed: 15, line: 3, count: 2, size: 9, column: 4, field: 'x', fields: 'x', problems: 'x', logo: '/x' };
  const thrown = [new UsageError('notBuilt', { what: { id: 'what_scanner' }, file: '/x' }), new ScanFailure('load_failed', { url: TARGET.href, reason: { id: 'net_refused' } })];
  return [
    auditingLine(locale, TARGET),
    ...written.trim().split('\n'),
    String(gaveUp),
    ...STATUS_KEYS.map((key) => cliText(locale, key, data)),
    ...ERROR_KEYS.map((key) => cliErrorText(locale, key, errorData)),
    ...thrown.map((error) => errorText(error, locale)),
  ];
}

const words = (line: string) => (line.replace(/https?:\/\/\S+/g, '').toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !SHARED.has(w));

describe('CLI progress, status, errors and help follow --lang', () => {
  it('prints the same lines in Finnish as in English, with no English word among them', async () => {
    const en = await statusLines('en');
    const fi = await statusLines('fi');
    expect(fi.length).toBe(en.length);
    expect(fi.length).toBeGreaterThan(STATUS_KEYS.length + PAGE_ROLES.length);
    const english = new Set([...en, ...PAGE_ROLES.map((r) => ROLE_NAMES[r].en)].flatMap(words));
    for (const line of fi) expect(words(line).filter((w) => english.has(w)), line).toEqual([]);
  });

  it('gives its help in Finnish with no English word in it', () => {
    const helpEn = new Set(words(cliHelp('en', ['shop', 'service'], 20, 8)));
    const helpFi = cliHelp('fi', ['shop', 'service'], 20, 8);
    expect(helpFi.split('\n')[0]).toBe('Käyttö: polku <osoite | tiedosto.html> [valitsimet]');
    expect(words(helpFi).filter((w) => helpEn.has(w))).toEqual([]);
  });

  it('says what it does in Finnish', async () => {
    const fi = await statusLines('fi');
    expect(fi[0]).toBe('Auditoidaan http://127.0.0.1:8080/kauppa/ …');
    expect(fi).toContain('Luetaan 1 / 11: Yhteystiedot');
    expect(fi).toContain('Skanneri puuttuu (/x). Aja: npm run build');
    expect(fi).toContain(`Sivua ${TARGET.href} ei voitu avata: palvelin torjui yhteyden`);
    expect(fi.find((l) => l.startsWith('keskeytettiin'))).toMatch(/^keskeytettiin 0\.\d s:n jälkeen, vaihe: sivun http:\/\/127\.0\.0\.1:8080\/kauppa\/ lataus \(--timeout 0\.001 koskee koko auditointia\): sivu ei latautunut loppuun$/);
  });
});
