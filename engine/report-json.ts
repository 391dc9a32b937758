// The stable JSON report (`polku --json`): facts, stage scores and findings with both message ids
// and rendered text. The schema is the contract; tests validate every report against it.
import { z } from 'zod';
import { ASSET_IDS, AssetIdSchema, DetectionSchema, NONE, type AssetId, type Detection } from './assets';
import type { Report } from './audit';
import { FOUNDATION_GROUPS, STAGE_IDS, type FoundationGroup } from './config';
import { AccessibilityFactsSchema } from './accessibility';
import { CollectorErrorSchema, PageFactsSchema, ScanInfoSchema, VitalsSchema, type Facts } from './facts';
import { LighthouseFactsSchema } from './lighthouse';
import { FormFactsSchema } from './forms';
import { MobileSchema } from './mobile';
import { PerfSchema } from './perf';
import { LOCALES, type Finding, type Locale } from './rule';
import { PageRecordSchema } from './site';
import { SITE_KINDS } from './site-kind';
import { TimingsSchema } from './timings';

const score100 = z.number().int().min(0).max(100).nullable();
const TextSchema = z.string();

export const FindingJsonSchema = z.object({
  rule: z.string(),
  stage: z.enum(STAGE_IDS),
  outcome: z.enum(['pass', 'fail', 'review', 'na', 'error']),
  /** 0–1 for pass and fail, null when the finding does not weigh. */
  score: z.number().min(0).max(1).nullable(),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  title: TextSchema,
  message: TextSchema,
  fix: TextSchema,
  evidence: DetectionSchema.shape.evidence,
});

export const PainPointJsonSchema = z.object({
  rule: z.string(),
  stage: z.enum(STAGE_IDS),
  outcome: z.enum(['fail', 'review', 'error']),
  /** Points the stage loses to it. */
  cost: z.number().int().min(0).max(100),
  /** Points the overall score loses to it (one decimal): what ranks the list, and the cost shown. */
  overallCost: z.number().min(0).max(100),
  title: TextSchema,
  message: TextSchema,
  fix: TextSchema,
});

/** The kind of site judged (`id`), the one Polku inferred (`inferred`; equal unless the user chose another) and why. */
export const SiteKindJsonSchema = z.object({
  id: z.enum(SITE_KINDS),
  inferred: z.enum(SITE_KINDS),
  name: TextSchema,
  /** 0–1: how clearly the facts point to the inferred kind (0: nothing clear, the default kind). */
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.object({ messageId: z.string(), data: z.record(z.string(), z.union([z.string(), z.number()])), text: TextSchema })),
  /** Assets this kind of site is not judged on (and not judged by any check that applies): listed as not applicable. */
  assetsNotApplicable: z.array(AssetIdSchema),
});

/** The device the page was audited as (CSS px). */
export const DeviceSchema = z.object({ kind: z.enum(['mobile', 'desktop']), width: z.number().int().positive(), height: z.number().int().positive() });
export type Device = z.infer<typeof DeviceSchema>;

export const ReportJsonSchema = z.object({
  tool: z.object({ name: z.literal('polku'), version: z.string() }),
  url: z.string(),
  scannedAt: z.string(),
  locale: z.enum(LOCALES),
  overall: score100,
  siteKind: SiteKindJsonSchema,
  /** False when a step failed or the scan stopped early: scores then count unchecked items as not met. */
  complete: z.boolean(),
  stages: z.array(
    z.object({
      id: z.enum(STAGE_IDS),
      name: TextSchema,
      score: score100,
      unchecked: z.array(z.string()),
      /** The stage's parts with scores of their own: the foundation's speed, mobile, accessibility, security, measurement. */
      groups: z.array(z.object({ id: z.enum(FOUNDATION_GROUPS), name: TextSchema, score: score100 })),
    }),
  ),
  painPoints: z.array(PainPointJsonSchema),
  findings: z.array(FindingJsonSchema),
  /** Every asset id of JOURNEY.md, `present: "none"` when not found. */
  assets: z.record(AssetIdSchema, DetectionSchema),
  page: PageFactsSchema.nullable(),
  vitals: VitalsSchema.nullable(),
  /** Page weight, requests, third parties, heaviest and render-blocking files; null outside a live page. */
  perf: PerfSchema.nullable(),
  /** Viewport, sideways scrolling, tap targets and small text as measured; null outside a live page. */
  mobile: MobileSchema.nullable(),
  /** Each form read and what it asks of a visitor; null when not collected. */
  forms: z.array(FormFactsSchema).nullable(),
  errors: z.array(CollectorErrorSchema),
  /** How the scan went: time, whether and why it stopped early, steps skipped, per-step timings. */
  scan: ScanInfoSchema.nullable(),
  /** The pages the audit read or tried: the audited page first, then the key pages. */
  pages: z.array(PageRecordSchema),
  /** Lighthouse's scores and lab metrics (`--lighthouse`), or why it failed; null when it did not run. */
  lighthouse: LighthouseFactsSchema.nullable(),
  device: DeviceSchema,
  /** Where the time went: the whole audit, each phase, each collector. */
  timings: TimingsSchema,
  /** axe-core's WCAG 2.x A/AA results: violations per (rule, stage) with counts and first selectors, rules passed,
   *  undecided and not run; `null` when the check did not run (then its error is in `errors`). */
  accessibility: AccessibilityFactsSchema.nullable(),
});
export type ReportJson = z.infer<typeof ReportJsonSchema>;
/** What the engine knows; the CLI adds how it ran (device, timings). */
export type ReportBody = Omit<ReportJson, 'device' | 'timings'>;

