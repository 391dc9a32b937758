// The brand's fields. Problems come from checkBrand on the whole draft, so the form says exactly
// what the store and the CLI would refuse.
import type { BrandField, BrandIssue } from '../../brand/brand';
import { BRAND_LIMITS } from '../../brand/brand';
import type { BrandDraft } from '../../brand/draft';
import { charCount } from '../../brand/plain-text';
import type { Locale } from '../../engine/rule';
import { brandProblemText } from '../../i18n/brand';
import { optionsText } from '../../i18n/options';
import { accentOf } from './CoverPreview';
import { Field } from './Field';
import { LogoField } from './LogoField';

interface Props {
  locale: Locale;
  draft: BrandDraft;
  issues: readonly BrandIssue[];
  onChange: (field: BrandField, value: string) => void;
}

export function BrandForm({ locale, draft, issues, onChange }: Props) {
  const problem = (field: BrandField) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? brandProblemText(locale, issue.id, issue.data) : undefined;
  };
  const count = (field: 'name' | 'contact' | 'intro') => optionsText(locale, 'count', { count: charCount(draft[field]), max: BRAND_LIMITS[field] });
  const text = (field: 'name' | 'contact') => (
    <Field id={`brand-${field}`} label={optionsText(locale, `${field}Label`)} hint={optionsText(locale, `${field}Hint`, { max: BRAND_LIMITS[field] })} problem={problem(field)} aside={count(field)}>
      {({ id, describedBy, invalid }) => (
        <input id={id} type="text" value={draft[field]} required={field === 'name'} aria-describedby={describedBy} aria-invalid={invalid} data-testid={id} onChange={(e) => onChange(field, e.target.value)} />
      )}
    </Field>
  );

  return (
    <div className="brand-form">
      {text('name')}
      <LogoField locale={locale} logo={draft.logo} problem={problem('logo')} onChange={(logo) => onChange('logo', logo)} />
      <Field id="brand-accent" label={optionsText(locale, 'accentLabel')} hint={optionsText(locale, 'accentHint')} problem={problem('accent')}>
        {({ id, describedBy, invalid }) => (
          <div className="accent-row">
            <input type="color" aria-label={optionsText(locale, 'accentPicker')} value={accentOf(draft)} data-testid="accent-picker" onChange={(e) => onChange('accent', e.target.value)} />
            <input id={id} type="text" value={draft.accent} placeholder="#1d4ed8" size={9} spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} data-testid={id} onChange={(e) => onChange('accent', e.target.value)} />
          </div>
        )}
      </Field>
      {text('contact')}
      <Field id="brand-intro" label={optionsText(locale, 'introLabel')} hint={optionsText(locale, 'introHint', { max: BRAND_LIMITS.intro })} problem={problem('intro')} aside={count('intro')}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={6} value={draft.intro} aria-describedby={describedBy} aria-invalid={invalid} data-testid={id} onChange={(e) => onChange('intro', e.target.value)} />}
      </Field>
    </div>
  );
}
