// The report document: one renderer for the extension's report page and the CLI's HTML and PDF.
// Page text reaches it only as React text (escaped), never as markup.
import type { CSSProperties } from 'react';
import { safeAccent, type ReportDocument } from '../../report/document';
import { JourneyMapView } from './JourneyMapView';
import { ReportCover } from './ReportCover';
import { ReportFoundation } from './ReportFoundation';
import { ReportPages } from './ReportPages';
import { ReportPainPoints } from './ReportPainPoints';
import { ReportChanges, ReportComparison } from './ReportHistory';
import { LocaleContext } from '../locale';

export function ReportView({ doc }: { doc: ReportDocument }) {
  const style = { '--accent': safeAccent(doc.brand?.accent) } as CSSProperties;
  return (
    <LocaleContext.Provider value={doc.report.locale}>
      <article className="report" lang={doc.report.locale} style={style} data-testid="report">
        <ReportCover doc={doc} />
        <ReportChanges doc={doc} />
        <JourneyMapView report={doc.report} />
        <ReportPainPoints report={doc.report} />
        <ReportComparison doc={doc} />
        <ReportFoundation report={doc.report} />
        <ReportPages report={doc.report} brand={doc.brand} />
      </article>
    </LocaleContext.Provider>
  );
}
