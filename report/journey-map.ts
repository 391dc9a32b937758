// The customer's journey drawn as a map (seed 001): the five stages as columns, the touchpoints
// found as cards with the page they were found on, the missing ones as visible holes.
import type { AssetId, Detection } from '../engine/assets';
import { DEFAULT_CONFIG, type StageId } from '../engine/config';
import type { ReportJson } from '../engine/report-json';
import { describeDetection } from '../i18n/describe';

export const JOURNEY_STAGES = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy'] as const satisfies readonly StageId[];

export interface MapCard {
  asset: AssetId;
  presence: Exclude<Detection['present'], 'none'>;
  /** What was found, in the report's language ("Yhteystiedot → /yhteystiedot (linkin takana)"). */
  detail: string;
  /** The page it was found on. */
  page: string;
}

export interface MapColumn {
  stage: StageId;
  name: string;
  score: number | null;
  cards: MapCard[];
  /** Touchpoints this kind of site should have and that were not found. */
  holes: AssetId[];
  /** Not expected of this kind of site, and not found: neither a card nor a hole. */
  notApplicable: AssetId[];
}

export function journeyMap(report: ReportJson): MapColumn[] {
  const notApplicable = new Set(report.siteKind.assetsNotApplicable);
  return JOURNEY_STAGES.map((stage): MapColumn => {
    const scored = report.stages.find((s) => s.id === stage);
    const column: MapColumn = { stage, name: scored?.name ?? stage, score: scored?.score ?? null, cards: [], holes: [], notApplicable: [] };
    for (const asset of DEFAULT_CONFIG[stage].assets) {
      const detection = report.assets[asset];
      if (detection.present !== 'none') {
        const page = detection.evidence.find((e) => e.page)?.page ?? report.url;
        column.cards.push({ asset, presence: detection.present, detail: describeDetection(report.locale, detection), page });
      } else if (notApplicable.has(asset)) column.notApplicable.push(asset);
      else column.holes.push(asset);
    }
    return column;
  });
}
