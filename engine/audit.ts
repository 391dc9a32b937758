// Facts in, report out. Pure: runs the same in the popup, the CLI and the tests.
import { ASSET_IDS, uniqueEvidence, type AssetId, type Detection } from './assets';
import type { Need } from './rule';
import { DEFAULT_CONFIG, FOUNDATION_GROUPS, KIND_PROFILES, STAGE_IDS, type AuditConfig, type FoundationGroup, type KindProfile, type StageId } from './config';
import type { Facts } from './facts';
import type { Finding, Rule, RuleContext } from './rule';
import { resolveSiteKind, type SiteKind, type SiteKindId } from './site-kind';
import { findingScore, toPercent, weightedMean } from './scoring';

export interface StageReport {
  id: StageId;
  /** 0–100, or null when no rule of the stage applied. */
  score: number | null;
  /** Checks of this stage that could not run; they count as not met, so the score is a floor. */
  unchecked: string[];
  findings: Finding[];
  /** `applies: false`: the kind of site is not judged on the asset (shown as not applicable, not as missing). */
  assets: { id: AssetId; detection: Detection | null; applies: boolean }[];
  /** Scores of the stage's parts (the foundation's speed, mobile, …), in config order. */
  groups: { id: FoundationGroup; score: number | null }[];
}

export interface PainPoint {
  stage: StageId;
  finding: Finding;
  /** Points the stage score loses to this finding (0–100, rounded). */
  cost: number;
  /** Points the overall score loses to this finding (0–100, unrounded): what fixing it would add.
   *  It ranks the list and is the cost shown, so the numbers go down the list. */
  overallCost: number;
}

export interface Report {
  url: string | null;
  scannedAt: number;
  overall: number | null;
  stages: StageReport[];
  painPoints: PainPoint[];
  collectorErrors: Facts['errors'];
  /** Some checks could not run, or the scan stopped early: the scores are floors. */
  incomplete: boolean;
  scan: Facts['scan'] | null;
  /** The kind of site the audit judged, the one inferred and why. */
  siteKind: SiteKind;
}

export function evaluateRule(rule: Rule, facts: Facts, context?: RuleContext): Finding {
  const base = { ruleId: rule.meta.id, data: {}, evidence: [], score: null };
  const missing = missingNeeds(rule, facts);
  if (missing.length > 0) {
    return { ...base, outcome: 'error', messageId: 'engine/missingFacts', data: { facts: missing.join(', ') } };
  }
  try {
    const result = rule.evaluate(facts, context);
    if (!(result.message in rule.meta.messages)) throw new Error(`unknown message key "${result.message}"`);
    const defaultScore = result.outcome === 'pass' ? 1 : result.outcome === 'fail' ? 0 : null;
    const score = result.score === undefined ? defaultScore : clamp01(result.score);
    return {
      ruleId: rule.meta.id,
      outcome: result.outcome,
      messageId: `${rule.meta.id}/${result.message}`,
      data: result.data ?? {},
      evidence: uniqueEvidence(result.evidence ?? []),
      score: result.outcome === 'pass' || result.outcome === 'fail' ? score : null,
    };
  } catch (error) {
    return { ...base, outcome: 'error', messageId: 'engine/ruleCrashed', data: { error: errorText(error) } };
  }
}

export interface AuditOptions {
  /** The kind of site the user chose; absent or null: the inferred kind. */
  kind?: SiteKindId | null;
  profiles?: Record<SiteKindId, KindProfile>;
}

