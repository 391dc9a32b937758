// One loaded page audited as the CLI does it, shared with the speed benchmark so that what it
// measures is what users run: the scan, then the accessibility check and the key pages side by
// side (axe works in the page's main thread; the key pages wait on the network and are parsed in a
// page of the CLI's own), then one set of site facts.
import type { BrowserContext, Page } from 'playwright-core';
import type { Facts } from '../engine/facts';
import { PhaseTimer } from '../engine/timings';
import { readKeyPages, type SiteProgress } from '../site/read-site';
import { addAccessibility, AXE_TIMEOUT_MS } from './axe-page';
import { cliPageSource } from './key-pages';
import { runScanner, SCAN_TIMEOUT_MS } from './scan-page';

export interface PageAuditSources {
  scanner: string;
  axe: string;
  reader: string;
}

export interface PageAuditOptions {
  /** Key pages to read besides this one. */
  pages: number;
  axe: boolean;
  timings?: PhaseTimer;
  /** The audit's own deadline: when it aborts, the audit fails. */
  signal?: AbortSignal;
  /** Time the caller has left; key pages stop short of it, axe gets what is left less a second. */
  timeLeftMs?: () => number;
  onProgress?: (progress: SiteProgress) => void;
  /** Told when the scan is done and the rest begins. */
  onStage?: (stage: 'scan' | 'axe and key pages') => void;
}

/** Key pages stop being read this long before the audit's time runs out, so the report still gets written. */
const KEY_PAGES_RESERVE_MS = 1500;

export async function auditLoadedPage(page: Page, context: BrowserContext, sources: PageAuditSources, options: PageAuditOptions): Promise<Facts> {
  const timings = options.timings ?? new PhaseTimer();
  const timeLeft = options.timeLeftMs ?? (() => Infinity);
  options.onStage?.('scan');
  const { facts: start } = await timings.time('scan', () => runScanner(page, sources.scanner, SCAN_TIMEOUT_MS, options.signal));
  options.onStage?.('axe and key pages');
  const accessibility = options.axe
    ? timings.time('axe', () => addAccessibility(page, sources.axe, start, options.signal, Math.min(AXE_TIMEOUT_MS, timeLeft() - 1000)))
    : Promise.resolve();
  const site = await timings.time('keyPages', () => readSite(start, page, context, sources.reader, options, timeLeft));
  await accessibility;
  // The site facts were merged while axe may still have been running: its slice and errors are the start page's.
  return { ...site, ...(start.accessibility ? { accessibility: start.accessibility } : {}), errors: start.errors };
}

async function readSite(start: Facts, page: Page, context: BrowserContext, reader: string, options: PageAuditOptions, timeLeft: () => number): Promise<Facts> {
  const source = await cliPageSource(page, context, reader);
  const stop = new AbortController();
  const left = timeLeft();
  const timer = Number.isFinite(left) ? setTimeout(() => stop.abort(), Math.max(0, left - KEY_PAGES_RESERVE_MS)) : undefined;
  try {
    return await readKeyPages(start, { max: options.pages, source, signal: stop.signal, onProgress: options.onProgress });
  } finally {
    clearTimeout(timer);
    await source.close();
  }
}
