// Runs the command-line twin as a user does (node bin/polku.mjs) and collects what it printed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './extension-browser';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from start to exit. */
  ms: number;
}

/** `cwd`: where it runs (files it names by itself land there); the repository by default. */
export function polku(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'polku.mjs'), ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}
