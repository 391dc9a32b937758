// polku: audits a URL or a local HTML file in headless Chromium with the extension's scanner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAudit } from '../engine/audit';
import { DEFAULT_KEY_PAGES, MAX_KEY_PAGES, type SiteProgress } from '../site/read-site';
import { toReportJson, type ReportJson } from '../engine/report-json';
import { LOCALES, type Locale, type MessageData } from '../engine/rule';
import { cliText, type CliTextKey } from '../i18n/cli';
import { cliHelp } from '../i18n/cli-help';
import { browserLocale } from '../i18n/locale';
import { reportRenderer } from '../i18n/translate';
import { PhaseTimer } from '../engine/timings';
import { RULES } from '../rules';
import { DEFAULT_CONFIG } from '../engine/config';
import { SITE_KINDS, type SiteKindId } from '../engine/site-kind';
import { parseKindOption } from './kind-option';
import { connectBrowser, startChromium } from './chromium';
import { errorText, UsageError } from './cli-error';
import type { ChromiumProcess } from './chromium-process';
import { Deadline } from './deadline';
import { device, type DeviceKind } from './device';
import { runLighthouse } from './lighthouse';
import { loadPage } from './load-page';
import { readAxeRunner, readReader, readScanner, REPO_ROOT } from './scanner-source';
import { formatSummary } from './summary';
import { resolveTarget } from './targets';
import { auditLoadedPage } from './audit-page';
import { auditingLine, progressPrinter } from './progress';

const help = (locale: Locale) => cliHelp(locale, SITE_KINDS, MAX_KEY_PAGES, DEFAULT_KEY_PAGES);

function version(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The language to speak in, even when the arguments are wrong: --lang if it names one, else the environment's. */
function messageLocale(argv: string[]): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (given && (LOCALES as readonly string[]).includes(given)) return given as Locale;
  return envLocale();
}

const envLocale = () => browserLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en');

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        settle: { type: 'string', default: '1500' },
        offline: { type: 'boolean', default: false },
        pages: { type: 'string', default: String(DEFAULT_KEY_PAGES) },
        desktop: { type: 'boolean', default: false },
        lighthouse: { type: 'boolean', default: false },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // Node's own words for an unknown or incomplete option.
    throw new UsageError('badOption', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) });
  }
}

function parse(argv: string[]) {
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
  if (positionals.length > 1) throw new UsageError('oneTarget');
  const device: DeviceKind = values.desktop ? 'desktop' : 'mobile';
  return { ...values, locale: lang as Locale, timeoutMs: timeout * 1000, settleMs: settle, pages, device, kind, target: positionals[0] };
}

export interface AuditOptions {
  locale: Locale;
  /** The whole audit's budget: browser start, load, settle, scan and report. */
  timeoutMs: number;
  settleMs: number;
  offline: boolean;
  /** Key pages to read besides the audited one. */
  pages: number;
  /** Told each time a key page starts or ends. */
  onProgress?: (progress: SiteProgress) => void;
  device: DeviceKind;
  /** Run Lighthouse after the scan, with the device's preset. */
  lighthouse: boolean;
  /** The kind of site to judge; null or absent: the one inferred from the facts. */
  kind?: SiteKindId | null;
}

/** Time kept back from Lighthouse for the rules and the report. */
const REPORT_RESERVE_MS = 1000;

/**
 * Audits `target` within `options.timeoutMs`, whatever the page does. On failure or when the
 * time is up, Chromium is killed rather than closed: a close would wait on a page stuck in a loop.
 */
export async function audit(target: URL, options: AuditOptions): Promise<ReportJson> {
  const deadline = new Deadline(options.timeoutMs, options.locale);
  let chromiumProcess: ChromiumProcess | undefined;
  try {
    const scanner = { facts: readScanner(), axe: readAxeRunner() };
    chromiumProcess = startChromium({ locale: options.locale, onlyHosts: options.offline ? [target.hostname] : undefined });
    const work = auditIn(chromiumProcess, target, scanner, options, deadline);
    work.catch(() => undefined); // when the deadline wins, the abandoned work fails later as Chromium dies
    const json = await Promise.race([work, deadline.expired]);
    await chromiumProcess.close();
    return json;
  } finally {
    deadline.dispose();
    await chromiumProcess?.kill(); // no-op after a close
  }
}

async function auditIn(chromiumProcess: ChromiumProcess, target: URL, scanner: { facts: string; axe: string }, options: AuditOptions, deadline: Deadline): Promise<ReportJson> {
  const timings = new PhaseTimer();
  const say = (key: CliTextKey, data?: MessageData) => cliText(options.locale, key, data);
  deadline.enter(say('stage_chromium'));
  const context = await connectBrowser(chromiumProcess, { locale: options.locale, device: options.device });
  deadline.enter(say('stage_loading', { url: target.href }), say('hint_notLoaded'));
  const page = await loadPage(context, target, { timeoutMs: 0 });
  deadline.enter(say('stage_settle'));
  if (options.settleMs > 0) await page.waitForTimeout(options.settleMs);
  const facts = await auditLoadedPage(page, context, { scanner: scanner.facts, axe: scanner.axe, reader: readReader() }, {
    pages: options.pages,
    axe: true,
    timings,
    signal: deadline.signal,
    timeLeftMs: () => deadline.remainingMs(),
    onProgress: options.onProgress,
    onStage: (stage) => deadline.enter(say(stage === 'scan' ? 'stage_scan' : 'stage_checks'), say('hint_busy')),
  });
  if (options.lighthouse) {
    deadline.enter(say('stage_lighthouse'));
    // Lighthouse loads the page in a tab of its own; ours would only compete for the CPU.
    await Promise.race([page.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))]);
    const port = Number(new URL(await chromiumProcess.endpoint).port);
    const budgetMs = deadline.remainingMs() - REPORT_RESERVE_MS;
    facts.lighthouse = await timings.time('lighthouse', () => runLighthouse(target.href, { port, preset: options.device, budgetMs }));
  }
  deadline.enter(say('stage_report'));
  const body = await timings.time('rules', () => toReportJson(facts, runAudit(facts, RULES, DEFAULT_CONFIG, { kind: options.kind }), options.locale, reportRenderer(options.locale), version()));
  return { ...body, device: device(options.device), timings: timings.toJson(deadline.elapsedMs(), facts.scan) };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    const locale = messageLocale(argv);
    console.error(`polku: ${errorText(error, locale)}\n\n${help(locale)}`);
    return 2;
  }
  if (args.help) return console.log(help(args.locale)), 0;
  if (args.version) return console.log(version()), 0;
  if (!args.target) return console.error(`polku: ${errorText(new UsageError('noTarget'), args.locale)}\n\n${help(args.locale)}`), 2;
  try {
    const target = resolveTarget(args.target);
    if (!args.json) console.error(auditingLine(args.locale, target));
    const json = await audit(target, { ...args, onProgress: progressPrinter(args.locale) });
    console.log(args.json ? JSON.stringify(json, null, 2) : formatSummary(json));
    return 0;
  } catch (error) {
    console.error(`polku: ${errorText(error, args.locale)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Chromium is gone by now; should anything else still hold the event loop open, end anyway.
setTimeout(() => process.exit(code), 2000).unref();