export function runAudit(facts: Facts, rules: readonly Rule[], config: AuditConfig = DEFAULT_CONFIG, options: AuditOptions = {}): Report {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const siteKind = resolveSiteKind(facts, options.kind);
  const profile = (options.profiles ?? KIND_PROFILES)[siteKind.id];
  const context: RuleContext = { kind: siteKind.id };
  const cache = new Map<string, Finding>();
  const findingFor = (id: string): Finding => {
    let finding = cache.get(id);
    if (!finding) {
      const rule = byId.get(id);
      finding = !rule
        ? { ruleId: id, outcome: 'error', messageId: 'engine/unknownRule', data: { rule: id }, evidence: [], score: null }
        : notForKind(rule, facts, profile, siteKind.id) ?? evaluateRule(rule, facts, context);
      cache.set(id, finding);
    }
    return finding;
  };

  // Assets some applicable check is judging: a kind that is not judged on an asset still is where a
  // check of its own applies (a restaurant that sells online is judged on its delivery terms).
  const judged = new Set(
    rules.filter((rule) => ['pass', 'fail', 'review', 'error'].includes(findingFor(rule.meta.id).outcome)).map((rule) => rule.meta.needs[0]),
  );
  // Each gap's share of its stage (0–1); turned into overall points once every stage is scored.
  const gaps: { stage: StageId; finding: Finding; lost: number }[] = [];
  const stages = STAGE_IDS.map((id): StageReport => {
    const stage = config[id];
    const findings = stage.rules.map((ref) => findingFor(ref.id));
    const weights = stage.rules.map((ref) => profile.weights[ref.id] ?? ref.weight);
    const parts = stage.rules.map((_, i) => ({ score: findingScore(findings[i]!), weight: weights[i]! }));
    const applicableWeight = parts.reduce((sum, p) => sum + (p.score === null ? 0 : p.weight), 0);
    findings.forEach((finding, i) => {
      if (finding.outcome === 'pass' || finding.outcome === 'na') return;
      const lost = parts[i]!.score === null || applicableWeight === 0 ? 0 : ((1 - parts[i]!.score!) * parts[i]!.weight) / applicableWeight;
      gaps.push({ stage: id, finding, lost });
    });
    return {
      id,
      score: toPercent(weightedMean(parts)),
      unchecked: findings.filter((f) => f.outcome === 'error').map((f) => f.ruleId),
      findings,
      assets: stage.assets.map((asset) => ({ id: asset, detection: facts.assets[asset] ?? null, applies: assetApplies(asset, profile, judged) })),
      groups: FOUNDATION_GROUPS.filter((g) => stage.rules.some((r) => r.group === g)).map((g) => ({
        id: g,
        score: toPercent(weightedMean(parts.filter((_, i) => stage.rules[i]!.group === g))),
      })),
    };
  });

  const overall = weightedMean(stages.map((s) => ({ score: s.score === null ? null : s.score / 100, weight: config[s.id].weight })));
  // The overall score is the weighted mean of the scored stages: a stage's loss reaches it by the stage's share of that weight.
  const scoredWeight = stages.reduce((sum, s) => sum + (s.score === null ? 0 : config[s.id].weight), 0);
  const painPoints = gaps.map(({ stage, finding, lost }): PainPoint => ({
    stage,
    finding,
    cost: Math.round(lost * 100),
    overallCost: scoredWeight === 0 ? 0 : (lost * 100 * config[stage].weight) / scoredWeight,
  }));
  const outcomeOrder = { fail: 0, review: 1, error: 2 } as Record<string, number>;
  // What fixing it would add to the overall score ranks the list; ties go to the bigger stage loss.
  painPoints.sort((a, b) => b.overallCost - a.overallCost || b.cost - a.cost || (outcomeOrder[a.finding.outcome] ?? 3) - (outcomeOrder[b.finding.outcome] ?? 3));

  return {
    url: facts.page?.url ?? null,
    scannedAt: facts.scannedAt,
    overall: toPercent(overall),
    stages,
    painPoints,
    collectorErrors: facts.errors,
    incomplete: isIncomplete(facts, stages),
    scan: facts.scan ?? null,
    siteKind,
  };
}

function isIncomplete(facts: Facts, stages: StageReport[]): boolean {
  if (stages.some((s) => s.unchecked.length > 0) || facts.errors.length > 0) return true;
  if (facts.scan?.stoppedBy || facts.scan?.truncated || facts.scan?.loading) return true;
  return facts.page === undefined || ASSET_IDS.some((id) => facts.assets[id] === undefined);
}

/**
 * A check the kind of site is not judged on: not applicable, saying for which kind. A check whose
 * facts are missing runs all the same (and reports them missing): a missing fact must never make a
 * site look better by letting its checks be waved through.
 */
function notForKind(rule: Rule, facts: Facts, profile: KindProfile, kind: SiteKindId): Finding | null {
  if (!profile.notApplicable.includes(rule.meta.id) || missingNeeds(rule, facts).length > 0) return null;
  return { ruleId: rule.meta.id, outcome: 'na', messageId: `kind/notFor_${kind}`, data: {}, evidence: [], score: null };
}

function assetApplies(asset: AssetId, profile: KindProfile, judged: ReadonlySet<string | undefined>): boolean {
  return !profile.assetsNotApplicable.includes(asset) || judged.has(asset);
}

function missingNeeds(rule: Rule, facts: Facts): Need[] {
  return rule.meta.needs.filter((need) => (isAssetId(need) ? facts.assets[need] === undefined : facts[need] === undefined));
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

const ASSET_ID_SET: ReadonlySet<string> = new Set(ASSET_IDS);
function isAssetId(need: Need): need is AssetId {
  return ASSET_ID_SET.has(need);
}
