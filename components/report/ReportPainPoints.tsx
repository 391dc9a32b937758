import type { ReportJson } from '../../engine/report-json';
import { shortUrl } from '../../i18n/describe';
import { rt } from '../../i18n/report';
import { evidencePage, painItems } from '../../report/sections';

/** The pain points ranked by what fixing each would add, with the evidence found and the fix. */
export function ReportPainPoints({ report }: { report: ReportJson }) {
  const locale = report.locale;
  const items = painItems(report);
  return (
    <section className="pains" data-testid="report-pain-points">
      <h2>{rt(locale, 'painTitle')}</h2>
      {items.length === 0 ? <p>{rt(locale, 'noPainPoints')}</p> : <p className="hint">{rt(locale, 'painHint')}</p>}
      <ol>
        {items.map((item) => (
          <li key={`${item.stage}-${item.rule}`} className={`pain outcome-${item.outcome}`} data-rule={item.rule}>
            <div className="pain-head">
              <h3>{item.title}</h3>
              <span className="pain-cost">{item.cost || item.outcomeText}</span>
            </div>
            <div className="pain-stage">{item.stageName}</div>
            <p>{item.message}</p>
            {item.evidence.length > 0 ? (
              <div className="pain-evidence">
                <span className="label">{rt(locale, 'evidence')}:</span>
                <ul>
                  {item.evidence.map((ev, i) => {
                    const page = evidencePage(report, ev);
                    return (
                      <li key={i}>
                        {ev.text ? <q>{ev.text}</q> : null}
                        {ev.url ? <code>{shortUrl(ev.url)}</code> : null}
                        {ev.selector ? <span className="selector">{rt(locale, 'element')}: <code>{ev.selector}</code></span> : null}
                        {page ? <span className="on-page">{rt(locale, 'foundOn', { page: shortUrl(page) })}</span> : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
            {item.fix ? (
              <p className="pain-fix">
                <strong>{rt(locale, 'fix')}:</strong> {item.fix}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
