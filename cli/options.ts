// The command line's arguments, checked: every wrong value is a UsageError told in the user's language.
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../engine/rule';
import { browserLocale } from '../i18n/locale';
import { MAX_KEY_PAGES, DEFAULT_KEY_PAGES } from '../site/read-site';
import { UsageError } from './cli-error';
import type { DeviceKind } from './device';
import { parseKindOption } from './kind-option';
import { parseFormat } from './output';
import { parseFailUnder } from './batch/fail-under';
import { DEFAULT_CONCURRENCY, parseConcurrency } from './batch/run-batch';
import { parseShard } from './batch/shard';

export const envLocale = () => browserLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en');

/** The language to speak in, even when the arguments are wrong: --lang if it names one, else the environment's. */
export function messageLocale(argv: string[]): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (given && (LOCALES as readonly string[]).includes(given)) return given as Locale;
  return envLocale();
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        settle: { type: 'string', default: '1500' },
        offline: { type: 'boolean', default: false },
        pages: { type: 'string', default: String(DEFAULT_KEY_PAGES) },
        desktop: { type: 'boolean', default: false },
        lighthouse: { type: 'boolean', default: false },
        kind: { type: 'string' },
        batch: { type: 'string' },
        compare: { type: 'boolean', default: false },
        brand: { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        'fail-under': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // Node's own words for an unknown or incomplete option.
    throw new UsageError('badOption', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) });
  }
}

export function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseOptions(argv);
  const lang = values.lang ?? envLocale();
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError('badLang', { choices: LOCALES.join(', ') });
  // Lighthouse loads the page again, throttled: it needs time of its own.
  const timeout = Number(values.timeout ?? (values.lighthouse ? 90 : 30));
  const settle = Number(values.settle);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError('badTimeout');
  if (!Number.isFinite(settle) || settle < 0) throw new UsageError('badSettle');
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0 || pages > MAX_KEY_PAGES) throw new UsageError('badPages', { max: MAX_KEY_PAGES });
  const kind = parseKindOption(values.kind);
  if (positionals.length > 1 && !values.compare) throw new UsageError('oneTarget');
  if (values.compare && values.batch !== undefined) throw new UsageError('batchAndTarget');
  if (values.batch !== undefined && positionals.length > 0) throw new UsageError('batchAndTarget');
  if (values.batch === undefined && values.shard !== undefined) throw new UsageError('batchOnly');
  if (values.batch === undefined && !values.compare && values.concurrency !== undefined) throw new UsageError('batchOnly');
  // A batch writes a report per site: by default the one a client reads.
  const format = values.batch !== undefined && values.format === undefined && !values.json ? 'html' : parseFormat(values.format, values.json);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('badOut');
  const device: DeviceKind = values.desktop ? 'desktop' : 'mobile';
  return {
    ...values,
    locale: lang as Locale,
    timeoutMs: timeout * 1000,
    settleMs: settle,
    pages,
    device,
    kind,
    format,
    target: positionals[0],
    targets: positionals,
    concurrency: values.concurrency === undefined ? DEFAULT_CONCURRENCY : parseConcurrency(values.concurrency),
    shard: values.shard === undefined ? null : parseShard(values.shard),
    failUnder: values['fail-under'] === undefined ? undefined : parseFailUnder(values['fail-under']),
  };
}
