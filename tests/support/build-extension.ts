// vitest globalSetup for the e2e project: builds the production extension (.output/chrome-mv3),
// the command-line tool (.output/cli) and the e2e build (.output/chrome-mv3-e2e) once before the
// e2e tests run, and the same two extension builds for Firefox (.output/firefox-mv2{,-e2e}).
// Set POLKU_SKIP_BUILD=1 to reuse builds that already exist.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN_DIR = path.join(REPO_ROOT, 'node_modules', '.bin');

function run(tool: 'wxt' | 'vite', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // node_modules/.bin goes first on PATH so wxt runs on the project's Node (as npm scripts do).
    const env = { ...process.env, PATH: [BIN_DIR, process.env.PATH ?? ''].join(path.delimiter) };
    const child = spawn(path.join(BIN_DIR, tool), args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`[e2e setup] ${tool} ${args.join(' ')} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        reject(new Error(`${tool} ${args.join(' ')} exited with ${code}:\n${output}`));
      }
    });
  });
}

export default async function setup(): Promise<void> {
  if (process.env.POLKU_SKIP_BUILD === '1') return;
  // One after the other: both builds share .wxt/ and would race on it.
  await run('wxt', ['build']);
  await run('vite', ['build', '-c', 'cli/vite.config.ts']);
  await run('wxt', ['build', '--mode', 'e2e']);
  await run('wxt', ['build', '-b', 'firefox']);
  await run('wxt', ['build', '-b', 'firefox', '--mode', 'e2e']);
}
