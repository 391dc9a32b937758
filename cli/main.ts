// polku: audits a URL or a local HTML file in headless Chromium with the extension's scanner.
import type { Locale } from '../engine/rule';
import { cliText } from '../i18n/cli';
import { cliHelp } from '../i18n/cli-help';
import { DEFAULT_KEY_PAGES, MAX_KEY_PAGES } from '../site/read-site';
import { SITE_KINDS } from '../engine/site-kind';
import { audit, version } from './audit';
import { errorText, UsageError } from './cli-error';
import { messageLocale, parseCommandLine } from './options';
import { defaultFileName, render, wantsScreenshot, writeOutput } from './output';
import { resolveTarget } from './targets';
import { runBatchCommand, type BatchCommand } from './batch-command';
import { EXIT_BELOW_THRESHOLD } from './batch/fail-under';
import { auditingLine, progressPrinter } from './progress';

const help = (locale: Locale) => cliHelp(locale, SITE_KINDS, MAX_KEY_PAGES, DEFAULT_KEY_PAGES);

function batchCommand(args: ReturnType<typeof parseCommandLine>, listFile: string): BatchCommand {
  const { locale, timeoutMs, settleMs, offline, pages, device, lighthouse, kind } = args;
  return {
    listFile,
    out: args.out,
    format: args.format,
    concurrency: args.concurrency,
    shard: args.shard,
    failUnder: args.failUnder,
    brand: null,
    audit: { locale, timeoutMs, settleMs, offline, pages, device, lighthouse, kind },
  };
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
    if (args.batch !== undefined) return await runBatchCommand(batchCommand(args, args.batch));
    const target = resolveTarget(args.target!);
    if (args.format !== 'json' || args.out !== undefined) console.error(auditingLine(args.locale, target));
    const { json, screenshot } = await audit(target, { ...args, screenshot: wantsScreenshot(args.format), onProgress: progressPrinter(args.locale) });
    const content = await render(args.format, { report: json, screenshot, brand: null });
    // A PDF is never poured onto a terminal: without --out it gets a name of its own.
    const file = args.out ?? (args.format === 'pdf' ? defaultFileName(json, 'pdf') : undefined);
    if (file === undefined) process.stdout.write(content);
    else console.error(cliText(args.locale, 'reportWritten', { file: writeOutput(file, content) }));
    // For CI: a site below the bar fails the job, as a batch does.
    return args.failUnder !== undefined && (json.overall === null || json.overall < args.failUnder) ? EXIT_BELOW_THRESHOLD : 0;
  } catch (error) {
    console.error(`polku: ${errorText(error, args.locale)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// Chromium is gone by now; should anything else still hold the event loop open, end anyway.
setTimeout(() => process.exit(code), 2000).unref();
