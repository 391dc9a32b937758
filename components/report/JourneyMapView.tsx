import type { ReportJson } from '../../engine/report-json';
import { shortUrl } from '../../i18n/describe';
import { ASSET_NAMES } from '../../i18n/ui';
import { rt } from '../../i18n/report';
import { journeyMap } from '../../report/journey-map';

/** The five stages as columns: touchpoints found as cards, the missing ones as dashed holes. */
export function JourneyMapView({ report }: { report: ReportJson }) {
  const locale = report.locale;
  return (
    <section className="journey" data-testid="journey-map">
      <h2>{rt(locale, 'mapTitle')}</h2>
      <p className="hint">{rt(locale, 'mapHint')}</p>
      <div className="journey-columns">
        {journeyMap(report).map((column) => (
          <div key={column.stage} className="journey-column" data-stage={column.stage}>
            <h3>
              {column.name} <span className="column-score">{column.score ?? '–'}</span>
            </h3>
            <div className="column-cards">
            {column.cards.map((card) => (
              <div key={card.asset} className={`touchpoint presence-${card.presence}`} data-asset={card.asset}>
                <strong>{ASSET_NAMES[card.asset][locale]}</strong>
                <span className="touchpoint-detail">{card.detail}</span>
                {card.page !== report.url ? <span className="touchpoint-page">{rt(locale, 'foundOn', { page: shortUrl(card.page) })}</span> : null}
              </div>
            ))}
            {column.holes.map((asset) => (
              <div key={asset} className="touchpoint hole" data-asset={asset} data-hole="true">
                <strong>{ASSET_NAMES[asset][locale]}</strong>
                <span className="touchpoint-detail">{rt(locale, 'hole')}</span>
              </div>
            ))}
            </div>
            {column.notApplicable.length > 0 ? (
              <p className="not-expected">{rt(locale, 'notExpected', { names: column.notApplicable.map((a) => ASSET_NAMES[a][locale]).join(', ') })}</p>
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}
