// polku: audits a URL or a local HTML file in headless Chromium with the extension's scanner.
import type { Locale } from '../engine/rule';
import { cliText } from '../i18n/cli';
import { cliHelp } from '../i18n/cli-help';
import { DEFAULT_KEY_PAGES, MAX_KEY_PAGES } from '../site/read-site';
import { SITE_KINDS } from '../engine/site-kind';
import { audit, version } from './audit';
import { cliErrorText, errorText, UsageError } from './cli-error';
import { readBrandFile } from './brand-file';
import { comparisonText, runCompare, type CompareRun } from './compare-command';
import type { Brand } from '../brand/brand';
import { messageLocale, parseCommandLine } from './options';
import { defaultFileName, render, wantsScreenshot, writeOutput } from './output';
import { resolveTarget } from './targets';
import { runBatchCommand, type BatchCommand } from './batch-command';
import { EXIT_BELOW_THRESHOLD } from './batch/fail-under';
import { auditingLine, progressPrinter } from './progress';

const help = (locale: Locale) => cliHelp(locale, SITE_KINDS, MAX_KEY_PAGES, DEFAULT_KEY_PAGES);

function batchCommand(args: ReturnType<typeof parseCommandLine>, listFile: string, brand: Brand | null): BatchCommand {
  const { locale, timeoutMs, settleMs, offline, pages, device, lighthouse, kind } = args;
  return {
    listFile,
    out: args.out,
    format: args.format,
    concurrency: args.concurrency,
    shard: args.shard,
    failUnder: args.failUnder,
    brand,
    audit: { locale, timeoutMs, settleMs, offline, pages, device, lighthouse, kind },
  };
}

type Args = ReturnType<typeof parseCommandLine>;

async function auditOne(args: Args): Promise<CompareRun> {
  const target = resolveTarget(args.target!);
  if (args.format !== 'json' || args.out !== undefined) console.error(auditingLine(args.locale, target));
  const { json, screenshot } = await audit(target, { ...args, screenshot: wantsScreenshot(args.format), onProgress: progressPrinter(args.locale) });
  return { doc: { report: json, screenshot, brand: null }, skipped: [] };
}

function compareSites(args: Args): Promise<CompareRun> {
  for (const input of args.targets) console.error(auditingLine(args.locale, resolveTarget(input)));
  return runCompare(args.targets, { ...args, screenshot: wantsScreenshot(args.format) }, args.concurrency);
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    const locale = messageLocale(argv);
    console.error(`polku: ${errorText(error, locale)}\n\n${help(locale)}`);
    return 2;
  }
  if (args.help) return console.log(help(args.locale)), 0;
  if (args.version) return console.log(version()), 0;
  if (args.batch === undefined && !args.target) return console.error(`polku: ${errorText(new UsageError('noTarget'), args.locale)}\n\n${help(args.locale)}`), 2;
  try {
    const brand = args.brand === undefined ? null : readBrandFile(args.brand, args.locale);
    if (args.batch !== undefined) return await runBatchCommand(batchCommand(args, args.batch, brand));
    const { doc, skipped } = args.compare ? await compareSites(args) : await auditOne(args);
    for (const site of skipped) console.error(`polku: ${cliErrorText(args.locale, 'compareSkipped', { url: site.url, detail: site.error })}`);
    const content = await render(args.format, { ...doc, brand });
    const extra = args.format === 'text' ? comparisonText(doc) : '';
    // A PDF is never poured onto a terminal: without --out it gets a name of its own.
    const file = args.out ?? (args.format === 'pdf' ? defaultFileName(doc.report, 'pdf') : undefined);
    if (file === undefined) process.stdout.write(typeof content === 'string' ? content + extra : content);
    else console.error(cliText(args.locale, 'reportWritten', { file: writeOutput(file, typeof content === 'string' ? content + extra : content) }));
    // For CI: a site below the bar fails the job, as a batch does.
    const overall = doc.report.overall;
    return args.failUnder !== undefined && (overall === null || overall < args.failUnder) ? EXIT_BELOW_THRESHOLD : 0;
  } catch (error) {
    console.error(`polku: ${errorText(error, args.locale)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Chromium is gone by now; should anything else still hold the event loop open, end anyway.
setTimeout(() => process.exit(code), 2000).unref();
