// The report's exports, made here in the page and saved by the browser: nothing is uploaded.
import { renderCsv } from '../../report/csv';
import type { ReportDocument } from '../../report/document';
import { renderReportHtml } from '../../report/html';
import { renderMarkdown } from '../../report/markdown';
import { rt } from '../../i18n/report';
import { reportFileName } from '../../report/file-name';

const EXPORTS = [
  { format: 'html', label: 'HTML', type: 'text/html', make: renderReportHtml },
  { format: 'md', label: 'Markdown', type: 'text/markdown', make: renderMarkdown },
  { format: 'csv', label: 'CSV', type: 'text/csv', make: renderCsv },
  { format: 'json', label: 'JSON', type: 'application/json', make: (doc: ReportDocument) => JSON.stringify(doc.report, null, 2) },
] as const;

export function DownloadButtons({ doc }: { doc: ReportDocument }) {
  const locale = doc.report.locale;
  return (
    <span className="downloads">
      {rt(locale, 'download')}:
      {EXPORTS.map((e) => (
        <button key={e.format} type="button" data-testid={`download-${e.format}`} onClick={() => save(reportFileName(doc.report, e.format), e.make(doc), e.type)}>
          {e.label}
        </button>
      ))}
    </span>
  );
}

function save(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
