// What every fuzz case must satisfy: no collector throws (collectFacts turns a throw into an entry of
// `facts.errors`), the facts are exactly what the schema allows, and the scan stays within its time budget.
import { isDeepStrictEqual } from 'node:util';
import { ASSET_COLLECTORS, collectFacts } from '../../collectors';
import { collectPageFacts } from '../../collectors/page-facts';
import { indexPage } from '../../collectors/page-index';
import { collectTools } from '../../collectors/tools';
import { FactsSchema } from '../../engine/facts';

export type FailureKind = 'exception' | 'schema' | 'slow' | 'crash' | 'hang' | 'harness';

export interface Failure {
  kind: FailureKind;
  /** The collector that failed, when one did. */
  collector?: string;
  message: string;
  /** The first stack lines of our code, to find where it threw. */
  stack?: string;
}

export interface CaseResult {
  ms: number;
  failures: Failure[];
}

export async function checkCase(doc: Document, budgetMs: number): Promise<CaseResult> {
  const failures: Failure[] = [];
  const start = performance.now();
  let facts: Awaited<ReturnType<typeof collectFacts>>;
  try {
    facts = await collectFacts(doc, { now: 0 });
  } catch (error) {
    return { ms: performance.now() - start, failures: [{ kind: 'crash', message: String(error).slice(0, 300), stack: stackOf(error) }] };
  }
  const ms = performance.now() - start;
  for (const error of facts.errors) failures.push({ kind: 'exception', collector: error.collector, message: error.message, stack: stackOf(rethrow(doc, error.collector)) });
  // Exactly: the schema accepts the facts and strips nothing from them (JSON drops the undefined the schema omits too).
  const parsed = FactsSchema.safeParse(facts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    failures.push({ kind: 'schema', message: `${issue.path.join('.')}: ${issue.message}` });
  } else if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), JSON.parse(JSON.stringify(facts)))) {
    failures.push({ kind: 'schema', message: 'the schema strips fields the facts carry' });
  }
  if (ms > budgetMs) failures.push({ kind: 'slow', message: `${Math.round(ms)} ms over the budget of ${budgetMs} ms (${slowestParts(doc)})` });
  return { ms, failures };
}

/** Which parts took the time: each collector again on one page index. */
function slowestParts(doc: Document): string {
  const parts: [string, number][] = [];
  let index: ReturnType<typeof indexPage> | undefined;
  const time = (name: string, run: () => unknown) => {
    const start = performance.now();
    try {
      run();
    } catch {
      // Reported as an exception already.
    }
    parts.push([name, performance.now() - start]);
  };
  time('page', () => collectPageFacts(doc));
  time('index', () => (index = indexPage(doc)));
  if (index) {
    const built = index;
    for (const c of ASSET_COLLECTORS) time(c.id, () => c.collect(built));
    time('tools', () => collectTools(built));
  }
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  const top = parts.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${Math.round(ms)} ms`);
  return `again: ${Math.round(total)} ms; ${top.join(', ')}`;
}

/** collectFacts keeps only the message; run the failed part again to see where it threw. */
function rethrow(doc: Document, collector: string): unknown {
  try {
    if (collector === 'page') collectPageFacts(doc);
    else if (collector === 'index') indexPage(doc);
    else if (collector === 'tools') collectTools(indexPage(doc));
    else ASSET_COLLECTORS.find((c) => c.id === collector)?.collect(indexPage(doc));
  } catch (error) {
    return error;
  }
  return null;
}

function stackOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  const lines = error.stack.split('\n').filter((l) => /^\s+at /.test(l));
  const ours = lines.filter((l) => /(?:collectors|cues|engine)\//.test(l) && !l.includes('node_modules'));
  return (ours.length > 0 ? ours : lines).slice(0, 3).map((l) => l.trim()).join(' | ');
}
