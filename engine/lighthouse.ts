// The facts a Lighthouse run adds (`polku --lighthouse`; never the extension, where Lighthouse
// cannot run). The CLI builds this slice from Lighthouse's report, not from the page, so the page
// cannot forge it: parseFacts drops any `lighthouse` key a scan returns.
import { z } from 'zod';

export const LIGHTHOUSE_PRESETS = ['mobile', 'desktop'] as const;
export type LighthousePreset = (typeof LIGHTHOUSE_PRESETS)[number];

/** Lighthouse's categories as Polku names them; `bestPractices` is Lighthouse's `best-practices`. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'seo', 'bestPractices'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

const score = z.number().int().min(0).max(100).nullable();
const metric = z.number().finite().nonnegative().nullable();

/** How Lighthouse slowed the load down, as its report states it (not what we asked for). */
export const ThrottlingSchema = z.object({
  /** simulate: Lantern models a slow network and CPU from a fast load; devtools: applied live; provided: none. */
  method: z.enum(['simulate', 'devtools', 'provided']),
  rttMs: z.number().finite().nonnegative(),
  throughputKbps: z.number().finite().nonnegative(),
  cpuSlowdown: z.number().finite().nonnegative(),
});

const common = {
  preset: z.enum(LIGHTHOUSE_PRESETS),
  /** Wall time of the run, including loading Lighthouse. */
  ms: z.number().finite().nonnegative(),
};

export const LighthouseFactsSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    ...common,
    version: z.string().max(40),
    throttling: ThrottlingSchema,
    /** 0–100 as Lighthouse shows them; null when Lighthouse could not score the category. */
    scores: z.object({ performance: score, accessibility: score, seo: score, bestPractices: score }),
    /** Lab metrics of the throttled load: ms, CLS unitless. */
    metrics: z.object({ lcp: metric, tbt: metric, cls: metric, speedIndex: metric, fcp: metric }),
  }),
  z.object({
    status: z.literal('failed'),
    ...common,
    /** In English, for logs and the JSON report. */
    reason: z.string().max(500),
    /** The same reason as a message id and its data, for the user's language (i18n/cli-errors.ts `lh_*`). */
    reasonId: z.enum(['notHttp', 'noTime', 'timeout', 'error']).optional(),
    reasonData: z.record(z.string().max(40), z.union([z.string().max(500), z.number()])).optional(),
  }),
]);
export type LighthouseFacts = z.infer<typeof LighthouseFactsSchema>;
