// This site beside its competitors: overall and per stage every site's score with the best marked
// (ties: all of them), and per stage the assets others have that this site lacks.
import type { Comparison, ScoreRow } from '../history/compare';
import { historyText } from '../i18n/history';
import { ui } from '../i18n/translate';
import { ASSET_NAMES, STAGE_NAMES } from '../i18n/ui';
import { useLocale } from './locale';

export function CompetitorTable({ comparison }: { comparison: Comparison }) {
  const locale = useLocale();
  const [self] = comparison.sites;
  const lacking = comparison.stages.filter((s) => s.missing.length > 0);
  return (
    <>
      <table className="competitor-table" data-testid="competitor-table">
        <thead>
          <tr>
            <th scope="col">{historyText(locale, 'stage')}</th>
            {comparison.sites.map((site) => (
              <th scope="col" key={site} title={site}>
                {site === self ? historyText(locale, 'thisSite') : site}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <ScoreCells testId="compare-overall" name={ui(locale, 'overall')} row={comparison.overall} />
          {comparison.stages.map((stage) => (
            <ScoreCells key={stage.id} testId={`compare-${stage.id}`} name={STAGE_NAMES[stage.id][locale]} row={stage} />
          ))}
        </tbody>
      </table>
      {lacking.length > 0 ? (
        <ul className="competitor-gaps" data-testid="competitor-gaps">
          {lacking.map((stage) => (
            <li key={stage.id} data-stage={stage.id}>
              <strong>{STAGE_NAMES[stage.id][locale]}</strong>
              {' · '}
              {historyText(locale, 'othersHave', {
                assets: stage.missing.map((m) => historyText(locale, 'assetAt', { asset: ASSET_NAMES[m.asset][locale], sites: m.haveIt.join(', ') })).join('; '),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ScoreCells({ testId, name, row }: { testId: string; name: string; row: ScoreRow }) {
  const locale = useLocale();
  const best = new Set(row.best);
  return (
    <tr data-testid={testId}>
      <th scope="row">{name}</th>
      {row.scores.map(({ site, score }) => (
        <td key={site} data-site={site} data-best={best.has(site) ? 'true' : 'false'} className={best.has(site) ? 'best' : undefined}>
          {score === null ? '–' : score}
          {best.has(site) ? <span className="best-mark" title={historyText(locale, 'best')} aria-label={historyText(locale, 'best')}> ★</span> : null}
        </td>
      ))}
    </tr>
  );
}
