// The report's content, worked out once and laid out by each format (HTML through React, Markdown,
// CSV): every format says the same things in the same order.
import type { Evidence } from '../engine/assets';
import { DEFAULT_CONFIG, FOUNDATION_GROUPS, type FoundationGroup, type StageId } from '../engine/config';
import type { ReportJson } from '../engine/report-json';
import { pageOutcome, ROLE_NAMES } from '../i18n/site';
import { points, scanTime } from '../i18n/translate';
import { rt } from '../i18n/report';
import { kindName, kindWhy } from '../i18n/site-kind';

export interface CoverRow {
  label: string;
  value: string;
}

export function coverRows(report: ReportJson): CoverRow[] {
  const locale = report.locale;
  const kind = report.siteKind;
  const kindText = `${kindName(locale, kind.id)} (${kindWhy(locale, kind)})`;
  const { kind: device, width, height } = report.device;
  return [
    { label: rt(locale, 'scanned'), value: scanTime(locale, Date.parse(report.scannedAt)) },
    { label: rt(locale, 'siteKind'), value: kindText },
    { label: rt(locale, 'device'), value: rt(locale, device === 'mobile' ? 'device_mobile' : 'device_desktop', { width, height }) },
  ];
}

export interface PainItem {
  rule: string;
  stage: StageId;
  stageName: string;
  outcome: 'fail' | 'review' | 'error';
  title: string;
  /** Empty when the point does not weigh (a check to make by hand, or one that could not run). */
  cost: string;
  outcomeText: string;
  message: string;
  /** Only for points not met: a review or an error has nothing to fix yet. */
  fix: string | null;
  evidence: Evidence[];
}

/** How many pieces of evidence a pain point shows: enough to find them, few enough to read. */
export const EVIDENCE_SHOWN = 5;

export function painItems(report: ReportJson): PainItem[] {
  const locale = report.locale;
  const stageName = new Map(report.stages.map((s) => [s.id, s.name]));
  return report.painPoints.map((p): PainItem => {
    const finding = report.findings.find((f) => f.rule === p.rule && f.stage === p.stage);
    const name = stageName.get(p.stage) ?? p.stage;
    return {
      rule: p.rule,
      stage: p.stage,
      stageName: name,
      outcome: p.outcome,
      title: p.title,
      cost: p.overallCost > 0 ? rt(locale, 'cost', { cost: points(locale, p.overallCost), stage: name, stageCost: p.cost }) : '',
      outcomeText: rt(locale, `outcome_${p.outcome}`),
      message: p.message,
      fix: p.outcome === 'fail' ? p.fix : null,
      evidence: (finding?.evidence ?? []).slice(0, EVIDENCE_SHOWN),
    };
  });
}

export interface FoundationGroupItem {
  id: FoundationGroup;
  name: string;
  score: number | null;
  checks: { title: string; outcome: string; outcomeId: string; message: string }[];
}

/** The foundation's parts with the checks behind each score. */
export function foundationGroups(report: ReportJson): FoundationGroupItem[] {
  const stage = report.stages.find((s) => s.id === 'foundation');
  if (!stage) return [];
  const groupOf = new Map(DEFAULT_CONFIG.foundation.rules.map((r) => [r.id, r.group]));
  return FOUNDATION_GROUPS.flatMap((id) => {
    const group = stage.groups.find((g) => g.id === id);
    if (!group) return [];
    const checks = report.findings
      // A check that does not apply (Lighthouse when it did not run) is noise in a client's document.
      .filter((f) => f.stage === 'foundation' && groupOf.get(f.rule) === id && f.outcome !== 'na')
      .map((f) => ({ title: f.title, outcome: rt(report.locale, `outcome_${f.outcome}`), outcomeId: f.outcome, message: f.message }));
    return [{ id, name: group.name, score: group.score, checks }];
  });
}

export interface PageRow {
  role: string;
  url: string;
  outcome: string;
}

export function pageRows(report: ReportJson): PageRow[] {
  return report.pages.map((page) => ({ role: ROLE_NAMES[page.role][report.locale], url: page.finalUrl ?? page.url, outcome: pageOutcome(page, report.locale) }));
}

/** Where a piece of evidence was found, when not on the audited page itself. */
export function evidencePage(report: ReportJson, evidence: Evidence): string | null {
  return evidence.page && evidence.page !== report.url ? evidence.page : null;
}
