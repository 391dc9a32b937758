// Starts Debian's firefox-esr headless with a fresh profile, drives it over WebDriver BiDi and
// installs an unpacked extension build with webExtension.install (a temporary add-on, so no
// signing is needed).
//
// - `--remote-debugging-port=0` lets Firefox pick a free port; it prints
//   "WebDriver BiDi listening on ws://127.0.0.1:<port>" on stderr, and `/session` there accepts
//   a BiDi-only session (session.new), no geckodriver needed.
// - The moz-extension:// UUID is random per profile unless the pref
//   `extensions.webextensions.uuids` maps the add-on id to one; user.js sets it, so the popup's
//   address is known before the install.
// - BiDi only navigates to http(s), file, blob and about:blank unless Firefox is started with
//   `--remote-allow-system-access`; without it, browsingContext.navigate to the popup fails with
//   'Navigation to "moz-extension://…/popup.html" is not allowed in this context'. The profile
//   is thrown away after the test, so the wider access is harmless here.
// - The process is started in its own process group so close() can end Firefox and its content
//   processes together.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BidiClient } from './bidi-client';
import { REPO_ROOT } from './extension-browser';
import { userJs } from './firefox-prefs';

export const FIREFOX_PATH = process.env.POLKU_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_PROD_BUILD_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv2');
export const FIREFOX_E2E_BUILD_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv2-e2e');

const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;

/** The gecko add-on id the build's manifest declares (wxt.config.ts). */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export interface FirefoxBrowser {
  bidi: BidiClient;
  /** `moz-extension://<uuid>` of the installed extension. */
  extensionOrigin: string;
  /** Opens a new tab and returns its BiDi browsing context id. */
  newTab(): Promise<string>;
  /** Navigates a tab and waits for the load event. */
  navigate(context: string, url: string): Promise<void>;
  /** Evaluates an expression in the tab's page; it must return (a promise of) a string. */
  evaluate(context: string, expression: string): Promise<string>;
  /** Firefox's stderr so far, for error messages. */
  log(): string;
  close(): Promise<void>;
}

function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`Firefox did not open WebDriver BiDi in ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = () => {
      const match = LISTENING.exec(output());
      if (match?.[1]) done(null, match[1]);
    };
    const onExit = (code: number | null) => done(new Error(`Firefox exited (${code}) before opening WebDriver BiDi:\n${output()}`));
    function done(error: Error | null, url?: string) {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url!);
    }
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
    child.on('error', (error) => done(error));
  });
}

/** Ends the whole process group and waits for Firefox to be gone (SIGKILL if it lingers). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox was not found at ${FIREFOX_PATH}. Install it (Debian: apt-get install firefox-esr) or set POLKU_FIREFOX.`);
  }
  const addonId = geckoId(extensionDir);
  const uuid = randomUUID();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'polku-firefox-profile-'));
  await writeFile(path.join(profile, 'user.js'), userJs({ [addonId]: uuid }));

  let stderr = '';
  const child = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => stderr;
  let bidi: BidiClient | undefined;
  const close = async () => {
    bidi?.close();
    await stop(child);
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };

  try {
    const wsUrl = await waitForListening(child, log, 30_000);
    bidi = await BidiClient.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    if (installed.extension !== addonId) throw new Error(`installed add-on id ${installed.extension}, expected ${addonId}`);
  } catch (error) {
    await close();
    throw error;
  }
  const client = bidi;

  const evaluate = async (context: string, expression: string): Promise<string> => {
    const answer = await client.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' },
    );
    if (answer.type === 'exception') throw new Error(`script.evaluate threw: ${answer.exceptionDetails?.text ?? 'unknown error'}`);
    if (answer.result?.type !== 'string') throw new Error(`script.evaluate returned ${JSON.stringify(answer.result)}, not a string`);
    return answer.result.value as string;
  };

  return {
    bidi: client,
    extensionOrigin: `moz-extension://${uuid}`,
    newTab: async () => (await client.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context,
    navigate: async (context, url) => {
      await client.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate,
    log,
    close,
  };
}
