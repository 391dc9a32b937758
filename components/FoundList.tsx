import type { StageReport } from '../engine/audit';
import { ASSET_NAMES } from '../i18n/ui';
import { describeDetection } from '../i18n/describe';
import { kindUi } from '../i18n/site-kind';
import { assetTargets, stageTargets } from '../overlay/targets';
import { useLocale, useStartPage } from './locale';
import { ShowTargetsButton } from './ShowOnPage';

export function FoundList({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  const startPage = useStartPage();
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
            <dd>
              {notApplicable ? kindUi(locale, 'notApplicable') : describeDetection(locale, detection)}
              {found && detection ? <ShowTargetsButton targets={assetTargets(detection.evidence, startPage, ASSET_NAMES[id][locale])} testId="show-asset" /> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** "Show all on page": outlines every touchpoint of the stage found on the audited page. */
export function ShowStageOnPage({ stage }: { stage: StageReport }) {
  const locale = useLocale();
  const startPage = useStartPage();
  const found = stage.assets.flatMap(({ id, detection }) => (detection && detection.present !== 'none' ? [{ id, evidence: detection.evidence }] : []));
  return <ShowTargetsButton targets={stageTargets(found, startPage, (id) => ASSET_NAMES[id][locale])} all testId={`show-all-${stage.id}`} />;
}
