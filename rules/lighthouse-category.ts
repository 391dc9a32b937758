// Lighthouse's category scores (`polku --lighthouse`) as checks of their own. Lighthouse runs only
// in the CLI and only when asked, so these rules need no fact slice: without Lighthouse they do
// not apply (they never make an audit look incomplete), and a failed run is never scored.
import type { LighthouseCategory, LighthouseFacts } from '../engine/lighthouse';
import { defineRule, type MessageData, type Rule, type Text } from '../engine/rule';

/** Lighthouse's own line between green and orange. */
export const LIGHTHOUSE_GOOD = 90;

export interface LighthouseCategorySpec {
  id: string;
  category: LighthouseCategory;
  title: Text;
  /** Heading when the score is below good: what was found, not the goal. */
  failTitle: Text;
  fix: Text;
  /** `{score}` is the 0–100 score; `detail` may add placeholders of its own. */
  good: Text;
  poor: Text;
  detail?: (lighthouse: Extract<LighthouseFacts, { status: 'ok' }>) => MessageData;
}

const NOT_RUN: Text = {
  en: 'Lighthouse did not run in this audit. It runs from the command line: npx polku <address> --lighthouse.',
  fi: 'Lighthouse ei ollut mukana tässä auditoinnissa. Sen voi ajaa komentoriviltä: npx polku <osoite> --lighthouse.',
};
const FAILED: Text = {
  en: 'Lighthouse could not finish, so this was not scored: {reason}',
  fi: 'Lighthouse ei saanut ajoaan valmiiksi, joten tätä ei pisteytetty: {reason}',
};
const NO_SCORE: Text = {
  en: 'Lighthouse ran but could not score this category.',
  fi: 'Lighthouse ajettiin, mutta se ei pystynyt pisteyttämään tätä osa-aluetta.',
};

export function lighthouseCategoryRule(spec: LighthouseCategorySpec): Rule {
  const messages = { good: spec.good, poor: spec.poor, notRun: NOT_RUN, failed: FAILED, noScore: NO_SCORE };
  return defineRule<keyof typeof messages>({
    meta: { id: spec.id, needs: [], title: spec.title, failTitle: spec.failTitle, fix: spec.fix, messages },
    evaluate({ lighthouse }) {
      if (!lighthouse) return { outcome: 'na', message: 'notRun' };
      if (lighthouse.status === 'failed') return { outcome: 'na', message: 'failed', data: { reason: lighthouse.reason } };
      const score = lighthouse.scores[spec.category];
      if (score === null) return { outcome: 'na', message: 'noScore' };
      const data = { score, ...spec.detail?.(lighthouse) };
      // Lighthouse's own number is the score, a pass included: 92 weighs as 0.92, never as full marks.
      return { outcome: score >= LIGHTHOUSE_GOOD ? 'pass' : 'fail', message: score >= LIGHTHOUSE_GOOD ? 'good' : 'poor', data, score: score / 100 };
    },
  }) as Rule;
}
