import type { Locale } from '../engine/rule';

/** Finnish when the browser speaks Finnish, else English. */
export function browserLocale(uiLanguage: string): Locale {
  return uiLanguage.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
