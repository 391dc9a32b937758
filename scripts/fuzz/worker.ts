// Runs fuzz cases in a worker thread, so that the main thread can stop a case that hangs (a
// quadratic regex cannot be interrupted from its own thread) and carry on with the next.
import { parentPort, workerData } from 'node:worker_threads';
import { buildCase, type Seed } from './cases';
import { checkCase, type Failure } from './check';

export interface WorkerInput {
  seed: number;
  indices: number[];
  budgetMs: number;
  seeds: Seed[];
}

export type WorkerMessage =
  | { type: 'start'; index: number; source: string; mutations: string[] }
  | { type: 'done'; index: number; ms: number; failures: Failure[] };

export async function runWorker(): Promise<void> {
  const input = workerData as WorkerInput;
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  for (const index of input.indices) {
    let fuzzCase;
    try {
      fuzzCase = buildCase(input.seed, index, input.seeds);
    } catch (error) {
      // The fuzzer's own fault, not a collector's: reported, and the run goes on.
      post({ type: 'start', index, source: '', mutations: [] });
      post({ type: 'done', index, ms: 0, failures: [{ kind: 'harness', message: String(error).slice(0, 300), stack: error instanceof Error ? error.stack?.split('\n').slice(1, 3).join(' |') : undefined }] });
      continue;
    }
    post({ type: 'start', index, source: fuzzCase.source, mutations: fuzzCase.mutations });
    const { ms, failures } = await checkCase(fuzzCase.doc, input.budgetMs);
    post({ type: 'done', index, ms, failures });
  }
}
