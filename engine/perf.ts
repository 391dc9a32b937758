// Page weight and requests read from the Performance API in the live page (collectors/perf.ts).
import { z } from 'zod';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

const count = z.number().int().nonnegative();
const bytes = z.number().finite().nonnegative();

export function perfSchema(mode: SchemaMode) {
  const resource = z.object({
    url: text(LIMITS.evidenceUrl, mode),
    host: text(LIMITS.host, mode),
    /** Bytes over the wire (transferSize), or the decoded size when the browser served it from cache. */
    bytes,
    /** initiatorType: img, script, css, link, fetch, … */
    type: text(LIMITS.resourceType, mode),
  });
  return z.object({
    /** Requests: the document and every resource timing entry. */
    requests: count,
    /** Sum of the sizes the browser reports. A lower bound: see `unknownSize`. */
    knownBytes: bytes,
    /** Cross-origin resources without Timing-Allow-Origin report no size; they are counted here, never as 0 bytes. */
    unknownSize: count,
    thirdParty: z.object({
      requests: count,
      knownBytes: bytes,
      unknownSize: count,
      /** The third-party hosts with most requests, most first. */
      hosts: list(z.object({ host: text(LIMITS.host, mode), requests: count, knownBytes: bytes }), LIMITS.thirdPartyHosts, mode),
    }),
    heaviest: list(resource, LIMITS.heavyResources, mode),
    renderBlocking: list(resource, LIMITS.renderBlocking, mode),
    /** How render-blocking was judged: Chromium's renderBlockingStatus, or sync scripts and stylesheets in <head>. */
    renderBlockingSource: z.enum(['browser', 'dom']),
    /** Number of render-blocking resources (the list above is capped). */
    renderBlockingCount: count,
  });
}
export const PerfSchema = perfSchema('strict');
export type PerfFacts = z.infer<typeof PerfSchema>;
export type PerfResource = PerfFacts['heaviest'][number];
