// The options page as a view of its state: the form, Save and Reset with the save status, the
// stored-value notice and the cover preview. All state and storage live in OptionsApp.
import type { BrandField, BrandIssue } from '../../brand/brand';
import type { BrandDraft } from '../../brand/draft';
import type { Locale } from '../../engine/rule';
import { brandNoticeText, type BrandNoticeId } from '../../i18n/brand';
import { optionsText, type OptionsKey } from '../../i18n/options';
import { ui } from '../../i18n/translate';
import { LocaleSwitch } from '../LocaleSwitch';
import { BrandForm } from './BrandForm';
import { CoverPreview } from './CoverPreview';

export interface OptionsViewProps {
  locale: Locale;
  draft: BrandDraft;
  /** Problems to show (empty until the user first tries to save). */
  issues: readonly BrandIssue[];
  notice: BrandNoticeId | null;
  status: OptionsKey;
  /** Detail of a failed save. */
  failure?: string;
  /** The date shown on the preview. */
  date: number;
  onLocaleChange: (locale: Locale) => void;
  onChange: (field: BrandField, value: string) => void;
  onSave: () => void;
  onReset: () => void;
}

export function OptionsView(props: OptionsViewProps) {
  const { locale } = props;
  return (
    <>
      <header className="bar">
        <div className="brand">
          <strong>{ui(locale, 'appName')}</strong>
          <span>{ui(locale, 'tagline')}</span>
        </div>
        <LocaleSwitch locale={locale} onChange={props.onLocaleChange} />
      </header>
      <main className="options">
        <div className="options-edit">
          <h1>{optionsText(locale, 'heading')}</h1>
          <p className="lead">{optionsText(locale, 'intro')}</p>
          {props.notice ? (
            <p className="warning" role="alert" data-testid="brand-notice">
              {brandNoticeText(locale, props.notice)}
            </p>
          ) : null}
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              props.onSave();
            }}
          >
            <BrandForm locale={locale} draft={props.draft} issues={props.issues} onChange={props.onChange} />
            <div className="actions">
              <button type="submit" data-testid="brand-save">
                {optionsText(locale, 'save')}
              </button>
              <button type="button" className="secondary" title={optionsText(locale, 'resetHint')} data-testid="brand-reset" onClick={props.onReset}>
                {optionsText(locale, 'reset')}
              </button>
              <p className="save-status" role="status" data-testid="brand-status">
                {optionsText(locale, props.status, { detail: props.failure ?? '' })}
              </p>
            </div>
          </form>
        </div>
        <CoverPreview locale={locale} draft={props.draft} date={props.date} />
      </main>
    </>
  );
}
