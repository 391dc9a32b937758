import type { PainPoint } from '../engine/audit';
import { STAGE_NAMES } from '../i18n/ui';
import { findingTitleId, message, points, ui } from '../i18n/translate';
import { EvidenceList } from './EvidenceList';
import { useLocale } from './locale';

export function PainPointList({ painPoints }: { painPoints: readonly PainPoint[] }) {
  const locale = useLocale();
  if (painPoints.length === 0) return <p className="empty">{ui(locale, 'noPainPoints')}</p>;
  return (
    <ol className="pain-points">
      {painPoints.map(({ stage, finding, cost, overallCost }) => (
        <li key={`${stage}-${finding.ruleId}`} data-testid="pain-point" data-rule={finding.ruleId} className={`pain outcome-${finding.outcome}`}>
          <div className="pain-head">
            <span className="pain-title">{message(locale, findingTitleId(finding))}</span>
            {overallCost > 0 ? (
              <span className="pain-cost" data-cost={overallCost} title={ui(locale, 'costHint', { cost: points(locale, overallCost), stage: STAGE_NAMES[stage][locale], stageCost: cost })}>
                {ui(locale, 'costPoints', { cost: points(locale, overallCost) })}
              </span>
            ) : <span className="pain-tag">{ui(locale, finding.outcome === 'review' ? 'outcome_review' : 'outcome_error')}</span>}
          </div>
          <div className="pain-stage">{STAGE_NAMES[stage][locale]}</div>
          <p className="pain-message">{message(locale, finding.messageId, finding.data)}</p>
          <EvidenceList evidence={finding.evidence} />
          {finding.outcome === 'fail' ? (
            <p className="pain-fix">
              <strong>{ui(locale, 'fix')}:</strong> {message(locale, `${finding.ruleId}#fix`)}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
