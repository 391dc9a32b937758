// Opens the full report of the audit shown in a tab of its own, and the agency's report settings.
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Facts } from '../engine/facts';
import type { SiteKindId } from '../engine/site-kind';
import { saveReportRequest } from '../extension/report-request';
import { rt } from '../i18n/report';
import { useLocale } from './locale';

export interface OpenReportProps {
  facts: Facts;
  kind: SiteKindId | null;
  screenshot: string | null;
  /** Key pages or the accessibility check still running: the report would miss them. */
  busy: boolean;
}

export function OpenReportButton({ facts, kind, screenshot, busy }: OpenReportProps) {
  const locale = useLocale();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    try {
      const id = await saveReportRequest({ facts, kind, screenshot });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?id=${id}` });
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="report-actions">
      <button type="button" className="open-report" data-testid="open-report" onClick={() => void open()} disabled={busy} title={rt(locale, 'openReportHint')}>
        {rt(locale, 'openReport')}
      </button>
      <button type="button" className="link-button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {rt(locale, 'reportSettings')}
      </button>
      {failed ? <p className="warning" role="alert">{rt(locale, 'openReportFailed')}</p> : null}
    </div>
  );
}
