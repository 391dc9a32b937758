import { LOCALES, type Locale } from '../engine/rule';
import { ui } from '../i18n/translate';

const NAMES: Record<Locale, string> = { en: 'English', fi: 'Suomi' };

export function LocaleSwitch({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  return (
    <select className="locale-switch" data-testid="locale-switch" aria-label={ui(locale, 'language')} value={locale} onChange={(e) => onChange(e.target.value as Locale)}>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {NAMES[l]}
        </option>
      ))}
    </select>
  );
}
