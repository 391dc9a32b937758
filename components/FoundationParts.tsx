import type { StageReport } from '../engine/audit';
import { ui } from '../i18n/translate';
import { GROUP_NAMES } from '../i18n/ui';
import { useLocale } from './locale';
import { ScoreBadge } from './ScoreBadge';

/** The foundation's parts (speed, mobile, accessibility, security, measurement), each with its score. */
export function FoundationParts({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  if (stage.groups.length === 0) return null;
  return (
    <ul className="foundation-parts" data-testid="foundation-groups" aria-label={ui(locale, 'foundationParts')}>
      {stage.groups.map((group) => (
        <li key={group.id} data-group={group.id} data-score={group.score ?? ''}>
          <ScoreBadge score={group.score} label={`${GROUP_NAMES[group.id][locale]}: ${group.score ?? ui(locale, 'notAssessed')}`} />
          <span>{GROUP_NAMES[group.id][locale]}</span>
        </li>
      ))}
    </ul>
  );
}
