import { useMemo, useState } from 'react';
import { runAudit } from '../engine/audit';
import { DEFAULT_CONFIG, type StageId } from '../engine/config';
import type { SiteKindId } from '../engine/site-kind';
import type { Facts } from '../engine/facts';
import { RULES } from '../rules';
import { STAGE_NAMES } from '../i18n/ui';
import { scanTime, ui } from '../i18n/translate';
import type { SiteProgress } from '../site/read-site';
import { DeepAuditHint } from './DeepAuditHint';
import { FoundationParts } from './FoundationParts';
import { FoundList, ShowStageOnPage } from './FoundList';
import { HistoryChanges, HistoryCompetitors } from './HistoryPanels';
import { KeyPagesSetting } from './KeyPagesSetting';
import { PagesRead } from './PagesRead';
import { SiteProgressLine } from './SiteProgressLine';
import { IncompleteNotice } from './IncompleteNotice';
import { StartPageContext, useLocale } from './locale';
import { PageOverlayScope } from './page-overlay';
import { PainPointList } from './PainPointList';
import { ScoreBadge } from './ScoreBadge';
import { SiteKindControl } from './SiteKindControl';
import { StageCard } from './StageCard';

export interface AuditViewProps {
  facts: Facts;
  /** Set while key pages are still being read. */
  progress: SiteProgress | null;
  keyPages: number;
  onKeyPagesChange: (next: number) => void;
  /** The kind of site the user chose for this site; absent or null: the inferred kind. */
  kind?: SiteKindId | null;
  onKindChange?: (next: SiteKindId | null) => void;
}

export function AuditView({ facts, progress, keyPages, onKeyPagesChange, kind = null, onKindChange }: AuditViewProps) {
  const locale = useLocale();
  // A change of kind re-scores the same facts: no rescan.
  const report = useMemo(() => runAudit(facts, RULES, DEFAULT_CONFIG, { kind }), [facts, kind]);
  const [selected, setSelected] = useState<StageId | null>(null);
  const painPoints = selected ? report.painPoints.filter((p) => p.stage === selected) : report.painPoints;
  const shownStages = selected ? report.stages.filter((s) => s.id === selected) : report.stages;
  const foundation = report.stages.find((s) => s.id === 'foundation');

  return (
    <StartPageContext.Provider value={report.url ?? ''}>
    <PageOverlayScope>
    <main className="audit">
      <section className="overall">
        <ScoreBadge score={report.overall} size="large" testId="overall-score" label={`${ui(locale, 'overall')}: ${report.overall ?? '–'}`} />
        <div>
          <div className="overall-label">
            {ui(locale, 'overall')}
            {report.incomplete ? <span className="incomplete-tag"> · ⚠ {ui(locale, 'incompleteStage')}</span> : null}
          </div>
          <div className="site" data-testid="audited-url" title={report.url ?? ''}>{report.url ?? ''}</div>
          <div className="scanned">{ui(locale, 'scannedAt', { time: scanTime(locale, report.scannedAt) })}</div>
        </div>
      </section>
      {onKindChange ? <SiteKindControl kind={report.siteKind} onChange={onKindChange} /> : null}
      <section className="stages" aria-label={ui(locale, 'overall')}>
        {report.stages.map((stage) => (
          <StageCard key={stage.id} stage={stage} selected={selected === stage.id} onSelect={() => setSelected(selected === stage.id ? null : stage.id)} />
        ))}
      </section>
      {foundation ? <FoundationParts stage={foundation} /> : null}
      {progress ? <SiteProgressLine progress={progress} /> : <IncompleteNotice report={report} />}
      <HistoryChanges report={report} working={progress !== null} />
      <section>
        <h2>
          {ui(locale, 'painPoints')}
          {selected ? ` · ${STAGE_NAMES[selected][locale]}` : ''}
        </h2>
        <PainPointList painPoints={painPoints} />
      </section>
      <section>
        <h2>{ui(locale, 'found')}</h2>
        {shownStages.map((stage) =>
          stage.assets.length > 0 ? (
            <details key={stage.id} open={selected !== null}>
              <summary>{STAGE_NAMES[stage.id][locale]}</summary>
              <ShowStageOnPage stage={stage} />
              <FoundList stage={stage} />
            </details>
          ) : null,
        )}
      </section>
      <HistoryCompetitors report={report} working={progress !== null} />
      <section>
        {facts.site ? <PagesRead site={facts.site} /> : null}
        <KeyPagesSetting value={keyPages} onChange={onKeyPagesChange} />
        {report.url && /^https?:/.test(report.url) ? <DeepAuditHint url={report.url} /> : null}
      </section>
    </main>
    </PageOverlayScope>
    </StartPageContext.Provider>
  );
}
