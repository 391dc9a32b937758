// Reads what a scan returned, as the extension and the CLI receive it. Values are clipped to the
// limits and each slice is parsed on its own: a slice that is malformed is dropped and named in
// `errors`, so the stages it feeds show as incomplete instead of the whole audit failing.
import { z } from 'zod';
import { accessibilityFactsSchema } from './accessibility';
import { ASSET_IDS, detectionSchema, type AssetId, type Detection } from './assets';
import { collectorErrorSchema, pageFactsSchema, scanInfoSchema, toolFactsSchema, VitalsSchema, type CollectorError, type Facts } from './facts';
import { formsSchema } from './forms';
import { LIMITS } from './limits';
import { siteFactsSchema } from './site';
import { siteSignalsSchema } from './signals';
import { mobileSchema } from './mobile';
import { perfSchema } from './perf';
import { list } from './schema-kit';

/** Every optional slice of the facts and how it is read; a slice missing here would be dropped. */
export const SLICES = {
  page: pageFactsSchema('lenient'),
  vitals: VitalsSchema,
  tools: toolFactsSchema('lenient'),
  scan: scanInfoSchema('lenient'),
  site: siteFactsSchema('lenient'),
  accessibility: accessibilityFactsSchema('lenient'),
  perf: perfSchema('lenient'),
  mobile: mobileSchema('lenient'),
  forms: formsSchema('lenient'),
  signals: siteSignalsSchema('lenient'),
} satisfies { [K in keyof Facts]?: z.ZodType };

const Envelope = z.looseObject({
  scannedAt: z.number().finite(),
  errors: z.unknown().optional(),
  assets: z.record(z.string(), z.unknown()).catch({}),
});

const lenient = {
  detection: detectionSchema('lenient'),
  errors: list(collectorErrorSchema('lenient'), LIMITS.errors, 'lenient'),
};

export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; problem: string };

export function parseFacts(raw: unknown): ParsedFacts {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problem: envelope.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'facts'}: ${i.message}`).join('; ') };
  const value = envelope.data;
  const errors: CollectorError[] = lenient.errors.safeParse(value.errors ?? []).data ?? [];
  const dropped = (slice: string) => errors.push({ collector: slice, message: 'the scan returned malformed data; it was left out' });
  const assets: Partial<Record<AssetId, Detection>> = {};
  for (const id of ASSET_IDS) {
    if (value.assets[id] === undefined) continue;
    const parsed = lenient.detection.safeParse(value.assets[id]);
    if (parsed.success) assets[id] = parsed.data;
    else dropped(id);
  }
  const slices: Record<string, unknown> = {};
  for (const [slice, schema] of Object.entries(SLICES)) {
    const input = (value as Record<string, unknown>)[slice];
    if (input === undefined) continue;
    const parsed = (schema as z.ZodType).safeParse(input);
    if (parsed.success) slices[slice] = parsed.data;
    else dropped(slice);
  }
  const facts: Facts = { ...(slices as Partial<Facts>), assets, errors: errors.slice(0, LIMITS.errors), scannedAt: value.scannedAt };
  return { ok: true, facts };
}
