import { presenceRule } from './presence-rule';
import { sellsOnline } from './context';

export default presenceRule({
  id: 'returns-policy',
  asset: 'commerce.returns',
  title: { en: 'The returns policy is easy to find', fi: 'Palautusehdot löytyvät helposti' },
  failTitle: { en: 'No returns policy found', fi: 'Palautusehtoja ei löytynyt' },
  fix: {
    en: 'Explain returns and the right of withdrawal in plain words and link the page next to the cart and in the footer.',
    fi: 'Kerro palautuksista ja peruutusoikeudesta selkokielellä ja linkitä sivu ostoskorin viereen ja alatunnisteeseen.',
  },
  found: { en: 'Returns: {detail}.', fi: 'Palautukset: {detail}.' },
  missing: { en: 'No returns, refund or withdrawal policy was found.', fi: 'Palautus-, hyvitys- tai peruutusehtoja ei löytynyt.' },
  notApplicable: { when: (facts, context) => !sellsOnline(facts, context), text: { en: 'Not an online shop page.', fi: 'Ei verkkokaupan sivu.' } },
});
