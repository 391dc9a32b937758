// Lighthouse's deep audit (`polku --lighthouse`), run against the Chromium polku already started,
// over its DevTools port. Lighthouse is loaded only here, on demand: it is large, and neither the
// extension nor a plain CLI run needs it. Whatever goes wrong becomes `status: 'failed'` with the
// reason; it never ends the audit.
import { LIGHTHOUSE_CATEGORIES, LighthouseFactsSchema, type LighthouseCategory, type LighthouseFacts, type LighthousePreset } from '../engine/lighthouse';
import { cliErrorText } from './cli-error';

/** Below this much time left, Lighthouse is not started: a mobile run of a small page takes 7–15 s. */
export const LIGHTHOUSE_MIN_MS = 10_000;

const CATEGORY_IDS: Record<LighthouseCategory, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  seo: 'seo',
  bestPractices: 'best-practices',
};

const METRIC_AUDITS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  fcp: 'first-contentful-paint',
} as const;

export interface LighthouseOptions {
  /** Chromium's DevTools port. */
  port: number;
  preset: LighthousePreset;
  /** Time Lighthouse may take, from what the audit's --timeout has left. */
  budgetMs: number;
}

/** The parts of Lighthouse's report (LH.Result) read here. */
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  configSettings: {
    throttlingMethod: 'simulate' | 'devtools' | 'provided';
    throttling: { rttMs?: number; throughputKbps?: number; requestLatencyMs?: number; downloadThroughputKbps?: number; cpuSlowdownMultiplier?: number };
  };
}

type LighthouseReason = NonNullable<Extract<LighthouseFacts, { status: 'failed' }>['reasonId']>;

class LighthouseOutOfTime extends Error {}

export async function runLighthouse(url: string, options: LighthouseOptions): Promise<LighthouseFacts> {
  const started = performance.now();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const failed = (reasonId: LighthouseReason, reasonData: Record<string, string | number> = {}): LighthouseFacts => ({
    status: 'failed',
    preset: options.preset,
    ms: Math.round(performance.now() - started),
    reason: cliErrorText('en', `lh_${reasonId}`, reasonData).slice(0, 500),
    reasonId,
    reasonData,
  });
  if (!/^https?:$/.test(new URL(url).protocol)) return failed('notHttp');
  if (options.budgetMs < LIGHTHOUSE_MIN_MS) return failed('noTime', { left: seconds(options.budgetMs), needed: LIGHTHOUSE_MIN_MS / 1000 });
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new LighthouseOutOfTime());
    }, options.budgetMs);
  });
  const run = lighthouseReport(url, options, abort.signal);
  run.catch(() => undefined); // when time runs out, the abandoned run fails later as Chromium closes
  try {
    const lhr = await Promise.race([run, outOfTime]);
    const ms = Math.round(performance.now() - started);
    if (lhr.runtimeError) return failed('error', { detail: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`.slice(0, 400) });
    return LighthouseFactsSchema.parse(toFacts(lhr, options.preset, ms));
  } catch (error) {
    if (error instanceof LighthouseOutOfTime) return failed('timeout', { left: seconds(options.budgetMs) });
    return failed('error', { detail: (error instanceof Error ? error.message.split('\n')[0]! : String(error)).slice(0, 400) });
  } finally {
    clearTimeout(timer);
  }
}

async function lighthouseReport(url: string, options: LighthouseOptions, signal: AbortSignal): Promise<Lhr> {
  const { navigation, desktopConfig } = await import('lighthouse');
  const flags = {
    port: options.port,
    hostname: '127.0.0.1',
    logLevel: 'silent' as const,
    // Only what Polku folds in: fewer gatherers, a shorter run.
    onlyCategories: Object.values(CATEGORY_IDS),
    // Lighthouse's own load limits, inside our budget, so that a slow page fails with its reason.
    maxWaitForLoad: Math.min(45_000, options.budgetMs / 2),
    maxWaitForFcp: Math.min(30_000, options.budgetMs / 3),
    // No error reports to Lighthouse's Sentry (off by default in the Node API; said here for sure).
    enableErrorReporting: false,
  };
  // `signal` is passed on to Lighthouse's page load (not in its typings): a run we gave up on stops loading.
  const result = await navigation(undefined, url, { flags, config: options.preset === 'desktop' ? desktopConfig : undefined, signal } as Parameters<typeof navigation>[2]);
  if (!result) throw new Error('Lighthouse returned no report');
  return result.lhr as unknown as Lhr;
}

function toFacts(lhr: Lhr, preset: LighthousePreset, ms: number): LighthouseFacts {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    // Whole ms; CLS (unitless) to four places.
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value * (id === METRIC_AUDITS.cls ? 1e4 : 1)) / (id === METRIC_AUDITS.cls ? 1e4 : 1) : null;
  };
  const { throttlingMethod: method, throttling: t } = lhr.configSettings;
  return {
    status: 'ok',
    preset,
    ms,
    version: lhr.lighthouseVersion,
    throttling: {
      method,
      // Simulated throttling models these figures; DevTools throttling applies the request-level ones.
      rttMs: method === 'simulate' ? (t.rttMs ?? 0) : method === 'devtools' ? (t.requestLatencyMs ?? 0) : 0,
      throughputKbps: method === 'simulate' ? (t.throughputKbps ?? 0) : method === 'devtools' ? (t.downloadThroughputKbps ?? 0) : 0,
      cpuSlowdown: method === 'provided' ? 1 : (t.cpuSlowdownMultiplier ?? 1),
    },
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(CATEGORY_IDS[c])])) as Record<LighthouseCategory, number | null>,
    metrics: Object.fromEntries(Object.entries(METRIC_AUDITS).map(([name, id]) => [name, metric(id)])) as Record<keyof typeof METRIC_AUDITS, number | null>,
  };
}
