// Many checks ask one question: does the page show (or link to) an asset? This builds such a
// rule from its texts; what the rule means stays in its own file.
import type { AssetId, Detection } from '../engine/assets';
import { detectionOf, type Facts } from '../engine/facts';
import { defineRule, type Rule, type RuleContext, type Text } from '../engine/rule';
import type { SiteKindId } from '../engine/site-kind';

export interface PresenceSpec {
  id: string;
  asset: AssetId;
  title: Text;
  /** Heading when the asset is missing: what was found, not the goal. */
  failTitle: Text;
  fix: Text;
  /** Shown when found; `{detail}` is the item list or the first evidence. */
  found: Text;
  missing: Text;
  /** Partial credit when the asset is only behind a link (default: full). */
  linkScore?: number;
  /** Partial credit when the asset is only installed as a script (default: full). */
  scriptScore?: number;
  /** When the check does not apply, and what to say then. */
  notApplicable?: { when: (facts: Facts, context?: RuleContext) => boolean; text: Text };
  /** For these kinds of site another asset stands in, for partial credit (a quote form for prices). */
  substitute?: { asset: AssetId; kinds: readonly SiteKindId[]; score: number; text: Text };
}

function detail(d: Detection): string {
  if (d.items.length > 0) return d.items.join(', ');
  const first = d.evidence[0];
  return (first?.text ?? first?.url ?? d.present).slice(0, 120);
}

export function presenceRule(spec: PresenceSpec): Rule {
  const messages = { found: spec.found, missing: spec.missing, na: spec.notApplicable?.text ?? spec.missing, substitute: spec.substitute?.text ?? spec.found };
  return defineRule<keyof typeof messages>({
    meta: { id: spec.id, needs: [spec.asset], title: spec.title, failTitle: spec.failTitle, fix: spec.fix, messages },
    evaluate(facts, context) {
      if (spec.notApplicable?.when(facts, context)) return { outcome: 'na', message: 'na' };
      const d = detectionOf(facts, spec.asset);
      if (d.present === 'none') {
        const sub = spec.substitute;
        const stand = sub && context && sub.kinds.includes(context.kind) ? detectionOf(facts, sub.asset) : null;
        if (sub && stand && stand.present !== 'none') return { outcome: 'pass', message: 'substitute', data: { detail: detail(stand) }, evidence: stand.evidence.slice(0, 2), score: sub.score };
        return { outcome: 'fail', message: 'missing' };
      }
      const score = d.present === 'link' ? (spec.linkScore ?? 1) : d.present === 'script' ? (spec.scriptScore ?? 1) : 1;
      return { outcome: 'pass', message: 'found', data: { detail: detail(d) }, evidence: d.evidence.slice(0, 3), score };
    },
  }) as Rule;
}
