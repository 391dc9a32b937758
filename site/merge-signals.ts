// The site's kind and audience signals: the words and currencies of every page read (a SaaS names
// its per-user prices on its pricing page), but the page-type signals (markup, dated articles,
// bylines) only of the start page: a blog page does not make a shop a publisher. Pure.
import type { Facts } from '../engine/facts';
import { CURRENCIES, SIGNAL_CUES, type SignalCue } from '../engine/signals';

const START_PAGE_ONLY = new Set<SignalCue>(['byline']);

export function mergeSignals(start: Facts['signals'], pages: readonly (Facts | null)[]): Facts['signals'] {
  if (!start) return undefined;
  const cues = new Set(start.cues);
  const currencies = new Set(start.currencies);
  for (const facts of pages) {
    for (const cue of facts?.signals?.cues ?? []) if (!START_PAGE_ONLY.has(cue)) cues.add(cue);
    for (const currency of facts?.signals?.currencies ?? []) currencies.add(currency);
  }
  return { ...start, cues: SIGNAL_CUES.filter((c) => cues.has(c)), currencies: CURRENCIES.filter((c) => currencies.has(c)) };
}
