// The facts a scan returns from the page. A hostile page shapes them, so they are parsed
// with these schemas where they cross into the extension (engine/parse-facts.ts).
import { z } from 'zod';
import { accessibilityFactsSchema } from './accessibility';
import { AssetIdSchema, detectionSchema, NONE, type AssetId, type Detection } from './assets';
import { LighthouseFactsSchema } from './lighthouse';
import { LIMITS } from './limits';
import { formsSchema } from './forms';
import { mobileSchema } from './mobile';
import { perfSchema } from './perf';
import { list, text, type SchemaMode } from './schema-kit';
import { siteFactsSchema } from './site';
import { siteSignalsSchema } from './signals';

export function pageFactsSchema(mode: SchemaMode) {
  return z.object({
    url: text(LIMITS.url, mode),
    https: z.boolean(),
    /** document.contentType: the PDF viewer and raw files are not pages to audit. */
    contentType: text(LIMITS.contentType, mode),
    title: text(LIMITS.title, mode),
    description: text(LIMITS.description, mode).nullable(),
    h1: list(text(LIMITS.h1, mode), LIMITS.h1Count, mode),
    lang: text(LIMITS.lang, mode).nullable(),
    viewport: text(LIMITS.viewport, mode).nullable(),
  });
}
export const PageFactsSchema = pageFactsSchema('strict');
export type PageFacts = z.infer<typeof PageFactsSchema>;

const metric = z.number().finite().nonnegative().nullable();
export const VitalsSchema = z.object({
  lcp: metric, // ms
  cls: metric, // unitless
  fcp: metric, // ms
  ttfb: metric, // ms
  /** ms; null when the visitor has not interacted yet (normal), absent in scans saved before it was read. */
  inp: metric.optional(),
});
export type Vitals = z.infer<typeof VitalsSchema>;

export function toolFactsSchema(mode: SchemaMode) {
  // payments: processors and pay-later tools by script (absent in scans made before it was read).
  return z.object({ emailMarketing: detectionSchema(mode), payments: detectionSchema(mode).optional() });
}
export const ToolFactsSchema = toolFactsSchema('strict');
export type ToolFacts = z.infer<typeof ToolFactsSchema>;

export function collectorErrorSchema(mode: SchemaMode) {
  return z.object({
    collector: text(LIMITS.errorStep, mode),
    message: text(LIMITS.errorMessage, mode),
  });
}
export const CollectorErrorSchema = collectorErrorSchema('strict');

/** Why a scan stopped before reading everything: its time ran out, the page had more nodes than
 *  the walk reads, or its caller went away (the popup closed or gave up). */
export const STOP_REASONS = ['time', 'nodes', 'cancelled'] as const;

export function scanInfoSchema(mode: SchemaMode) {
  return z.object({
    /** Time the scan took in the page, in ms. */
    ms: z.number().finite().nonnegative(),
    stoppedBy: z.enum(STOP_REASONS).nullable(),
    /** The page held more than the walk read (nodes or text past the budget). */
    truncated: z.boolean(),
    /** Steps that never ran because the budget was spent. */
    skipped: list(text(LIMITS.errorStep, mode), LIMITS.skipped, mode),
    /** The document had not finished loading when it was read. */
    loading: z.boolean(),
    /** Characters of visible text read: next to none on a page that only its scripts fill. */
    textChars: z.number().int().nonnegative().optional(),
    timings: list(z.object({ step: text(LIMITS.errorStep, mode), ms: z.number().finite().nonnegative() }), LIMITS.timings, mode),
  });
}
export const ScanInfoSchema = scanInfoSchema('strict');
export type ScanInfo = z.infer<typeof ScanInfoSchema>;

export function factsSchema(mode: SchemaMode) {
  return z.object({
    page: pageFactsSchema(mode).optional(),
    assets: z.partialRecord(AssetIdSchema, detectionSchema(mode)),
    vitals: VitalsSchema.optional(),
    tools: toolFactsSchema(mode).optional(),
    /** Speed and mobile layout: read in the live page only. Forms: from the DOM. */
    perf: perfSchema(mode).optional(),
    mobile: mobileSchema(mode).optional(),
    forms: formsSchema(mode).optional(),
    /** What kind of business the page belongs to and whom it addresses (engine/signals.ts). */
    signals: siteSignalsSchema(mode).optional(),
    errors: list(collectorErrorSchema(mode), LIMITS.errors, mode),
    scannedAt: z.number(),
    /** Absent in scans saved before the scan had a budget. */
    scan: scanInfoSchema(mode).optional(),
    /** The pages a site audit read; absent on a single-page scan. */
    site: siteFactsSchema(mode).optional(),
    /** Added by `polku --lighthouse` after the scan; absent when Lighthouse did not run. */
    lighthouse: LighthouseFactsSchema.optional(),
    /** axe-core's findings; a run of its own after the scan (engine/accessibility.ts). */
    accessibility: accessibilityFactsSchema(mode).optional(),
  });
}
/** What collectors must produce, exactly. */
export const FactsSchema = factsSchema('strict');
export type Facts = z.infer<typeof FactsSchema>;
export type CollectorError = z.infer<typeof CollectorErrorSchema>;

/** A rule's view of one asset; the engine has already checked that the slice was collected. */
export function detectionOf(facts: Facts, id: AssetId): Detection {
  return facts.assets[id] ?? NONE;
}
