// Sizes of every fact that crosses from the page into the extension. Collectors clip to these and
// the zod schemas check them, from this one table, so the two can never disagree (a collector that
// kept 290 characters of `lang` once met a schema that allowed 40, and the whole audit failed).
// Plain constants, free of zod: the injected scanner imports them too.
export const LIMITS = {
  url: 4096,
  contentType: 100,
  title: 500,
  description: 1000,
  h1: 300,
  h1Count: 20,
  lang: 40,
  viewport: 300,
  evidenceText: 300,
  evidenceUrl: 2048,
  selector: 300,
  item: 60,
  items: 50,
  evidence: 20,
  errors: 100,
  errorStep: 60,
  errorMessage: 500,
  timings: 80,
  skipped: 60,
  pageLabel: 120,
  /** Pages of one site audit: the start page and at most this many less one key pages. */
  pages: 21,
  // axe-core: rule ids, (rule, stage) entries, selectors kept per entry, rules listed as not run
  a11yRuleId: 60,
  a11yViolations: 150,
  a11ySelectors: 3,
  a11yRules: 150,
  /** Speed, mobile and form facts (engine/perf.ts, mobile.ts, forms.ts). */
  heavyResources: 5,
  renderBlocking: 10,
  thirdPartyHosts: 5,
  host: 253,
  resourceType: 30,
  offenders: 5,
  forms: 20,
  fieldCount: 10_000,
} as const;

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
