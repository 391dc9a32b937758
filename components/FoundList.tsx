import type { StageReport } from '../engine/audit';
import { ASSET_NAMES } from '../i18n/ui';
import { describeDetection } from '../i18n/describe';
import { useLocale } from './locale';

export function FoundList({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  if (stage.assets.length === 0) return null;
  return (
    <dl className="found" data-testid={`found-${stage.id}`}>
      {stage.assets.map(({ id, detection }) => (
        <div key={id} className={`found-row ${detection && detection.present !== 'none' ? 'yes' : 'no'}`} data-asset={id} data-present={detection?.present ?? 'unchecked'}>
          <dt>{ASSET_NAMES[id][locale]}</dt>
          <dd>{describeDetection(locale, detection)}</dd>
        </div>
      ))}
    </dl>
  );
}
