import type { StageReport } from '../engine/audit';
import { STAGE_HINTS, STAGE_NAMES } from '../i18n/ui';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';
import { ScoreBadge } from './ScoreBadge';

export function StageCard({ stage, selected, onSelect }: { stage: StageReport; selected: boolean; onSelect: () => void }) {
  const locale = useLocale();
  const name = STAGE_NAMES[stage.id][locale];
  const scoreText = stage.score === null ? ui(locale, 'notAssessed') : `${stage.score}/100`;
  return (
    <button
      type="button"
      className={`stage-card${selected ? ' selected' : ''}`}
      data-testid={`stage-${stage.id}`}
      data-score={stage.score ?? ''}
      aria-pressed={selected}
      onClick={onSelect}
      title={stage.score === null ? ui(locale, 'notAssessedHint') : STAGE_HINTS[stage.id][locale]}
    >
      <ScoreBadge score={stage.score} label={`${name}: ${scoreText}`} />
      <span className="stage-name">{name}</span>
      <span className="stage-hint">{stage.score === null ? ui(locale, 'notAssessed') : STAGE_HINTS[stage.id][locale]}</span>
    </button>
  );
}
