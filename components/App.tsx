import { useEffect, useState } from 'react';
import type { Locale } from '../engine/rule';
import { useAudit } from '../extension/use-audit';
import { loadLocale, saveLocale } from '../extension/locale-pref';
import { ui } from '../i18n/translate';
import { AuditView } from './AuditView';
import { ErrorBoundary } from './ErrorBoundary';
import { LocaleContext } from './locale';
import { LocaleSwitch } from './LocaleSwitch';
import { Blocked, Scanning } from './StatusMessage';

export function App() {
  const [locale, setLocale] = useState<Locale | null>(null);
  const { state, rescan } = useAudit();

  useEffect(() => {
    void loadLocale().then(setLocale);
  }, []);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  if (!locale) return null;
  const changeLocale = (next: Locale) => {
    setLocale(next);
    void saveLocale(next);
  };

  return (
    <LocaleContext.Provider value={locale}>
      <header className="bar">
        <div className="brand">
          <strong>{ui(locale, 'appName')}</strong>
          <span>{ui(locale, 'tagline')}</span>
        </div>
        <LocaleSwitch locale={locale} onChange={changeLocale} />
        <button type="button" data-testid="rescan" onClick={rescan} disabled={state.status === 'scanning' || state.status === 'starting'}>
          {ui(locale, 'rescan')}
        </button>
      </header>
      <ErrorBoundary locale={locale}>
        {state.status === 'starting' ? null : state.status === 'scanning' ? (
          <Scanning />
        ) : state.status === 'blocked' ? (
          <Blocked reason={state.reason} detail={state.detail} onRetry={rescan} />
        ) : (
          <AuditView facts={state.facts} />
        )}
      </ErrorBoundary>
    </LocaleContext.Provider>
  );
}
