// Starts Debian's Chromium (or POLKU_CHROMIUM) headless for the CLI and the benchmark.
// Never a downloaded browser: playwright-core only drives the one installed, over CDP.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ChromiumProcess } from './chromium-process';
import { UsageError } from './cli-error';
import { emulation, type DeviceKind } from './device';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';


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
  /** Quick normal end; removes the temporary profile. */
  close(): Promise<void>;
  /** Ends every Chromium process at once, even with a page stuck in a loop; removes the profile. */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  /** Resolve only these hosts (and loopback); every other host fails at once. */
  onlyHosts?: readonly string[];
  javaScript?: boolean;
  locale?: string;
  /** The device to emulate; the benchmark keeps the desktop its labels were made on. */
  device?: DeviceKind;
}

// What Playwright's own launch passes for headless runs (we launch Chromium ourselves to keep
// its process handle): no throttled timers in a hidden tab, no hang dialogs, no keyring.
const HEADLESS_FLAGS: readonly string[] = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-hang-monitor',
  '--disable-field-trial-config',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--no-default-browser-check',
  '--password-store=basic',
  '--use-mock-keychain',
  '--force-color-profile=srgb',
  // An http:// address is audited as given: without this Chromium first tries https:// (and the
  // benchmark, which serves saved pages at their http:// address, fails to resolve the upgrade).
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,MediaRouter',
];

export function chromiumPath(): string {
  const candidate = process.env.POLKU_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(candidate)) {
    throw new UsageError('noChromium', { path: candidate });
  }
  return candidate;
}

/** Starts headless Chromium at once, so the caller holds a handle to kill whatever happens next. */
export function startChromium(options: LaunchOptions = {}): ChromiumProcess {
  const args = [...CHROMIUM_FLAGS, ...HEADLESS_FLAGS];
  if (options.onlyHosts) args.push(onlyHostsFlag(options.onlyHosts));
  return new ChromiumProcess({ executablePath: chromiumPath(), args });
}

/** Connects Playwright to a started Chromium and opens a fresh context with the audit's settings. */
export async function connectBrowser(chromiumProcess: ChromiumProcess, options: LaunchOptions = {}): Promise<BrowserContext> {
  // Playwright's downloads and traces folder goes inside the profile, so it goes with it even
  // when polku is interrupted before Playwright can clean up.
  const artifactsDir = path.join(chromiumProcess.profileDir, 'playwright-artifacts');
  mkdirSync(artifactsDir);
  const browser = await chromium.connectOverCDP(await chromiumProcess.endpoint, { artifactsDir, isLocal: true });
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    locale: options.locale,
    ...emulation(options.device ?? 'desktop', browser.version()),
  });
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const chromiumProcess = startChromium(options);
  try {
    const context = await connectBrowser(chromiumProcess, options);
    return { context, close: () => chromiumProcess.close(), kill: () => chromiumProcess.kill() };
  } catch (error) {
    await chromiumProcess.kill();
    throw error;
  }
}
