import { ui } from '../i18n/translate';
import { useLocale } from './locale';

const CHOICES = [0, 4, 8, 12, 20];

/** How many key pages a site audit reads; a change applies to a fresh scan. */
export function KeyPagesSetting({ value, onChange }: { value: number; onChange: (next: number) => void }) {
  const locale = useLocale();
  const choices = CHOICES.includes(value) ? CHOICES : [...CHOICES, value].sort((a, b) => a - b);
  return (
    <label className="key-pages-setting">
      {ui(locale, 'keyPagesSetting')}{' '}
      <select data-testid="key-pages-setting" value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {choices.map((n) => (
          <option key={n} value={n}>
            {n === 0 ? ui(locale, 'keyPagesOff') : n}
          </option>
        ))}
      </select>
    </label>
  );
}
