// The logo: a file picked here is read in this page with FileReader into a data URL and checked
// (type, size, then its bytes); nothing is uploaded. Shown as a preview with a remove button.
import { useState } from 'react';
import { checkLogo, isInlineLogo, kilobytes, LOGO_TYPES, MAX_LOGO_BYTES, precheckLogoFile, type LogoProblem } from '../../brand/logo';
import type { Locale } from '../../engine/rule';
import { brandProblemText } from '../../i18n/brand';
import { optionsText } from '../../i18n/options';
import { Field } from './Field';

interface Props {
  locale: Locale;
  logo: string;
  /** A problem with the saved value, from the form's check. */
  problem?: string;
  onChange: (logo: string) => void;
}

export function LogoField({ locale, logo, problem, onChange }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const fail = (p: LogoProblem) => setPicked(brandProblemText(locale, p.id, 'data' in p ? p.data : undefined));

  const pick = (file: File | undefined) => {
    if (!file) return;
    const early = precheckLogoFile(file);
    if (early) return fail(early);
    const reader = new FileReader();
    reader.onerror = () => setPicked(optionsText(locale, 'logoUnreadable'));
    reader.onload = () => {
      const checked = typeof reader.result === 'string' ? checkLogo(reader.result) : { id: 'logoBroken' as const };
      if (!('url' in checked)) return fail(checked);
      setPicked(null);
      onChange(checked.url);
    };
    reader.readAsDataURL(file);
  };

  return (
    <Field id="brand-logo" label={optionsText(locale, 'logoLabel')} hint={optionsText(locale, 'logoHint', { max: kilobytes(MAX_LOGO_BYTES) })} problem={picked ?? problem}>
      {({ id, describedBy, invalid }) => (
        <div className="logo-row">
          <input
            id={id}
            type="file"
            accept={LOGO_TYPES.join(',')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            data-testid="logo-input"
            onChange={(e) => {
              pick(e.target.files?.[0]);
              // The same file can be picked again after a remove.
              e.target.value = '';
            }}
          />
          {isInlineLogo(logo) ? (
            <>
              <img className="logo-preview" src={logo} alt={optionsText(locale, 'logoPreviewAlt')} data-testid="logo-preview" />
              <button type="button" className="secondary" data-testid="logo-remove" onClick={() => (setPicked(null), onChange(''))}>
                {optionsText(locale, 'logoRemove')}
              </button>
            </>
          ) : null}
        </div>
      )}
    </Field>
  );
}
