// The audit history in the popup: what changed since the last audit of this site (near the scores),
// and this site beside the competitors the user chose (below the findings). Shown once the audit has
// finished filling in: a half-read site compared with a whole one would show changes that are not.
import { useMemo } from 'react';
import type { Report } from '../engine/audit';
import { useHistory } from '../extension/history';
import { deltaBetween, previousAudit } from '../history/delta';
import { snapshotOfReport } from '../history/snapshot';
import { historyText } from '../i18n/history';
import { ChangesSince } from './ChangesSince';
import { CompetitorsPanel } from './CompetitorsPanel';
import { useLocale } from './locale';
import './history.css';

interface HistoryPanelProps {
  report: Report;
  /** Key pages or accessibility still being read. */
  working: boolean;
}

function useSiteHistory({ report, working }: HistoryPanelProps) {
  const current = useMemo(() => snapshotOfReport(report), [report]);
  const history = useHistory(current?.site ?? null);
  return current && !working && history.view.loaded ? { current, ...history } : null;
}

export function HistoryChanges(props: HistoryPanelProps) {
  const locale = useLocale();
  const history = useSiteHistory(props);
  if (!history) return null;
  const { current, view } = history;
  const previous = previousAudit(view.entries, current);
  return (
    <div className="history" data-testid="history-changes">
      {view.notice ? <p className="warning" data-testid="history-notice">{historyText(locale, view.notice.id, { count: view.notice.count })}</p> : null}
      <ChangesSince delta={deltaBetween(previous, current)} incomplete={!current.complete || previous?.complete === false} />
    </div>
  );
}

export function HistoryCompetitors(props: HistoryPanelProps) {
  const history = useSiteHistory(props);
  if (!history) return null;
  const { current, view, mark, unmark } = history;
  const notJudged = props.report.stages.flatMap((s) => s.assets.filter((a) => !a.applies).map((a) => a.id));
  return (
    <div className="history">
      <CompetitorsPanel current={current} entries={view.entries} competitors={view.competitors} notJudged={notJudged} onMark={(s) => void mark(s)} onUnmark={(s) => void unmark(s)} />
    </div>
  );
}
