// Finds the processes that one CLI run started, by a marker folder the run gets as TMPDIR:
// Chromium's profile is made in it, so it is in the command line of the browser, its zygotes
// and renderers, and it is in the environment of every process that kept its parent's (the
// crashpad handlers, which leave Chromium's process group). Linux only: reads /proc.
import { readdirSync, readFileSync } from 'node:fs';

export interface MarkedProcess {
  pid: number;
  command: string;
}

/** Live processes whose command line or environment mentions `marker`; zombies are already dead. */
export function markedProcesses(marker: string): MarkedProcess[] {
  const found: MarkedProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      const environment = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (command.includes(marker) || environment.includes(marker)) found.push({ pid: Number(entry), command });
    } catch {
      // ended while we looked, or not ours to read
    }
  }
  return found;
}

/** Samples markedProcesses until stopped; `stop` returns every process seen meanwhile. */
export function watchMarkedProcesses(marker: string, intervalMs = 100): { stop(): MarkedProcess[] } {
  const seen = new Map<number, MarkedProcess>();
  const sample = () => {
    for (const p of markedProcesses(marker)) seen.set(p.pid, p);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return [...seen.values()];
    },
  };
}

/** Waits until no marked process is left, up to `limitMs`; returns those still alive then. */
export async function markedProcessesAfter(marker: string, limitMs: number): Promise<MarkedProcess[]> {
  const end = Date.now() + limitMs;
  for (;;) {
    const left = markedProcesses(marker);
    if (left.length === 0 || Date.now() > end) return left;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
