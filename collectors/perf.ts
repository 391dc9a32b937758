// Page weight, requests, third parties, the heaviest and the render-blocking files, read from the
// Performance API of the live page. Runs only in a browser, after load.
import { clip, LIMITS } from '../engine/limits';
import type { PerfFacts, PerfResource } from '../engine/perf';
import { siteOf, toUrl } from './page-index';

/** A hostile page can hold any number of entries; the browser's buffer keeps 250 unless the page raises it. */
const MAX_ENTRIES = 5000;

type Entry = PerformanceResourceTiming & { renderBlockingStatus?: string };

/**
 * Bytes the resource cost, or null when the browser will not say: a cross-origin response without
 * Timing-Allow-Origin reports every size as 0, which must not read as a free file. A cache hit
 * transfers nothing now but its body is what a first visit downloads.
 */
export function entryBytes(entry: Pick<PerformanceResourceTiming, 'transferSize' | 'encodedBodySize'>): number | null {
  if (entry.transferSize > 0) return entry.transferSize;
  if (entry.encodedBodySize > 0) return entry.encodedBodySize;
  return null;
}

export function collectPerf(win: Window, doc: Document): PerfFacts {
  const perf = win.performance;
  const nav = perf.getEntriesByType('navigation')[0] as Entry | undefined;
  const loadEnd = (nav as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
  const loaded = loadEnd > 0 ? loadEnd : Infinity;
  // Background requests made after load are not what the page costs to show: they include the
  // key pages Polku itself fetched through this tab on an earlier audit (a rescan would count them).
  const background = (e: Entry) => (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'beacon') && e.startTime > loaded;
  const entries = (perf.getEntriesByType('resource') as Entry[]).slice(0, MAX_ENTRIES).filter((e) => !background(e));
  const all = nav ? [nav, ...entries] : entries;
  const pageSite = siteOf(win.location.hostname);
  let knownBytes = 0;
  let unknownSize = 0;
  const third = { requests: 0, knownBytes: 0, unknownSize: 0 };
  const hosts = new Map<string, { host: string; requests: number; knownBytes: number }>();
  const sized: PerfResource[] = [];
  for (const entry of all) {
    const url = toUrl(entry.name, null);
    const host = url?.hostname ?? '';
    const bytes = entryBytes(entry);
    const type = entry === nav ? 'document' : entry.initiatorType || 'other';
    if (bytes === null) unknownSize++;
    else {
      knownBytes += bytes;
      sized.push(resource(entry.name, host, bytes, type));
    }
    if (!host || siteOf(host) === pageSite) continue;
    third.requests++;
    if (bytes === null) third.unknownSize++;
    else third.knownBytes += bytes;
    const row = hosts.get(host) ?? { host: clip(host, LIMITS.host), requests: 0, knownBytes: 0 };
    row.requests++;
    row.knownBytes += bytes ?? 0;
    hosts.set(host, row);
  }
  const blocking = renderBlocking(entries, doc);
  return {
    requests: all.length,
    knownBytes,
    unknownSize,
    thirdParty: {
      ...third,
      hosts: [...hosts.values()].sort((a, b) => b.requests - a.requests || b.knownBytes - a.knownBytes).slice(0, LIMITS.thirdPartyHosts),
    },
    heaviest: sized.sort((a, b) => b.bytes - a.bytes).slice(0, LIMITS.heavyResources),
    renderBlocking: blocking.list.slice(0, LIMITS.renderBlocking),
    renderBlockingSource: blocking.source,
    renderBlockingCount: blocking.list.length,
  };
}

function resource(name: string, host: string, bytes: number, type: string): PerfResource {
  return { url: clip(name, LIMITS.evidenceUrl), host: clip(host, LIMITS.host), bytes, type: clip(type, LIMITS.resourceType) };
}

/**
 * Chromium marks each entry with renderBlockingStatus; elsewhere the resources that block the first
 * paint are judged from the markup: synchronous scripts and stylesheets for all media in <head>.
 */
function renderBlocking(entries: Entry[], doc: Document): { source: PerfFacts['renderBlockingSource']; list: PerfResource[] } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const sizeOf = (name: string) => {
    const entry = byName.get(name);
    return entry ? entryBytes(entry) ?? 0 : 0;
  };
  const describe = (name: string, type: string) => resource(name, toUrl(name, null)?.hostname ?? '', sizeOf(name), type);
  if (entries.some((e) => typeof e.renderBlockingStatus === 'string')) {
    return { source: 'browser', list: entries.filter((e) => e.renderBlockingStatus === 'blocking').map((e) => describe(e.name, e.initiatorType || 'other')) };
  }
  const head = doc.head;
  if (!head) return { source: 'dom', list: [] };
  const list: PerfResource[] = [];
  const base = toUrl(doc.baseURI, null);
  for (const el of [...head.querySelectorAll('script[src], link[rel~="stylesheet" i][href]')].slice(0, 200)) {
    if (el.localName === 'script') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (el.hasAttribute('async') || el.hasAttribute('defer') || type === 'module') continue;
      if (type && !/javascript|ecmascript/.test(type)) continue;
    } else {
      const media = (el.getAttribute('media') ?? 'all').trim().toLowerCase();
      if (media !== 'all' && media !== 'screen' && media !== '' && !safeMatches(doc, media)) continue;
    }
    const url = toUrl(el.getAttribute(el.localName === 'script' ? 'src' : 'href') ?? '', base)?.href;
    if (url) list.push(describe(url, el.localName === 'script' ? 'script' : 'link'));
  }
  return { source: 'dom', list };
}

/** A stylesheet whose media query does not match now (print, a wide screen) does not block the first paint. */
function safeMatches(doc: Document, media: string): boolean {
  try {
    return doc.defaultView?.matchMedia(media).matches ?? true;
  } catch {
    return true;
  }
}
