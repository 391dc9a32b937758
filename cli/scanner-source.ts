// The scanner the extension injects (.output/chrome-mv3/scanner.js): the CLI and the benchmark
// run the very same file, so what they measure is what the popup shows.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './cli-error';

/** The repository root, found upward from this file (it runs from source in tests and bundled in .output/cli). */
export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const SCANNER_PATH = path.join(REPO_ROOT, '.output', 'chrome-mv3', 'scanner.js');
/** The accessibility check the extension injects (axe-core, WCAG 2.x A and AA). */
export const AXE_RUNNER_PATH = path.join(REPO_ROOT, '.output', 'chrome-mv3', 'axe-runner.js');

export function readScanner(): string {
  return readBuilt(SCANNER_PATH, 'what_scanner');
}

export function readAxeRunner(): string {
  return readBuilt(AXE_RUNNER_PATH, 'what_axe');
}

function readBuilt(file: string, what: 'what_scanner' | 'what_axe' | 'what_reader'): string {
  if (!existsSync(file)) throw new UsageError('notBuilt', { what: { id: what }, file });
  return readFileSync(file, 'utf8');
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'wxt.config.ts'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

export const READER_PATH = path.join(REPO_ROOT, '.output', 'cli-reader', 'page-reader.js');

/** The key-page reader bundle (cli/page-reader-entry.ts), loaded into a blank page of the CLI's own. */
export function readReader(): string {
  return readBuilt(READER_PATH, 'what_reader');
}
