// The facts a scan returns from the page. A hostile page shapes them, so they are parsed
// with these schemas where they cross into the extension.
import { z } from 'zod';
import { AssetIdSchema, DetectionSchema, NONE, type AssetId, type Detection } from './assets';

export const PageFactsSchema = z.object({
  url: z.string().max(4096),
  https: z.boolean(),
  /** document.contentType: the PDF viewer and raw files are not pages to audit. */
  contentType: z.string().max(100),
  title: z.string().max(500),
  description: z.string().max(1000).nullable(),
  h1: z.array(z.string().max(300)).max(20),
  lang: z.string().max(40).nullable(),
  viewport: z.string().max(300).nullable(),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

const metric = z.number().finite().nonnegative().nullable();
export const VitalsSchema = z.object({
  lcp: metric, // ms
  cls: metric, // unitless
  fcp: metric, // ms
  ttfb: metric, // ms
});
export type Vitals = z.infer<typeof VitalsSchema>;

export const ToolFactsSchema = z.object({
  emailMarketing: DetectionSchema,
});
export type ToolFacts = z.infer<typeof ToolFactsSchema>;

export const CollectorErrorSchema = z.object({
  collector: z.string().max(60),
  message: z.string().max(500),
});

export const FactsSchema = z.object({
  page: PageFactsSchema.optional(),
  assets: z.partialRecord(AssetIdSchema, DetectionSchema),
  vitals: VitalsSchema.optional(),
  tools: ToolFactsSchema.optional(),
  errors: z.array(CollectorErrorSchema).max(100),
  scannedAt: z.number(),
});
export type Facts = z.infer<typeof FactsSchema>;
export type CollectorError = z.infer<typeof CollectorErrorSchema>;

/** A rule's view of one asset; the engine has already checked that the slice was collected. */
export function detectionOf(facts: Facts, id: AssetId): Detection {
  return facts.assets[id] ?? NONE;
}
