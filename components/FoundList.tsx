import type { StageReport } from '../engine/audit';
import { ASSET_NAMES } from '../i18n/ui';
import { describeDetection } from '../i18n/describe';
import { kindUi } from '../i18n/site-kind';
import { useLocale } from './locale';

export function FoundList({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  if (stage.assets.length === 0) return null;
  return (
    <dl className="found" data-testid={`found-${stage.id}`}>
      {stage.assets.map(({ id, detection, applies }) => {
        const found = detection !== null && detection.present !== 'none';
        // Missing but not expected of this kind of site: neutral, never a cross.
        const notApplicable = !found && applies === false;
        return (
          <div key={id} className={`found-row ${found ? 'yes' : notApplicable ? 'na' : 'no'}`} data-asset={id} data-present={detection?.present ?? 'unchecked'} data-applies={notApplicable ? 'false' : 'true'}>
            <dt>{ASSET_NAMES[id][locale]}</dt>
            <dd>{notApplicable ? kindUi(locale, 'notApplicable') : describeDetection(locale, detection)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
