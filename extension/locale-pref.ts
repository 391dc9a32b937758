import { browser } from 'wxt/browser';
import { LOCALES, type Locale } from '../engine/rule';
import { browserLocale } from '../i18n/locale';

const KEY = 'locale';


export async function loadLocale(): Promise<Locale> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (typeof stored === 'string' && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  return browserLocale(browser.i18n.getUILanguage());
}

export async function saveLocale(locale: Locale): Promise<void> {
  await browser.storage.local.set({ [KEY]: locale });
}
