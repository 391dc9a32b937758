// "Changes since <date>": the overall and stage scores against the previous audit of the same site,
// and the pain points fixed and new since then.
import type { HistoryDelta } from '../history/delta';
import type { SnapshotPainPoint } from '../history/snapshot';
import { historyText, painPointTitle, signedChange } from '../i18n/history';
import { scanTime, ui } from '../i18n/translate';
import { STAGE_NAMES } from '../i18n/ui';
import { useLocale } from './locale';

export interface ChangesSinceProps {
  /** null: no earlier audit of the site is saved. */
  delta: HistoryDelta | null;
  /** Either audit was incomplete: part of the change may be checks that did not run. */
  incomplete: boolean;
}

export function ChangesSince({ delta, incomplete }: ChangesSinceProps) {
  const locale = useLocale();
  if (!delta) {
    return (
      <section className="changes" data-testid="changes-since">
        <p className="empty">{historyText(locale, 'firstAudit')}</p>
      </section>
    );
  }
  const score = (value: number | null) => (value === null ? ui(locale, 'notAssessed') : String(value));
  // The overall score always; a stage only when its score moved (the rest named on one line).
  const rows = [
    { key: 'overall', name: ui(locale, 'overall'), ...delta.overall },
    ...delta.stages.filter((s) => s.before !== s.now).map((s) => ({ key: s.id, name: STAGE_NAMES[s.id][locale], ...s })),
  ];
  const unchanged = delta.stages.filter((s) => s.before === s.now).map((s) => STAGE_NAMES[s.id][locale]);
  return (
    <section className="changes" data-testid="changes-since" data-since={delta.since}>
      <h2>{historyText(locale, 'changesSince', { date: scanTime(locale, delta.since) })}</h2>
      <ul className="score-changes">
        {rows.map((row) => (
          <li key={row.key} data-testid={`change-${row.key}`} data-change={row.change ?? ''} className={changeClass(row.change)}>
            <span className="change-name">{row.name}</span>
            <span className="change-scores">
              {score(row.before)} → {score(row.now)}
            </span>
            <span className="change-sign">{signedChange(row.change)}</span>
          </li>
        ))}
      </ul>
      {unchanged.length > 0 ? <p className="unchanged" data-testid="unchanged-stages">{historyText(locale, 'unchangedStages', { names: unchanged.join(', ') })}</p> : null}
      {incomplete ? <p className="warning">{historyText(locale, 'previousIncomplete')}</p> : null}
      {delta.fixed.length === 0 && delta.added.length === 0 ? (
        <p className="empty">{historyText(locale, 'noPainPointChanges')}</p>
      ) : (
        <>
          <PainPointChanges testId="fixed" heading={historyText(locale, 'fixed', { count: delta.fixed.length })} points={delta.fixed} />
          <PainPointChanges testId="added" heading={historyText(locale, 'added', { count: delta.added.length })} points={delta.added} />
        </>
      )}
    </section>
  );
}

function PainPointChanges({ testId, heading, points }: { testId: string; heading: string; points: readonly SnapshotPainPoint[] }) {
  const locale = useLocale();
  if (points.length === 0) return null;
  return (
    <div className={`pain-changes ${testId}`} data-testid={testId}>
      <h3>{heading}</h3>
      <ul>
        {points.map((p) => (
          <li key={p.rule} data-rule={p.rule}>
            {painPointTitle(locale, p)} <span className="pain-stage">· {STAGE_NAMES[p.stage][locale]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function changeClass(change: number | null): string {
  if (change === null || change === 0) return 'same';
  return change > 0 ? 'up' : 'down';
}
