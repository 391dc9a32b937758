// The audit history in the popup: what changed since the last audit of this site, and this site
// beside the competitors the user chose. Shown once the audit has finished filling in.
import { useMemo } from 'react';
import type { Report } from '../engine/audit';
import { useHistory } from '../extension/history';
import { previousAudit, deltaBetween } from '../history/delta';
import { snapshotOfReport } from '../history/snapshot';
import { historyText } from '../i18n/history';
import { ChangesSince } from './ChangesSince';
import { CompetitorsPanel } from './CompetitorsPanel';
import { useLocale } from './locale';
import './history.css';

export function HistoryPanels({ report, working }: { report: Report; working: boolean }) {
  const locale = useLocale();
  const current = useMemo(() => snapshotOfReport(report), [report]);
  const { view, mark, unmark } = useHistory(current?.site ?? null);
  if (!current || working || !view.loaded) return null;
  const previous = previousAudit(view.entries, current);
  const notJudged = report.stages.flatMap((s) => s.assets.filter((a) => !a.applies).map((a) => a.id));
  return (
    <div className="history" data-testid="history">
      {view.notice ? <p className="warning" data-testid="history-notice">{historyText(locale, view.notice.id, { count: view.notice.count })}</p> : null}
      <ChangesSince delta={deltaBetween(previous, current)} incomplete={!current.complete || previous?.complete === false} />
      <CompetitorsPanel current={current} entries={view.entries} competitors={view.competitors} notJudged={notJudged} onMark={(s) => void mark(s)} onUnmark={(s) => void unmark(s)} />
    </div>
  );
}
