// Runs Chromium as our own child in its own process group, so that the whole tree (browser,
// zygotes, renderers, GPU and utility processes) can be SIGKILLed at once. A graceful close
// through Playwright waits on the renderers, and a page stuck in an endless loop never answers.
//
// Verified with Debian's chromium 156: /usr/bin/chromium is a wrapper script that execs the
// browser, so the child's pid is the browser and its process group holds every child process.
// The two crashpad handlers start their own session (outside the group) and exit by
// themselves within milliseconds once the browser is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from './cli-error';

export interface ChromiumCommand {
  executablePath: string;
  args: readonly string[];
}

/** How long a normal close lets Chromium shut down by itself before it is killed. */
const CLOSE_GRACE_MS = 2000;
/** Browser startup limit for callers without a deadline of their own (the benchmark). */
const START_TIMEOUT_MS = 30_000;
const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export class ChromiumProcess {
  readonly profileDir = mkdtempSync(path.join(os.tmpdir(), 'polku-chromium-'));
  /** The DevTools websocket address, once Chromium prints it. */
  readonly endpoint: Promise<string>;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private finished: Promise<void> | undefined;

  constructor(command: ChromiumCommand) {
    try {
      this.child = spawn(command.executablePath, [...command.args, `--user-data-dir=${this.profileDir}`, '--remote-debugging-port=0', 'about:blank'], {
        detached: true, // its own process group, whose id is the browser's pid
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      rmSync(this.profileDir, { recursive: true, force: true });
      throw error;
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.once('error', () => this.child.pid === undefined && resolve());
    });
    this.endpoint = this.readEndpoint();
    this.endpoint.catch(() => undefined); // a caller that never asks must not see an unhandled rejection
    process.once('exit', this.killNow);
    for (const signal of EXIT_SIGNALS) process.once(signal, this.killAndReraise);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Normal end: Chromium's own shutdown (SIGTERM), a short grace, then SIGKILL for whatever is left. */
  close(): Promise<void> {
    return (this.finished ??= (async () => {
      this.signal(this.child.pid, 'SIGTERM');
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)))]);
      clearTimeout(timer);
      await this.cleanUp();
    })());
  }

  /** Ends the whole process tree at once, whatever state the pages are in, and removes the profile. */
  kill(): Promise<void> {
    return (this.finished ??= this.cleanUp());
  }

  private async cleanUp(): Promise<void> {
    this.signalGroup('SIGKILL');
    await this.exited;
    this.forgetExitHooks();
    const singleton = singletonDir(this.profileDir);
    if (singleton) await rm(singleton, { recursive: true, force: true }).catch(() => undefined);
    await rm(this.profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }

  private readEndpoint(): Promise<string> {
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new UsageError('chromiumSlow', { seconds: START_TIMEOUT_MS / 1000 })), START_TIMEOUT_MS);
      timer.unref();
      // Keep reading to the end: a full stderr pipe would block Chromium.
      this.child.stderr!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-8000);
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      this.child.once('error', (error) => {
        clearTimeout(timer);
        reject(new UsageError('chromiumFailed', { detail: error.message.slice(0, 300) }));
      });
      this.child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const last = output.trim().split('\n').slice(-3).join('\n');
        reject(new UsageError('chromiumExited', { detail: `${signal ?? `code ${code}`}${last ? `:\n${last}` : ''}` }));
      });
    });
  }

  private signal(pid: number | undefined, signal: NodeJS.Signals): void {
    if (pid === undefined) return;
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child.pid !== undefined) this.signal(-this.child.pid, signal);
  }

  // If polku itself ends first (an exception, Ctrl-C), Chromium must not outlive it: being in
  // its own process group, it would not get the terminal's signal.
  private readonly killNow = (): void => {
    this.signalGroup('SIGKILL');
    const singleton = singletonDir(this.profileDir);
    for (const dir of [singleton, this.profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  };

  private readonly killAndReraise = (signal: NodeJS.Signals): void => {
    this.killNow();
    this.forgetExitHooks();
    process.kill(process.pid, signal);
  };

  private forgetExitHooks(): void {
    process.off('exit', this.killNow);
    for (const signal of EXIT_SIGNALS) process.off(signal, this.killAndReraise);
  }
}

/**
 * Chromium keeps its single-instance socket in a folder of its own under the temp folder,
 * linked from the profile; a killed browser leaves it behind.
 */
function singletonDir(profileDir: string): string | undefined {
  try {
    const dir = path.dirname(readlinkSync(path.join(profileDir, 'SingletonSocket')));
    return path.basename(dir).startsWith('org.chromium.Chromium.') ? dir : undefined;
  } catch {
    return undefined;
  }
}
