// polku: audits a URL or a local HTML file in headless Chromium with the extension's scanner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAudit } from '../engine/audit';
import { DEFAULT_KEY_PAGES, MAX_KEY_PAGES, type SiteProgress } from '../site/read-site';
import { toReportJson, type ReportJson } from '../engine/report-json';
import { LOCALES, type Locale, type MessageData } from '../engine/rule';
import { cliText, type CliTextKey } from '../i18n/cli';
import { browserLocale } from '../i18n/locale';
import { reportRenderer } from '../i18n/translate';
import { PhaseTimer } from '../engine/timings';
import { RULES } from '../rules';
import { DEFAULT_CONFIG } from '../engine/config';
import { SITE_KINDS, type SiteKindId } from '../engine/site-kind';
import { parseKindOption } from './kind-option';
import { connectBrowser, startChromium, UsageError } from './chromium';
import type { ChromiumProcess } from './chromium-process';
import { Deadline } from './deadline';
import { device, type DeviceKind } from './device';
import { runLighthouse } from './lighthouse';
import { loadPage } from './load-page';
import { ScanFailure } from './scan-page';
import { readAxeRunner, readReader, readScanner, REPO_ROOT } from './scanner-source';
import { formatSummary } from './summary';
import { resolveTarget } from './targets';
import { auditLoadedPage } from './audit-page';
import { auditingLine, progressPrinter } from './progress';

const HELP = `Usage: polku <url | file.html> [options]

Audits a web page along the customer's purchase journey and prints the scores,
the ranked pain points with fixes, and what was found.

Options:
  --json             print the full report as JSON (see README: "The JSON report")
  --lang <fi|en>     language of the texts (default: from LANG, else English)
  --desktop          audit at a desktop viewport (1280 × 900) instead of a
                     phone's (360 × 800, touch, Chrome on Android)
  --lighthouse       also run Lighthouse (performance, accessibility, SEO,
                     best practices) in the same Chromium; mobile throttling,
                     or Lighthouse's desktop preset with --desktop
  --timeout <s>      give up on the whole audit (start, load, settle, scan,
                     Lighthouse) after this many seconds (default 30, or 90
                     with --lighthouse)
  --settle <ms>      wait after load for late widgets such as chat (default 1500)
  --pages <n>        key pages of the same site to read besides the audited one
                     (contact, FAQ, prices, delivery, terms, …; default 8, max 20;
                     0 audits the page alone)
  --offline          contact no host but the audited one (third-party tools are
                     then seen only by their tags, not by what they load)
  --kind <kind>      judge the site as this kind instead of the one Polku infers:
                     ${SITE_KINDS.join(', ')}
                     (online shop, local service, B2B / SaaS, publisher,
                     nonprofit or public body)
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
  const lang = values.lang ?? browserLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en');
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}`);
  // Lighthouse loads the page again, throttled: it needs time of its own.
  const timeout = Number(values.timeout ?? (values.lighthouse ? 90 : 30));
  const settle = Number(values.settle);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError('--timeout takes a positive number of seconds');
  if (!Number.isFinite(settle) || settle < 0) throw new UsageError('--settle takes a number of milliseconds');
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0 || pages > MAX_KEY_PAGES) throw new UsageError(`--pages takes a whole number from 0 to ${MAX_KEY_PAGES}`);
  const kind = parseKindOption(values.kind);
  if (positionals.length > 1) throw new UsageError('Give one URL or file at a time.');
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
  const page = await loadPage(context, target, { timeoutMs: 0, locale: options.locale });
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
    console.error(`polku: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) return console.log(HELP), 0;
  if (args.version) return console.log(version()), 0;
  if (!args.target) return console.error(`polku: give a URL or an HTML file to audit.\n\n${HELP}`), 2;
  try {
    const target = resolveTarget(args.target);
    if (!args.json) console.error(auditingLine(args.locale, target));
    const json = await audit(target, { ...args, onProgress: progressPrinter(args.locale) });
    console.log(args.json ? JSON.stringify(json, null, 2) : formatSummary(json));
    return 0;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    console.error(`polku: ${text}`);
    return error instanceof UsageError ? 2 : error instanceof ScanFailure ? 1 : 1;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Chromium is gone by now; should anything else still hold the event loop open, end anyway.
setTimeout(() => process.exit(code), 2000).unref();
