import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'pricing-visible',
  asset: 'offer.pricing',
  title: { en: 'Prices are visible for comparison', fi: 'Hinnat ovat näkyvillä vertailua varten' },
  failTitle: { en: 'No prices found', fi: 'Hintoja ei löytynyt' },
  fix: {
    en: 'Show prices, or at least “from” prices or a price list, so visitors comparing offers do not leave to ask.',
    fi: 'Näytä hinnat tai vähintään alkaen-hinnat tai hinnasto, jottei vertaileva kävijä lähde muualle kysymään.',
  },
  found: { en: 'Prices: {detail}.', fi: 'Hinnat: {detail}.' },
  missing: { en: 'No prices or price list were found.', fi: 'Hintoja tai hinnastoa ei löytynyt.' },
  linkScore: 0.8,
});
