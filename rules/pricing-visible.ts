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
  // Companies that price each job (B2B, craftsmen, estate agents) often ask for a quote instead.
  substitute: {
    asset: 'contact.form',
    kinds: ['b2b', 'service'],
    score: 0.6,
    text: { en: 'No prices shown, but visitors can ask for a quote: {detail}.', fi: 'Hintoja ei näytetä, mutta tarjousta voi pyytää: {detail}.' },
  },
});
