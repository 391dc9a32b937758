import type { ReportJson } from '../../engine/report-json';
import { rt } from '../../i18n/report';
import type { ReportBrand } from '../../report/document';
import { pageRows } from '../../report/sections';

/** The pages the audit read, and how the report was made. */
export function ReportPages({ report, brand }: { report: ReportJson; brand: ReportBrand | null }) {
  const locale = report.locale;
  const seconds = new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 1 }).format(report.timings.totalMs / 1000);
  return (
    <section className="pages" data-testid="report-pages">
      <h2>{rt(locale, 'pagesTitle')}</h2>
      <table>
        <thead>
          <tr>
            <th>{rt(locale, 'role')}</th>
            <th>{rt(locale, 'page')}</th>
            <th>{rt(locale, 'outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {pageRows(report).map((row, i) => (
            <tr key={i}>
              <td>{row.role}</td>
              <td className="url">{row.url}</td>
              <td>{row.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="colophon">
        {brand?.name ? <p>{rt(locale, 'preparedBy', { name: brand.name })}{brand.contact ? ` · ${brand.contact}` : ''}</p> : null}
        <p>
          {rt(locale, 'colophon', { version: report.tool.version })} {rt(locale, 'timings', { seconds })}
        </p>
      </footer>
    </section>
  );
}
