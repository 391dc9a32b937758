import type { StageReport } from '../engine/audit';
import type { Detection } from '../engine/assets';
import type { Locale } from '../engine/rule';
import { ASSET_NAMES } from '../i18n/ui';
import { ui } from '../i18n/translate';
import { shortUrl } from './EvidenceList';
import { useLocale } from './locale';

export function describeDetection(locale: Locale, detection: Detection | null): string {
  if (detection === null) return ui(locale, 'notChecked');
  if (detection.present === 'none') return ui(locale, 'none');
  const first = detection.evidence[0];
  const detail = detection.items.length > 0 ? detection.items.join(', ') : first?.text ?? (first?.url ? shortUrl(first.url) : '');
  const where = ui(locale, `presence_${detection.present}`);
  return detail ? `${detail} (${where})` : where;
}

export function FoundList({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  if (stage.assets.length === 0) return null;
  return (
    <dl className="found" data-testid={`found-${stage.id}`}>
      {stage.assets.map(({ id, detection }) => (
        <div key={id} className={`found-row ${detection && detection.present !== 'none' ? 'yes' : 'no'}`}>
          <dt>{ASSET_NAMES[id][locale]}</dt>
          <dd>{describeDetection(locale, detection)}</dd>
        </div>
      ))}
    </dl>
  );
}
