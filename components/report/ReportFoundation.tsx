import type { ReportJson } from '../../engine/report-json';
import { rt } from '../../i18n/report';
import { foundationGroups } from '../../report/sections';
import { ScoreBar } from './ScoreBar';

/** Speed, mobile, accessibility, security and measurement: each part's score and the checks behind it. */
export function ReportFoundation({ report }: { report: ReportJson }) {
  const locale = report.locale;
  const lh = report.lighthouse;
  return (
    <section className="foundation" data-testid="report-foundation">
      <h2>{rt(locale, 'foundationTitle')}</h2>
      {foundationGroups(report).map((group) => (
        <div key={group.id} className="foundation-group" data-group={group.id}>
          <h3>
            {group.name} <ScoreBar score={group.score} label={rt(locale, 'notAssessed')} />
          </h3>
          <ul>
            {group.checks.map((check, i) => (
              <li key={i} className={`check outcome-${check.outcomeId}`}>
                <span className="check-outcome">{check.outcome}</span> <strong>{check.title}</strong> — {check.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {lh?.status === 'ok' ? (
        <div className="lighthouse" data-testid="report-lighthouse">
          <h3>{rt(locale, 'lighthouse', { version: lh.version, preset: rt(locale, lh.preset === 'mobile' ? 'preset_mobile' : 'preset_desktop') })}</h3>
          <ul className="lh-scores">
            <li>{rt(locale, 'lhPerformance')}: {lh.scores.performance ?? '–'}</li>
            <li>{rt(locale, 'lhAccessibility')}: {lh.scores.accessibility ?? '–'}</li>
            <li>{rt(locale, 'lhBestPractices')}: {lh.scores.bestPractices ?? '–'}</li>
            <li>{rt(locale, 'lhSeo')}: {lh.scores.seo ?? '–'}</li>
          </ul>
        </div>
      ) : lh?.status === 'failed' ? (
        <p className="notice">{rt(locale, 'lighthouseFailed', { reason: lh.reason })}</p>
      ) : null}
    </section>
  );
}
