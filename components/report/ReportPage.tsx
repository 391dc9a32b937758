// The extension's report page: the document, and above it (never printed) the language, printing
// to PDF and the downloads.
import { useEffect, useState } from 'react';
import type { Locale } from '../../engine/rule';
import { loadLocale, saveLocale } from '../../extension/locale-pref';
import { reportDocument } from '../../extension/report-document';
import { loadReportRequest, type ReportRequest } from '../../extension/report-request';
import { rt } from '../../i18n/report';
import type { ReportDocument } from '../../report/document';
import { LocaleSwitch } from '../LocaleSwitch';
import { DownloadButtons } from './DownloadButtons';
import { ReportView } from './ReportView';

type PageState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; doc: ReportDocument };

export function ReportPage({ id }: { id: string }) {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [request, setRequest] = useState<ReportRequest | null | undefined>(undefined);
  const [state, setState] = useState<PageState>({ status: 'loading' });

  useEffect(() => {
    void loadLocale().then(setLocale);
    void loadReportRequest(id).then(setRequest, () => setRequest(null));
  }, [id]);
  useEffect(() => {
    if (!locale || request === undefined) return;
    if (request === null) return setState({ status: 'missing' });
    let live = true;
    void reportDocument(request, locale).then((doc) => live && setState({ status: 'ready', doc }), () => live && setState({ status: 'missing' }));
    return () => {
      live = false;
    };
  }, [locale, request]);
  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    if (state.status === 'ready') document.title = `${rt(locale, 'title')} · ${state.doc.report.url}`;
  }, [locale, state]);

  if (!locale) return null;
  const changeLocale = (next: Locale) => {
    setLocale(next);
    void saveLocale(next);
  };
  return (
    <>
      <nav className="report-toolbar" aria-label={rt(locale, 'download')}>
        <LocaleSwitch locale={locale} onChange={changeLocale} />
        {state.status === 'ready' ? (
          <>
            <button type="button" data-testid="print-report" onClick={() => window.print()}>
              {rt(locale, 'print')}
            </button>
            <DownloadButtons doc={state.doc} />
          </>
        ) : null}
      </nav>
      {state.status === 'ready' ? (
        <ReportView doc={state.doc} />
      ) : (
        <p className="report-status" data-testid="report-status" role="status">
          {rt(locale, state.status === 'missing' ? 'reportMissing' : 'reportLoading')}
        </p>
      )}
    </>
  );
}
