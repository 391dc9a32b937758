// The speed benchmark's measurements on one page, in a Chromium the caller started: the scanner's
// collectors run after run, the page's long tasks during each scan, axe, the site audit with and
// without axe, and one Lighthouse run. Everything goes through the CLI's own functions.
import type { BrowserContext, Page } from 'playwright-core';
import { runAudit } from '../engine/audit';
import type { Facts } from '../engine/facts';
import type { LighthouseFacts } from '../engine/lighthouse';
import { RULES } from '../rules';
import { DEFAULT_KEY_PAGES } from '../site/read-site';
import { PhaseTimer } from '../engine/timings';
import { auditLoadedPage } from '../cli/audit-page';
import { runLighthouse } from '../cli/lighthouse';
import { loadPage } from '../cli/load-page';
import { runScanner } from '../cli/scan-page';

export interface Sources {
  scanner: string;
  axe: string;
  reader: string;
}

export interface AuditRun {
  /** Load, scan, (axe,) key pages and rules, in ms. */
  ms: number;
  phases: Record<'load' | 'scan' | 'axe' | 'keyPages' | 'rules', number>;
  keyPagesRead: number;
  keyPagesTried: number;
  /** axe rules not run because axe's own 6 s budget ran out (0 when it finished). */
  axeRulesNotRun: number;
}

export interface PageFigures {
  name: string;
  elements: number;
  /** Per scanner run: the page collectors' steps summed (facts.scan.timings). */
  collectors: number[];
  /** Per scanner run: the whole scan inside the page (facts.scan.ms). */
  scans: number[];
  /** Longest long task (≥ 50 ms, the browser reports no shorter) overlapping any scan, and in which run (1 is cold); null when none. */
  longestTask: { ms: number; run: number } | null;
  /** The scanner's own longest step over all runs. */
  longestStep: { step: string; ms: number } | null;
  axe: number[];
  siteAudits: AuditRun[];
  fullAudits: AuditRun[];
  lighthouse: LighthouseFacts | null;
  errors: string[];
}

export interface MeasureOptions {
  runs: number;
  auditRuns: number;
  lighthouse: boolean;
  /** Chromium's DevTools port, for Lighthouse. */
  port: number;
}

const LONG_TASKS = '__polkuBenchLongTasks';
const LOAD_TIMEOUT_MS = 60_000;
const SCAN_LIMIT_MS = 30_000;
const LIGHTHOUSE_BUDGET_MS = 180_000;

/** Records every long task from the start of each document (the observer only sees tasks after it is made). */
export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const tasks: { start: number; duration: number }[] = [];
    (globalThis as unknown as Record<string, unknown>)[key] = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, LONG_TASKS);
}

export async function measurePage(context: BrowserContext, name: string, url: string, sources: Sources, options: MeasureOptions): Promise<PageFigures> {
  const figures: PageFigures = { name, elements: 0, collectors: [], scans: [], longestTask: null, longestStep: null, axe: [], siteAudits: [], fullAudits: [], lighthouse: null, errors: [] };
  const tab = await loadPage(context, new URL(url), { timeoutMs: LOAD_TIMEOUT_MS });
  try {
    figures.elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
    for (let run = 1; run <= options.runs; run++) await scanOnce(tab, sources.scanner, figures, run);
  } finally {
    await tab.close();
  }
  // Site audits alternate without and with axe, each in a fresh tab as a new audit would be.
  for (let i = 0; i < options.auditRuns; i++) {
    figures.siteAudits.push(await auditOnce(context, url, sources, false, figures.errors));
    const full = await auditOnce(context, url, sources, true, figures.errors);
    figures.fullAudits.push(full);
    figures.axe.push(full.phases.axe);
  }
  if (options.lighthouse) figures.lighthouse = await runLighthouse(url, { port: options.port, preset: 'mobile', budgetMs: LIGHTHOUSE_BUDGET_MS });
  return figures;
}

async function scanOnce(tab: Page, scanner: string, figures: PageFigures, run: number): Promise<void> {
  const from = await tab.evaluate(() => performance.now());
  const { facts } = await runScanner(tab, scanner, SCAN_LIMIT_MS);
  const to = await tab.evaluate(() => performance.now());
  noteErrors(facts, figures.errors);
  const timings = facts.scan?.timings ?? [];
  figures.collectors.push(timings.reduce((sum, t) => sum + t.ms, 0));
  figures.scans.push(facts.scan?.ms ?? 0);
  for (const t of timings) if (!figures.longestStep || t.ms > figures.longestStep.ms) figures.longestStep = t;
  // Observers report a task after it ends: give the page a turn before reading the list.
  const tasks = await tab.evaluate(async (key) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const list = (globalThis as unknown as Record<string, { start: number; duration: number }[]>)[key] ?? [];
    return list.splice(0);
  }, LONG_TASKS);
  for (const task of tasks) {
    const overlaps = task.start < to && task.start + task.duration > from;
    if (overlaps && task.duration > (figures.longestTask?.ms ?? 0)) figures.longestTask = { ms: task.duration, run };
  }
}

/** One audit as the CLI runs it, less Chromium's start and the settle wait (idle time, --settle). */
async function auditOnce(context: BrowserContext, url: string, sources: Sources, withAxe: boolean, errors: string[]): Promise<AuditRun> {
  const phases: AuditRun['phases'] = { load: 0, scan: 0, axe: 0, keyPages: 0, rules: 0 };
  const time = async <T>(phase: keyof AuditRun['phases'], work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      phases[phase] += performance.now() - started;
    }
  };
  const started = performance.now();
  const tab = await time('load', () => loadPage(context, new URL(url), { timeoutMs: LOAD_TIMEOUT_MS }));
  try {
    // The very orchestration the CLI runs (cli/audit-page.ts), timed by phase.
    const timer = new PhaseTimer();
    const site = await auditLoadedPage(tab, context, sources, { pages: DEFAULT_KEY_PAGES, axe: withAxe, timings: timer });
    const spent = timer.toJson(0, undefined).phases;
    phases.scan += spent.scan ?? 0;
    phases.axe += spent.axe ?? 0;
    phases.keyPages += spent.keyPages ?? 0;
    await time('rules', () => runAudit(site, RULES));
    noteErrors(site, errors);
    const keyPages = (site.site?.pages ?? []).filter((p) => p.role !== 'start' && p.reason !== 'otherOrigin');
    const ms = performance.now() - started;
    return { ms, phases, keyPagesRead: keyPages.filter((p) => p.read).length, keyPagesTried: keyPages.length, axeRulesNotRun: site.accessibility?.rulesNotRun.length ?? 0 };
  } finally {
    await tab.close();
  }
}

function noteErrors(facts: Facts, errors: string[]): void {
  for (const e of facts.errors) {
    const text = `${e.collector}: ${e.message}`;
    if (!errors.includes(text)) errors.push(text);
  }
}