export interface Renderer {
  message(id: string, data?: Record<string, string | number | undefined>): string;
  /** A finding's heading: the goal for a pass, what was found for a finding not met. */
  title(finding: Pick<Finding, 'ruleId' | 'outcome' | 'messageId'>): string;
  stageName(id: (typeof STAGE_IDS)[number]): string;
  groupName(id: FoundationGroup): string;
}

export function toReportJson(facts: Facts, report: Report, locale: Locale, render: Renderer, version: string): ReportBody {
  const fix = (rule: string) => render.message(`${rule}#fix`);
  const cleanData = (data: Record<string, string | number | undefined>) =>
    Object.fromEntries(Object.entries(data).filter((e): e is [string, string | number] => e[1] !== undefined));
  const assets = Object.fromEntries(ASSET_IDS.map((id): [AssetId, Detection] => [id, facts.assets[id] ?? NONE])) as Record<AssetId, Detection>;
  return {
    tool: { name: 'polku', version },
    url: report.url ?? '',
    scannedAt: new Date(report.scannedAt).toISOString(),
    locale,
    overall: report.overall,
    siteKind: {
      id: report.siteKind.id,
      inferred: report.siteKind.inferred,
      name: render.message(`kind/name_${report.siteKind.id}`),
      confidence: report.siteKind.confidence,
      reasons: report.siteKind.reasons.map((r) => ({ messageId: r.messageId, data: cleanData(r.data), text: render.message(r.messageId, r.data) })),
      assetsNotApplicable: [...new Set(report.stages.flatMap((s) => s.assets.filter((a) => !a.applies).map((a) => a.id)))],
    },
    complete: !report.incomplete,
    stages: report.stages.map((s) => ({
      id: s.id,
      name: render.stageName(s.id),
      score: s.score,
      unchecked: s.unchecked,
      groups: s.groups.map((g) => ({ id: g.id, name: render.groupName(g.id), score: g.score })),
    })),
    painPoints: report.painPoints.map((p) => ({
      rule: p.finding.ruleId,
      stage: p.stage,
      outcome: p.finding.outcome as 'fail' | 'review' | 'error',
      cost: p.cost,
      overallCost: Math.round(p.overallCost * 10) / 10,
      title: render.title(p.finding),
      message: render.message(p.finding.messageId, p.finding.data),
      fix: fix(p.finding.ruleId),
    })),
    findings: report.stages.flatMap((s) =>
      s.findings.map((f) => ({
        rule: f.ruleId,
        stage: s.id,
        outcome: f.outcome,
        score: f.score,
        messageId: f.messageId,
        data: cleanData(f.data),
        title: render.title(f),
        message: render.message(f.messageId, f.data),
        fix: fix(f.ruleId),
        evidence: f.evidence,
      })),
    ),
    assets,
    page: facts.page ?? null,
    vitals: facts.vitals ?? null,
    perf: facts.perf ?? null,
    mobile: facts.mobile ?? null,
    forms: facts.forms ?? null,
    errors: facts.errors,
    scan: facts.scan ?? null,
    pages: facts.site?.pages ?? [{ url: report.url ?? '', role: 'start', label: '', status: null, read: true, reason: null, ms: Math.round(facts.scan?.ms ?? 0), contributed: [] }],
    lighthouse: facts.lighthouse ?? null,
    accessibility: facts.accessibility ?? null,
  };
}
