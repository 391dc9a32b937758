// A rule is meta plus a pure evaluate(facts). It knows nothing of stages or weights
// (engine/config.ts) and never renders text: it returns a message key and data.
import type { AssetId, Evidence } from './assets';
import type { Facts } from './facts';
import type { SiteKindId } from './site-kind';

export const LOCALES = ['en', 'fi'] as const;
export type Locale = (typeof LOCALES)[number];
export type Text = Record<Locale, string>;

/** pass / fail as scored; review: a person must look; na: does not apply; error: the rule could not run. */
export type Outcome = 'pass' | 'fail' | 'review' | 'na' | 'error';

/** Fact slices a rule may ask for: a slice of its own, or one asset's detection. */
export type FactSlice = Exclude<keyof Facts, 'assets' | 'errors' | 'scannedAt' | 'scan'>;
export type Need = FactSlice | AssetId;

export interface RuleMeta<Key extends string = string> {
  id: string;
  needs: readonly Need[];
  /** What the rule checks: the goal, the heading of a pass. */
  title: Text;
  /** The heading of a finding not met, saying what was found ("No privacy policy found"), never the goal. */
  failTitle: Text;
  /** A milder heading for results that fall only partly short or need a person's look, and the message keys it heads. */
  warn?: { title: Text; messages: readonly Key[] };
  /** One concrete fix, shown when the rule fails. */
  fix: Text;
  /** Texts per outcome variant; `{name}` placeholders are filled from the result's data. */
  messages: Record<Key, Text>;
}

// undefined values come from object literals in rule unions; they render as the bare placeholder.
export type MessageData = Record<string, string | number | undefined>;

export interface RuleResult<Key extends string = string> {
  outcome: Exclude<Outcome, 'error'>;
  message: Key;
  data?: MessageData;
  evidence?: Evidence[];
  /** 0..1 for partial credit; pass defaults to 1, fail to 0. */
  score?: number;
}

/** What the audit knows beyond the facts: the kind of site it judges (engine/site-kind.ts). */
export interface RuleContext {
  kind: SiteKindId;
}

export interface Rule<Key extends string = string> {
  meta: RuleMeta<Key>;
  /** `context` is absent where a rule is run on its own (tests). */
  evaluate(facts: Facts, context?: RuleContext): RuleResult<Key>;
}

/** Keeps the message keys of a rule checked by the compiler. */
export function defineRule<Key extends string>(rule: Rule<Key>): Rule<Key> {
  return rule;
}

export interface Finding {
  ruleId: string;
  outcome: Outcome;
  /** Global message id: `<ruleId>/<key>`, or `engine/<key>` for errors. */
  messageId: string;
  data: MessageData;
  evidence: Evidence[];
  score: number | null;
}

export type TitleKey = 'title' | 'failTitle' | 'warnTitle';

/** A finding's heading: the goal when met or not judged; what was found when not met, milder for a warning. */
export function titleKeyOf(meta: RuleMeta, finding: Pick<Finding, 'outcome' | 'messageId'>): TitleKey {
  if (finding.outcome !== 'fail' && finding.outcome !== 'review') return 'title';
  const key = finding.messageId.slice(meta.id.length + 1);
  if (meta.warn && (finding.outcome === 'review' || meta.warn.messages.includes(key))) return 'warnTitle';
  return 'failTitle';
}
