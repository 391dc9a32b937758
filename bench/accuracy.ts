// npm run bench:accuracy — scans every labelled corpus page with the extension's scanner in
// Chromium and prints precision, recall and F1 per asset id, the misses and false alarms,
// and how long each scan took. Pages are served from disk at their original address with page
// scripts blocked (the labels describe the saved HTML, scripts not run) and no network.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { ASSET_IDS, type AssetId, type Detection } from '../engine/assets';
import { launchBrowser } from '../cli/chromium';
import { runScanner } from '../cli/scan-page';
import { readScanner, REPO_ROOT } from '../cli/scanner-source';
import { corpusDir, loadCorpus, selectPages, type CorpusPage } from './corpus';
import { emptyCounts, scores, sum, tally, type Counts } from './metrics';

const BAR = { minPositives: 5, precision: 0.95, recall: 0.92, macroF1: 0.95 };
const SLOW_MS = 2000;

interface PageResult {
  page: CorpusPage;
  assets: Partial<Record<AssetId, Detection>> | null;
  errors: string[];
  scanMs: number;
  /** The scan's longest single step: how long the page's main thread is held at a stretch. */
  longest: { step: string; ms: number } | null;
}

/**
 * A saved page keeps its bytes but not the server's header: the live site said its charset there.
 * Bytes that are valid UTF-8 are served as UTF-8, as their server almost surely did (Chromium would
 * otherwise read a page with no <meta charset> as Windows-1252 and garble "zł" into "zĹ‚"); other
 * bytes are left to the browser's own sniffing.
 */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function scanCorpusPage(context: BrowserContext, scanner: string, page: CorpusPage): Promise<PageResult> {
  const tab = await context.newPage();
  const html = readFileSync(page.htmlPath);
  const contentType = `text/html${isUtf8(html) ? '; charset=utf-8' : ''}`;
  try {
    await tab.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === page.url) {
        return route.fulfill({ status: 200, body: html, headers: { 'content-type': contentType, 'content-security-policy': "script-src 'none'" } });
      }
      return route.abort();
    });
    await tab.goto(page.url, { waitUntil: 'load', timeout: 20_000 });
    const { facts, scanMs } = await runScanner(tab, scanner);
    const longest = (facts.scan?.timings ?? []).reduce<PageResult['longest']>((max, t) => (max && max.ms >= t.ms ? max : t), null);
    return { page, assets: facts.assets, errors: facts.errors.map((e) => `${e.collector}: ${e.message}`), scanMs, longest };
  } catch (error) {
    return { page, assets: null, errors: [error instanceof Error ? error.message : String(error)], scanMs: 0, longest: null };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const pct = (n: number) => n.toFixed(2);
const short = (text: unknown, max = 110) => String(text ?? '').replace(/\s+/g, ' ').slice(0, max);

function report(results: PageResult[]): boolean {
  const counts = new Map<AssetId, Counts>(ASSET_IDS.map((id) => [id, emptyCounts()]));
  const misses: string[] = [];
  const alarms: string[] = [];
  const itemNotes: string[] = [];
  for (const { page, assets } of results) {
    if (!assets) continue;
    for (const id of ASSET_IDS) {
      const label = page.label.assets[id];
      const expected = (label?.present ?? 'none') !== 'none';
      const got = assets[id];
      const predicted = (got?.present ?? 'none') !== 'none';
      tally(counts.get(id)!, expected, predicted);
      if (expected && !predicted) misses.push(`  ${id.padEnd(21)} ${page.label.file}  [label ${label!.present}: ${short(label!.evidence)}]`);
      if (!expected && predicted) alarms.push(`  ${id.padEnd(21)} ${page.label.file}  [found ${got!.present}: ${short(got!.evidence[0]?.text ?? got!.evidence[0]?.url)}]`);
      if (expected && predicted && label!.items.length > 0) {
        const want = new Set(label!.items);
        const have = new Set(got!.items);
        const missing = [...want].filter((i) => !have.has(i));
        const extra = [...have].filter((i) => !want.has(i));
        if (missing.length || extra.length) itemNotes.push(`  ${id.padEnd(21)} ${page.label.file}  missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
      }
    }
  }

  console.log(`\n${'asset id'.padEnd(22)} ${'pos'.padStart(4)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall    f1   bar`);
  let barMet = true;
  const f1s: number[] = [];
  for (const id of ASSET_IDS) {
    const c = counts.get(id)!;
    const s = scores(c);
    const positives = c.tp + c.fn;
    const judged = positives >= BAR.minPositives;
    const ok = !judged || (s.precision >= BAR.precision && s.recall >= BAR.recall);
    if (!ok) barMet = false;
    if (positives > 0 || c.fp > 0) f1s.push(s.f1);
    const mark = judged ? (ok ? 'ok' : 'MISSED') : '(<5)';
    console.log(`${id.padEnd(22)} ${String(positives).padStart(4)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(5)}   ${mark}`);
  }
  const micro = scores(sum([...counts.values()]));
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1);
  if (macroF1 < BAR.macroF1) barMet = false;
  console.log(`\noverall (micro)        precision ${pct(micro.precision)}  recall ${pct(micro.recall)}  f1 ${pct(micro.f1)}`);
  console.log(`macro F1 over ${f1s.length} asset ids: ${pct(macroF1)} (bar ${BAR.macroF1})`);

  console.log(`\nMisses (${misses.length}):\n${misses.join('\n') || '  none'}`);
  console.log(`\nFalse alarms (${alarms.length}):\n${alarms.join('\n') || '  none'}`);
  console.log(`\nItem differences on true positives (${itemNotes.length}):\n${itemNotes.join('\n') || '  none'}`);

  const times = results.map((r) => r.scanMs).sort((a, b) => a - b);
  const failed = results.filter((r) => r.assets === null || r.errors.length > 0);
  const slow = results.filter((r) => r.scanMs > SLOW_MS);
  console.log(`\nScan time per page: median ${Math.round(times[Math.floor(times.length / 2)] ?? 0)} ms, max ${Math.round(times.at(-1) ?? 0)} ms (limit ${SLOW_MS} ms; includes the scanner's Web Vitals wait)`);
  for (const r of slow) console.log(`  SLOW ${r.page.label.file}: ${Math.round(r.scanMs)} ms`);
  // Steps run without yielding (the page walk yields inside): the longest is the page's longest wait on the scan.
  const steps = results.flatMap((r) => (r.longest ? [{ ...r.longest, file: r.page.label.file }] : [])).sort((a, b) => a.ms - b.ms);
  const worst = steps.at(-1);
  console.log(`Longest step per page: median ${Math.round(steps[Math.floor(steps.length / 2)]?.ms ?? 0)} ms, max ${Math.round(worst?.ms ?? 0)} ms${worst ? ` (${worst.step} on ${worst.file})` : ''}`);
  for (const r of failed) console.log(`  ERROR ${r.page.label.file}: ${r.errors.join('; ')}`);
  if (slow.length > 0 || failed.length > 0) barMet = false;
  console.log(`\n${results.length} pages. Bar (each id with ≥ ${BAR.minPositives} positives: precision ≥ ${BAR.precision}, recall ≥ ${BAR.recall}; macro F1 ≥ ${BAR.macroF1}; no errors, no scan over ${SLOW_MS} ms): ${barMet ? 'MET' : 'NOT MET'}`);
  return barMet;
}

function optionValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<number> {
  const dir = corpusDir(REPO_ROOT);
  let pages: CorpusPage[];
  try {
    pages = selectPages(loadCorpus(dir), dir, optionValue('--only'));
  } catch (error) {
    console.error(`bench:accuracy: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const scanner = readScanner();
  console.log(`Scanning ${pages.length} labelled pages from ${dir} …`);
  const browser = await launchBrowser({ onlyHosts: [] });
  const results: PageResult[] = [];
  try {
    for (const page of pages) results.push(await scanCorpusPage(browser.context, scanner, page));
  } finally {
    await browser.close();
  }
  const met = report(results);
  return process.argv.includes('--check') && !met ? 1 : 0;
}

process.exitCode = await main();
