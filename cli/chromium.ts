// Starts Debian's Chromium (or POLKU_CHROMIUM) headless for the CLI and the benchmark.
// Never a downloaded browser: playwright-core only drives the one installed.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class UsageError extends Error {}

/** Headless on a machine without GPU or network beyond what the audit needs; no background chatter. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A resolver that knows only loopback and the given hosts: every other host fails at once. */
export function onlyHostsFlag(hosts: readonly string[]): string {
  const keep = ['127.0.0.1', 'localhost', ...hosts].map((h) => `EXCLUDE ${h}`).join(' , ');
  return `--host-resolver-rules=MAP * ~NOTFOUND , ${keep}`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Resolve only these hosts (and loopback); every other host fails at once. */
  onlyHosts?: readonly string[];
  javaScript?: boolean;
  locale?: string;
}

export function chromiumPath(): string {
  const candidate = process.env.POLKU_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(candidate)) {
    throw new UsageError(`Chromium was not found at ${candidate}. Install it (Debian: apt-get install chromium) or set POLKU_CHROMIUM to its path.`);
  }
  return candidate;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'polku-chromium-'));
  const args = [...CHROMIUM_FLAGS];
  if (options.onlyHosts) args.push(onlyHostsFlag(options.onlyHosts));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    javaScriptEnabled: options.javaScript ?? true,
    locale: options.locale,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
