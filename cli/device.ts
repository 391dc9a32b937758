// The device the CLI audits as. A phone by default: most visitors come on one, and a page's mobile
// layout (menus folded away, contact buttons moved) is what they see. `--desktop` switches.
import type { BrowserContextOptions } from 'playwright-core';
import type { Device } from '../engine/report-json';

export type DeviceKind = Device['kind'];

// 360 × 800 CSS px at 3× is the common 1080 × 2400 Android phone.
const SIZES: Record<DeviceKind, { width: number; height: number; scale: number }> = {
  mobile: { width: 360, height: 800, scale: 3 },
  desktop: { width: 1280, height: 900, scale: 1 },
};

export function device(kind: DeviceKind): Device {
  return { kind, width: SIZES[kind].width, height: SIZES[kind].height };
}

/**
 * Chrome on Android as it presents itself today: with user-agent reduction the platform is frozen
 * to "Android 10; K" and only the major version is real. `browserVersion` is the running
 * Chromium's, so the string never goes stale.
 */
export function mobileUserAgent(browserVersion: string): string {
  const major = /^\d+/.exec(browserVersion)?.[0] ?? '0';
  return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Mobile Safari/537.36`;
}

/** Playwright context options that emulate the device; the desktop keeps Chromium's own user agent. */
export function emulation(kind: DeviceKind, browserVersion: string): BrowserContextOptions {
  const { width, height, scale } = SIZES[kind];
  const options: BrowserContextOptions = { viewport: { width, height }, deviceScaleFactor: scale };
  if (kind === 'mobile') Object.assign(options, { isMobile: true, hasTouch: true, userAgent: mobileUserAgent(browserVersion) });
  return options;
}
