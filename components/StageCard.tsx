import type { StageReport } from '../engine/audit';
import { STAGE_HINTS, STAGE_NAMES } from '../i18n/ui';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';
import { ScoreBadge } from './ScoreBadge';

export function StageCard({ stage, selected, onSelect }: { stage: StageReport; selected: boolean; onSelect: () => void }) {
  const locale = useLocale();
  const name = STAGE_NAMES[stage.id][locale];
  const incomplete = stage.unchecked.length > 0;
  const scoreText = stage.score === null ? ui(locale, 'notAssessed') : `${stage.score}/100${incomplete ? ` (${ui(locale, 'incompleteStage')})` : ''}`;
  const hint = incomplete ? ui(locale, 'incompleteStageHint', { count: stage.unchecked.length }) : stage.score === null ? ui(locale, 'notAssessedHint') : STAGE_HINTS[stage.id][locale];
  return (
    <button
      type="button"
      className={`stage-card${selected ? ' selected' : ''}${incomplete ? ' incomplete' : ''}`}
      data-testid={`stage-${stage.id}`}
      data-score={stage.score ?? ''}
      data-complete={incomplete ? 'false' : 'true'}
      aria-pressed={selected}
      onClick={onSelect}
      title={hint}
    >
      <ScoreBadge score={stage.score} label={`${name}: ${scoreText}`} />
      <span className="stage-name">{name}</span>
      <span className="stage-hint">{incomplete ? `⚠ ${ui(locale, 'incompleteStage')}` : stage.score === null ? ui(locale, 'notAssessed') : STAGE_HINTS[stage.id][locale]}</span>
    </button>
  );
}
