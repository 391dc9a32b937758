// One audit of one address in headless Chromium with the extension's scanner: the CLI's single
// audits, its batches and its comparisons all run through here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../engine/audit';
import type { SiteProgress } from '../site/read-site';
import { toReportJson, type ReportJson } from '../engine/report-json';
import type { Locale, MessageData } from '../engine/rule';
import { cliText, type CliTextKey } from '../i18n/cli';
import { reportRenderer } from '../i18n/translate';
import { PhaseTimer } from '../engine/timings';
import { RULES } from '../rules';
import { DEFAULT_CONFIG } from '../engine/config';
import type { SiteKindId } from '../engine/site-kind';
import { connectBrowser, startChromium } from './chromium';
import type { ChromiumProcess } from './chromium-process';
import { Deadline } from './deadline';
import { device, type DeviceKind } from './device';
import { runLighthouse } from './lighthouse';
import { loadPage } from './load-page';
import { readAxeRunner, readReader, readScanner, REPO_ROOT } from './scanner-source';
import { auditLoadedPage } from './audit-page';
import { captureView } from './screenshot';

export function version(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
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
  /** Capture the view as loaded, for the report's cover. */
  screenshot?: boolean;
}

export interface AuditResult {
  json: ReportJson;
  /** The audited view as a data:image URL, when asked for and captured. */
  screenshot: string | null;
}

/** Time kept back from Lighthouse for the rules and the report. */
const REPORT_RESERVE_MS = 1000;

/**
 * Audits `target` within `options.timeoutMs`, whatever the page does. On failure or when the
 * time is up, Chromium is killed rather than closed: a close would wait on a page stuck in a loop.
 */
export async function audit(target: URL, options: AuditOptions): Promise<AuditResult> {
  const deadline = new Deadline(options.timeoutMs, options.locale);
  let chromiumProcess: ChromiumProcess | undefined;
  try {
    const scanner = { facts: readScanner(), axe: readAxeRunner() };
    chromiumProcess = startChromium({ locale: options.locale, onlyHosts: options.offline ? [target.hostname] : undefined });
    const work = auditIn(chromiumProcess, target, scanner, options, deadline);
    work.catch(() => undefined); // when the deadline wins, the abandoned work fails later as Chromium dies
    const result = await Promise.race([work, deadline.expired]);
    await chromiumProcess.close();
    return result;
  } finally {
    deadline.dispose();
    await chromiumProcess?.kill(); // no-op after a close
  }
}

async function auditIn(chromiumProcess: ChromiumProcess, target: URL, scanner: { facts: string; axe: string }, options: AuditOptions, deadline: Deadline): Promise<AuditResult> {
  const timings = new PhaseTimer();
  const say = (key: CliTextKey, data?: MessageData) => cliText(options.locale, key, data);
  deadline.enter(say('stage_chromium'));
  const context = await connectBrowser(chromiumProcess, { locale: options.locale, device: options.device });
  deadline.enter(say('stage_loading', { url: target.href }), say('hint_notLoaded'));
  const page = await loadPage(context, target, { timeoutMs: 0 });
  deadline.enter(say('stage_settle'));
  if (options.settleMs > 0) await page.waitForTimeout(options.settleMs);
  // The view a visitor sees on arrival, before the scan has touched anything.
  const screenshot = options.screenshot ? await captureView(page) : null;
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
  return { json: { ...body, device: device(options.device), timings: timings.toJson(deadline.elapsedMs(), facts.scan) }, screenshot };
}
