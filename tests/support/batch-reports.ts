// Hand-built audit reports for the batch tests: only what the batch reads (url, overall, stage scores,
// completeness) varies; the rest is the smallest valid report.
import { STAGE_IDS, type StageId } from '../../engine/config';
import type { ReportJson } from '../../engine/report-json';
import { STAGE_NAMES } from '../../i18n/ui';

export function batchReport(url: string, overall: number | null, scores: Partial<Record<StageId, number | null>> = {}, complete = true): ReportJson {
  return {
    tool: { name: 'polku', version: '0.0.0-test' }, url, scannedAt: new Date(0).toISOString(), locale: 'en', overall, complete,
    siteKind: { id: 'shop', inferred: 'shop', name: 'Shop', confidence: 0, reasons: [], assetsNotApplicable: [] },
    stages: STAGE_IDS.map((id) => ({ id, name: STAGE_NAMES[id].en, score: scores[id] ?? null, unchecked: [], groups: [] })),
    painPoints: [], findings: [], assets: {} as ReportJson['assets'], page: null, vitals: null, perf: null, mobile: null, forms: null,
    errors: [], scan: null, pages: [], lighthouse: null, accessibility: null,
    device: { kind: 'mobile', width: 390, height: 844 },
    timings: { totalMs: 0, phases: { scan: 0, keyPages: null, axe: null, rules: 0, lighthouse: null }, collectors: {} },
  };
}
