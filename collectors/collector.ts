import type { AssetId, Detection } from '../engine/assets';
import type { PageIndex } from './page-index';

/** A collector owns a slice of the asset facts and fills it from the shared page index. */
export interface AssetCollector {
  id: string;
  assets: readonly AssetId[];
  collect(index: PageIndex): Partial<Record<AssetId, Detection>>;
}
