// Reads what a scan returned, as the extension and the CLI receive it. Values are clipped to the
// limits and each slice is parsed on its own: a slice that is malformed is dropped and named in
// `errors`, so the stages it feeds show as incomplete instead of the whole audit failing.
import { z } from 'zod';
import { ASSET_IDS, detectionSchema, type AssetId, type Detection } from './assets';
import { collectorErrorSchema, pageFactsSchema, scanInfoSchema, toolFactsSchema, VitalsSchema, type CollectorError, type Facts } from './facts';
import { formsSchema } from './forms';
import { LIMITS } from './limits';
import { mobileSchema } from './mobile';
import { perfSchema } from './perf';
import { list } from './schema-kit';

const Envelope = z.object({
  scannedAt: z.number().finite(),
  errors: z.unknown().optional(),
  page: z.unknown().optional(),
  assets: z.record(z.string(), z.unknown()).catch({}),
  vitals: z.unknown().optional(),
  tools: z.unknown().optional(),
  perf: z.unknown().optional(),
  mobile: z.unknown().optional(),
  forms: z.unknown().optional(),
  scan: z.unknown().optional(),
});

const lenient = {
  page: pageFactsSchema('lenient'),
  detection: detectionSchema('lenient'),
  tools: toolFactsSchema('lenient'),
  scan: scanInfoSchema('lenient'),
  perf: perfSchema('lenient'),
  mobile: mobileSchema('lenient'),
  forms: formsSchema('lenient'),
  errors: list(collectorErrorSchema('lenient'), LIMITS.errors, 'lenient'),
};

export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; problem: string };

export function parseFacts(raw: unknown): ParsedFacts {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problem: envelope.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'facts'}: ${i.message}`).join('; ') };
  const value = envelope.data;
  const errors: CollectorError[] = lenient.errors.safeParse(value.errors ?? []).data ?? [];
  const dropped = (slice: string) => errors.push({ collector: slice, message: 'the scan returned malformed data; it was left out' });
  const optional = <T>(slice: string, input: unknown, schema: z.ZodType<T>): T | undefined => {
    if (input === undefined) return undefined;
    const parsed = schema.safeParse(input);
    if (!parsed.success) dropped(slice);
    return parsed.data;
  };
  const assets: Partial<Record<AssetId, Detection>> = {};
  for (const id of ASSET_IDS) {
    if (value.assets[id] === undefined) continue;
    const parsed = lenient.detection.safeParse(value.assets[id]);
    if (parsed.success) assets[id] = parsed.data;
    else dropped(id);
  }
  const facts: Facts = {
    page: optional('page', value.page, lenient.page),
    assets,
    vitals: optional('vitals', value.vitals, VitalsSchema),
    tools: optional('tools', value.tools, lenient.tools),
    perf: optional('perf', value.perf, lenient.perf),
    mobile: optional('mobile', value.mobile, lenient.mobile),
    forms: optional('forms', value.forms, lenient.forms),
    errors: errors.slice(0, LIMITS.errors),
    scannedAt: value.scannedAt,
    scan: optional('scan', value.scan, lenient.scan),
  };
  return { ok: true, facts };
}
