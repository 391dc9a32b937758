import { cueMatcher } from '../cues/match';
import { PRIVACY } from '../cues/trust';
import type { AssetCollector } from './collector';
import { scanHeadings, scanLinks } from './cue-scan';
import { Found } from './found';

const scan = { words: cueMatcher(PRIVACY), path: /privacy|tietosuoja|datenschutz|integritet|personvern|privatliv|rekisteriseloste|confidentialite/ };

export const privacyCollector: AssetCollector = {
  id: 'privacy',
  assets: ['trust.privacy'],
  collect(index) {
    const found = new Found();
    scanHeadings(index, scan, found);
    scanLinks(index, scan, found);
    return { 'trust.privacy': found.result() };
  },
};
