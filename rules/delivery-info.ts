import { presenceRule } from './presence-rule';
import { sellsOnline } from './context';

export default presenceRule({
  id: 'delivery-info',
  asset: 'commerce.delivery',
  title: { en: 'Delivery times and costs are told up front', fi: 'Toimitusajat ja -kulut kerrotaan etukäteen' },
  failTitle: { en: 'No delivery information found', fi: 'Toimitustietoja ei löytynyt' },
  fix: {
    en: 'State delivery times, costs and any free-shipping threshold on product pages and link a delivery page in the footer.',
    fi: 'Kerro toimitusajat, -kulut ja mahdollinen ilmaisen toimituksen raja tuotesivuilla ja linkitä toimitustiedot alatunnisteeseen.',
  },
  found: { en: 'Delivery information: {detail}.', fi: 'Toimitustiedot: {detail}.' },
  missing: { en: 'The shop tells nothing about delivery times or costs.', fi: 'Kauppa ei kerro toimitusajoista tai -kuluista.' },
  linkScore: 0.8,
  notApplicable: { when: (facts, context) => !sellsOnline(facts, context), text: { en: 'Not an online shop page.', fi: 'Ei verkkokaupan sivu.' } },
});
