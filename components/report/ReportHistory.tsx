// The report's pages about other audits: what changed since the last one of this site, and this
// site beside its competitors. The popup's own panels, laid out for paper.
import type { ReportDocument } from '../../report/document';
import { historyText } from '../../i18n/history';
import { rt } from '../../i18n/report';
import { ChangesSince } from '../ChangesSince';
import { CompetitorTable } from '../CompetitorTable';

export function ReportChanges({ doc }: { doc: ReportDocument }) {
  // Absent: made without history (the CLI); null: the site's first audit, nothing to tell a client.
  if (!doc.changes) return null;
  return (
    <div className="report-changes" data-testid="report-changes">
      <ChangesSince delta={doc.changes} incomplete={!doc.report.complete} />
    </div>
  );
}

export function ReportComparison({ doc }: { doc: ReportDocument }) {
  const comparison = doc.comparison;
  if (!comparison || comparison.sites.length < 2) return null;
  const locale = doc.report.locale;
  return (
    <section className="comparison" data-testid="report-comparison">
      <h2>{historyText(locale, 'competitors')}</h2>
      <p className="hint">{rt(locale, 'comparisonHint')}</p>
      <CompetitorTable comparison={comparison} />
    </section>
  );
}
