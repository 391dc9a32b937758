// Facts in, report out. Pure: runs the same in the popup, the CLI and the tests.
import { ASSET_IDS, uniqueEvidence, type AssetId, type Detection } from './assets';
import type { Need } from './rule';
import { DEFAULT_CONFIG, FOUNDATION_GROUPS, STAGE_IDS, type AuditConfig, type FoundationGroup, type StageId } from './config';
import type { Facts } from './facts';
import type { Finding, Rule } from './rule';
import { findingScore, toPercent, weightedMean } from './scoring';

export interface StageReport {
  id: StageId;
  /** 0–100, or null when no rule of the stage applied. */
  score: number | null;
  /** Checks of this stage that could not run; they count as not met, so the score is a floor. */
  unchecked: string[];
  findings: Finding[];
  assets: { id: AssetId; detection: Detection | null }[];
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
}

export function evaluateRule(rule: Rule, facts: Facts): Finding {
  const base = { ruleId: rule.meta.id, data: {}, evidence: [], score: null };
  const missing = rule.meta.needs.filter((need) => (isAssetId(need) ? facts.assets[need] === undefined : facts[need] === undefined));
  if (missing.length > 0) {
    return { ...base, outcome: 'error', messageId: 'engine/missingFacts', data: { facts: missing.join(', ') } };
  }
  try {
    const result = rule.evaluate(facts);
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

export function runAudit(facts: Facts, rules: readonly Rule[], config: AuditConfig = DEFAULT_CONFIG): Report {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const cache = new Map<string, Finding>();
  const findingFor = (id: string): Finding => {
    let finding = cache.get(id);
    if (!finding) {
      const rule = byId.get(id);
      finding = rule
        ? evaluateRule(rule, facts)
        : { ruleId: id, outcome: 'error', messageId: 'engine/unknownRule', data: { rule: id }, evidence: [], score: null };
      cache.set(id, finding);
    }
    return finding;
  };

  // Each gap's share of its stage (0–1); turned into overall points once every stage is scored.
  const gaps: { stage: StageId; finding: Finding; lost: number }[] = [];
  const stages = STAGE_IDS.map((id): StageReport => {
    const stage = config[id];
    const findings = stage.rules.map((ref) => findingFor(ref.id));
    const parts = stage.rules.map((ref, i) => ({ score: findingScore(findings[i]!), weight: ref.weight }));
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
      assets: stage.assets.map((asset) => ({ id: asset, detection: facts.assets[asset] ?? null })),
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
  };
}

function isIncomplete(facts: Facts, stages: StageReport[]): boolean {
  if (stages.some((s) => s.unchecked.length > 0) || facts.errors.length > 0) return true;
  if (facts.scan?.stoppedBy || facts.scan?.truncated || facts.scan?.loading) return true;
  return facts.page === undefined || ASSET_IDS.some((id) => facts.assets[id] === undefined);
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
