// Legal pages a buyer looks for before paying: the privacy policy and the terms.
import { cueMatcher } from '../cues/match';
import { PRIVACY, TERMS, TERMS_PATH_TOKENS } from '../cues/trust';
import type { AssetCollector } from './collector';
import { scanHeadings, scanLinks } from './cue-scan';
import { Found } from './found';
import { scanLabelHeadings, scanLabelLinks, type LabelCues } from './label-scan';
import type { PageIndex } from './page-index';

const privacy = { words: cueMatcher(PRIVACY), path: /privacy|tietosuoja|datenschutz|integritet|personvern|privatliv|rekisteriseloste|confidentialite/ };

// "Terms" alone is a label; inside prose ("in terms of") it is not.
const BARE_TERMS = new Set(['terms']);
const terms: LabelCues = {
  phrases: cueMatcher(TERMS.filter((t) => !BARE_TERMS.has(t))),
  labels: cueMatcher([...BARE_TERMS]),
  pathTokens: new Set(TERMS_PATH_TOKENS),
};

function detectPrivacy(index: PageIndex): Found {
  const found = new Found();
  scanHeadings(index, privacy, found);
  scanLinks(index, privacy, found);
  return found;
}

function detectTerms(index: PageIndex): Found {
  const found = new Found();
  scanLabelHeadings(index, terms, found);
  scanLabelLinks(index, terms, found);
  return found;
}

export const trustCollector: AssetCollector = {
  id: 'trust',
  assets: ['trust.privacy', 'trust.terms'],
  collect: (index) => ({
    'trust.privacy': detectPrivacy(index).result(),
    'trust.terms': detectTerms(index).result(),
  }),
};
