import { safeImage, type ReportDocument } from '../../report/document';
import { coverRows } from '../../report/sections';
import { rt } from '../../i18n/report';
import { paragraphsOf } from '../../brand/plain-text';
import { ScoreBar } from './ScoreBar';

/** Page one: who made it, which site and when, what it looked like, and the scores at a glance. */
export function ReportCover({ doc }: { doc: ReportDocument }) {
  const { report, brand } = doc;
  const locale = report.locale;
  const logo = safeImage(brand?.logo);
  const screenshot = safeImage(doc.screenshot);
  return (
    <section className="cover" data-testid="report-cover">
      <header className="cover-brand">
        {logo ? <img className="brand-logo" src={logo} alt={brand?.name ?? ''} /> : null}
        <div>
          <div className="brand-name">{brand?.name ?? 'Polku'}</div>
          {brand?.contact ? <div className="brand-contact">{brand.contact}</div> : null}
        </div>
      </header>
      <h1>{rt(locale, 'title')}</h1>
      <p className="cover-site" data-testid="report-url">{report.url}</p>
      <dl className="cover-facts">
        {coverRows(report).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {brand?.intro ? (
        <div className="cover-intro">
          {paragraphsOf(brand.intro).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      ) : null}
      <div className="cover-body">
        {screenshot ? (
          <figure className="cover-shot">
            <img src={screenshot} alt={rt(locale, 'screenshotAlt')} />
          </figure>
        ) : null}
        <div className="cover-scores">
          <div className="overall" data-testid="report-overall">
            <span className="overall-number">{report.overall ?? '–'}</span>
            <span className="overall-label">{rt(locale, 'overall')} / 100</span>
          </div>
          <h2 className="scores-title">{rt(locale, 'stageScores')}</h2>
          <ul className="stage-scores">
            {report.stages.map((stage) => (
              <li key={stage.id} data-stage={stage.id}>
                <span className="stage-name">{stage.name}</span>
                <ScoreBar score={stage.score} label={rt(locale, 'notAssessed')} />
              </li>
            ))}
          </ul>
        </div>
      </div>
      {report.complete ? null : <p className="notice" data-testid="report-incomplete">⚠ {rt(locale, 'incomplete')}</p>}
    </section>
  );
}
