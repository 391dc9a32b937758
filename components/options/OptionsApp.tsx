// The options page: loads the language and the stored brand, keeps the draft being edited, and
// saves or clears it in storage.local. Problems show once the user has tried to save, then follow
// each edit.
import { useEffect, useState } from 'react';
import { checkBrand, type BrandField } from '../../brand/brand';
import { draftOf, EMPTY_DRAFT, type BrandDraft } from '../../brand/draft';
import { clearBrand, loadBrand, saveBrand } from '../../brand/store';
import type { Locale } from '../../engine/rule';
import { loadLocale, saveLocale } from '../../extension/locale-pref';
import type { BrandNoticeId } from '../../i18n/brand';
import { optionsText } from '../../i18n/options';
import { ErrorBoundary } from '../ErrorBoundary';
import { LocaleContext } from '../locale';
import { OptionsView } from './OptionsView';
import { saveStatus, type LastAction } from './save-status';

export function OptionsApp() {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [saved, setSaved] = useState<BrandDraft | null>(null);
  const [draft, setDraft] = useState<BrandDraft>(EMPTY_DRAFT);
  const [notice, setNotice] = useState<BrandNoticeId | null>(null);
  const [tried, setTried] = useState(false);
  const [lastAction, setLastAction] = useState<LastAction>('none');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    void Promise.all([loadLocale(), loadBrand()]).then(([loadedLocale, loaded]) => {
      setLocale(loadedLocale);
      setSaved(loaded.brand ? draftOf(loaded.brand) : null);
      setDraft(draftOf(loaded.brand));
      setNotice(loaded.notice);
    });
  }, []);
  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    document.title = optionsText(locale, 'pageTitle');
  }, [locale]);

  if (!locale) return null;
  const checked = checkBrand(draft);
  const issues = tried && !checked.ok ? checked.issues : [];

  const change = (field: BrandField, value: string) => {
    setDraft((now) => ({ ...now, [field]: value }));
    setLastAction('none');
  };
  const done = (action: LastAction, next: BrandDraft | null) => {
    setSaved(next);
    setDraft(next ?? EMPTY_DRAFT);
    setNotice(null);
    setTried(false);
    setLastAction(action);
  };
  const fail = (error: unknown) => {
    setFailure(error instanceof Error ? error.message : String(error));
    setLastAction('failed');
  };
  const save = () => {
    setTried(true);
    if (!checked.ok) return;
    saveBrand(checked.brand).then((brand) => done('saved', draftOf(brand)), fail);
  };
  const reset = () => {
    clearBrand().then(() => done('cleared', null), fail);
  };
  const changeLocale = (next: Locale) => {
    setLocale(next);
    void saveLocale(next);
  };

  return (
    <LocaleContext.Provider value={locale}>
      <ErrorBoundary locale={locale}>
        <OptionsView
          locale={locale}
          draft={draft}
          issues={issues}
          notice={notice}
          status={saveStatus(draft, saved, lastAction, issues.length > 0)}
          failure={failure}
          date={Date.now()}
          onLocaleChange={changeLocale}
          onChange={change}
          onSave={save}
          onReset={reset}
        />
      </ErrorBoundary>
    </LocaleContext.Provider>
  );
}
