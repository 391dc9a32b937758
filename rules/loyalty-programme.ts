import { presenceRule } from './presence-rule';
import { sellsOnline } from './context';

export default presenceRule({
  id: 'loyalty-programme',
  asset: 'retention.loyalty',
  title: { en: 'Returning customers are rewarded', fi: 'Palaavaa asiakasta palkitaan' },
  failTitle: { en: 'No loyalty programme found', fi: 'Kanta-asiakasohjelmaa ei löytynyt' },
  fix: {
    en: 'Start a simple loyalty or membership benefit (points, member prices, a birthday offer) and show it on the site.',
    fi: 'Aloita yksinkertainen kanta-asiakasetu (pisteet, jäsenhinnat, syntymäpäivätarjous) ja kerro siitä sivustolla.',
  },
  found: { en: 'Loyalty programme: {detail}.', fi: 'Kanta-asiakasohjelma: {detail}.' },
  missing: { en: 'No loyalty, membership or rewards programme was found.', fi: 'Kanta-asiakas-, jäsen- tai bonusohjelmaa ei löytynyt.' },
  notApplicable: { when: (facts, context) => !sellsOnline(facts, context), text: { en: 'Not an online shop page.', fi: 'Ei verkkokaupan sivu.' } },
});
