import { useEffect, useState } from 'react';
import type { Locale } from '../engine/rule';
import { useAudit } from '../extension/use-audit';
import { useHistoryRecorder } from '../extension/history';
import { loadLocale, saveLocale } from '../extension/locale-pref';
import { useKindChoice } from '../extension/site-kind-pref';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../extension/settings';
import { ui } from '../i18n/translate';
import { AuditView } from './AuditView';
import { OpenReportButton } from './OpenReportButton';
import { useViewOnClick } from '../extension/use-view-on-click';
import { ErrorBoundary } from './ErrorBoundary';
import { LocaleContext } from './locale';
import { LocaleSwitch } from './LocaleSwitch';
import { Blocked, Scanning } from './StatusMessage';

export function App() {
  const [locale, setLocale] = useState<Locale | null>(null);
  const { state, rescan } = useAudit();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [kind, changeKind] = useKindChoice(state.status === 'done' ? state.facts.page?.url : null);
  useHistoryRecorder(state, kind);
  const screenshot = useViewOnClick();

  useEffect(() => {
    void loadLocale().then(setLocale);
    void loadSettings().then(setSettings);
  }, []);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  if (!locale) return null;
  const changeKeyPages = (keyPages: number) => {
    const next = { ...settings, keyPages };
    setSettings(next);
    // The new count applies to a fresh audit of the page.
    void saveSettings(next).then(rescan);
  };
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
      {state.status === 'done' ? <OpenReportButton facts={state.facts} kind={kind} screenshot={screenshot} busy={state.progress !== null} /> : null}
      <ErrorBoundary locale={locale}>
        {state.status === 'starting' ? null : state.status === 'scanning' ? (
          <Scanning />
        ) : state.status === 'blocked' ? (
          <Blocked reason={state.reason} detail={state.detail} onRetry={rescan} />
        ) : (
          <AuditView facts={state.facts} progress={state.progress} keyPages={settings.keyPages} onKeyPagesChange={changeKeyPages} kind={kind} onKindChange={changeKind} />
        )}
      </ErrorBoundary>
    </LocaleContext.Provider>
  );
}
