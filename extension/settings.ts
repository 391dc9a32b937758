// The user's audit settings, kept in storage.local and read with zod: a stored value from an older
// version, or one edited by hand, falls back to the default instead of breaking the popup.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_KEY_PAGES, MAX_KEY_PAGES } from '../site/read-site';

const KEY = 'settings';

const SettingsSchema = z.object({
  /** Key pages a site audit reads besides the audited page; 0 audits the page alone. */
  keyPages: z.number().int().min(0).max(MAX_KEY_PAGES).catch(DEFAULT_KEY_PAGES),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { keyPages: DEFAULT_KEY_PAGES };

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return SettingsSchema.safeParse(stored ?? {}).data ?? DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}
