// npm run fuzz -- [--seed N] [--cases N] [--budget MS] [--hang MS] [--case K] [--dump FILE] [--known COLLECTOR,…]
// Feeds mutated fixture pages and random pages through every collector in linkedom and checks each
// case (see check.ts). Prints the seed, every failure with the options that replay it, and figures.
// Cases run in a worker thread; one that runs past --hang is stopped and counted as a hang.
import { writeFileSync } from 'node:fs';
import { isMainThread, Worker } from 'node:worker_threads';
import { buildCase } from './cases';
import type { Failure } from './check';
import { loadSeeds } from './seeds';
import { runWorker, type WorkerInput, type WorkerMessage } from './worker';

interface Options {
  seed: number;
  cases: number;
  budgetMs: number;
  only: number | null;
  dump: string | null;
  hangMs: number;
  /** Collectors whose failures are reported but do not fail the run (a known bug fixed elsewhere). */
  known: Set<string>;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { seed: Math.floor(Math.random() * 2 ** 31), cases: 10_000, budgetMs: 2000, only: null, dump: null, hangMs: 30_000, known: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const int = () => {
      const n = Number(next());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a whole number`);
      return n;
    };
    if (arg === '--seed') options.seed = int();
    else if (arg === '--cases') options.cases = int();
    else if (arg === '--budget') options.budgetMs = int();
    else if (arg === '--case') options.only = int();
    else if (arg === '--hang') options.hangMs = int();
    else if (arg === '--dump') options.dump = next();
    else if (arg === '--known') options.known = new Set(next().split(','));
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const seeds = loadSeeds();
  const indices = options.only !== null ? [options.only] : Array.from({ length: options.cases }, (_, i) => i);
  console.log(`fuzz: seed ${options.seed}, ${indices.length} case(s), ${seeds.length} seed pages, budget ${options.budgetMs} ms per case`);
  if (options.dump && options.only !== null) writeFileSync(options.dump, buildCase(options.seed, options.only, seeds).doc.toString());
  const times: { index: number; ms: number; mutations: string[] }[] = [];
  const byKind = new Map<string, number>();
  let failed = 0;
  let knownFailed = 0;
  const record = (index: number, source: string, mutations: string[], ms: number, failures: Failure[]) => {
    times.push({ index, ms, mutations });
    if ((index + 1) % 1000 === 0) console.log(`… ${index + 1} cases`);
    if (failures.length === 0) return;
    const known = failures.every((f) => f.collector !== undefined && options.known.has(f.collector));
    if (known) knownFailed++;
    else failed++;
    for (const f of failures) {
      const kind = `${f.kind}${f.collector ? ` in ${f.collector}` : ''}${known ? ' (known)' : ''}`;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    report(options.seed, index, source, mutations, failures);
  };
  let remaining = indices;
  while (remaining.length > 0) remaining = await runBatch({ seed: options.seed, indices: remaining, budgetMs: options.budgetMs, seeds }, options.hangMs, record);
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(`\ncases run: ${times.length}; failed: ${failed}${knownFailed ? `; failed in known collectors (${[...options.known].join(', ')}): ${knownFailed}` : ''}`);
  for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${count}`);
  console.log(`time per case: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  console.log('slowest cases:');
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  --seed ${options.seed} --case ${t.index}: ${t.ms.toFixed(0)} ms (${t.mutations.join(', ')})`);
  return failed > 0 ? 1 : 0;
}

/** Runs cases in a worker until they are done or one hangs; returns the cases still to run. */
function runBatch(input: WorkerInput, hangMs: number, record: (index: number, source: string, mutations: string[], ms: number, failures: Failure[]) => void): Promise<number[]> {
  return new Promise((resolve, reject) => {
    // A browser tab's main thread has about 1 MB of stack, like Node's main thread; a worker gets 4 MB by
    // default, which would hide a stack overflow (e.g. spreading 300,000 JSON-LD items into push).
    const worker = new Worker(new URL(import.meta.url), { workerData: input, resourceLimits: { stackSizeMb: 1 } });
    let current: { index: number; source: string; mutations: string[]; started: number } | null = null;
    let timer: NodeJS.Timeout | undefined;
    let hung = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') {
        current = { ...message, started: performance.now() };
        timer = setTimeout(() => {
          hung = true;
          void worker.terminate();
        }, hangMs);
      } else {
        clearTimeout(timer);
        record(message.index, current?.source ?? '', current?.mutations ?? [], message.ms, message.failures);
        current = null;
      }
    });
    worker.on('error', reject);
    worker.on('exit', () => {
      clearTimeout(timer);
      if (!current) return resolve([]);
      const { index, source, mutations, started } = current;
      const ms = performance.now() - started;
      record(index, source, mutations, ms, [{ kind: hung ? 'hang' : 'crash', message: hung ? `stopped after ${Math.round(ms)} ms` : 'the worker exited' }]);
      resolve(input.indices.slice(input.indices.indexOf(index) + 1));
    });
  });
}

function report(seed: number, index: number, source: string, mutations: string[], failures: Failure[]): void {
  console.log(`FAIL --seed ${seed} --case ${index} (${source}; ${mutations.join(', ')})`);
  for (const f of failures) console.log(`  ${f.kind}${f.collector ? ` in ${f.collector}` : ''}: ${f.message}${f.stack ? `\n    at ${f.stack}` : ''}`);
}

if (isMainThread) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
} else {
  void runWorker();
}
