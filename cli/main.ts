// polku: audits a URL or a local HTML file in headless Chromium with the extension's scanner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAudit } from '../engine/audit';
import { toReportJson, type ReportJson } from '../engine/report-json';
import { LOCALES, type Locale } from '../engine/rule';
import { browserLocale } from '../i18n/locale';
import { message } from '../i18n/translate';
import { STAGE_NAMES } from '../i18n/ui';
import { RULES } from '../rules';
import { launchBrowser, UsageError } from './chromium';
import { loadPage } from './load-page';
import { runScanner, ScanFailure } from './scan-page';
import { readScanner, REPO_ROOT } from './scanner-source';
import { formatSummary } from './summary';
import { resolveTarget } from './targets';

const HELP = `Usage: polku <url | file.html> [options]

Audits a web page along the customer's purchase journey and prints the scores,
the ranked pain points with fixes, and what was found.

Options:
  --json             print the full report as JSON (see README: "The JSON report")
  --lang <fi|en>     language of the texts (default: from LANG, else English)
  --timeout <s>      give up loading after this many seconds (default 30)
  --settle <ms>      wait after load for late widgets such as chat (default 1500)
  --offline          contact no host but the audited one (third-party tools are
                     then seen only by their tags, not by what they load)
  -h, --help         show this help
  -v, --version      print the version

Exit codes: 0 audited, 1 the page could not be audited, 2 wrong usage or setup.`;

function version(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      timeout: { type: 'string', default: '30' },
      settle: { type: 'string', default: '1500' },
      offline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const lang = values.lang ?? browserLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en');
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}`);
  const timeout = Number(values.timeout);
  const settle = Number(values.settle);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError('--timeout takes a positive number of seconds');
  if (!Number.isFinite(settle) || settle < 0) throw new UsageError('--settle takes a number of milliseconds');
  if (positionals.length > 1) throw new UsageError('Give one URL or file at a time.');
  return { ...values, locale: lang as Locale, timeoutMs: timeout * 1000, settleMs: settle, target: positionals[0] };
}

export async function audit(target: URL, options: { locale: Locale; timeoutMs: number; settleMs: number; offline: boolean }): Promise<ReportJson> {
  const scanner = readScanner();
  const browser = await launchBrowser({ locale: options.locale, onlyHosts: options.offline ? [target.hostname] : undefined });
  try {
    const page = await loadPage(browser.context, target, options);
    const { facts } = await runScanner(page, scanner);
    const report = runAudit(facts, RULES);
    const render = {
      message: (id: string, data?: Record<string, string | number | undefined>) => message(options.locale, id, data),
      stageName: (id: keyof typeof STAGE_NAMES) => STAGE_NAMES[id][options.locale],
    };
    return toReportJson(facts, report, options.locale, render, version());
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    console.error(`polku: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) return console.log(HELP), 0;
  if (args.version) return console.log(version()), 0;
  if (!args.target) return console.error(`polku: give a URL or an HTML file to audit.\n\n${HELP}`), 2;
  try {
    const target = resolveTarget(args.target);
    if (!args.json) console.error(`Auditing ${target.href} …`);
    const json = await audit(target, args);
    console.log(args.json ? JSON.stringify(json, null, 2) : formatSummary(json));
    return 0;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    console.error(`polku: ${text}`);
    return error instanceof UsageError ? 2 : error instanceof ScanFailure ? 1 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
