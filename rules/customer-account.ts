import { presenceRule } from './presence-rule';
import { sellsOnline } from './context';

export default presenceRule({
  id: 'customer-account',
  asset: 'retention.account',
  title: { en: 'Customers have their own account', fi: 'Asiakkaalla on oma tili' },
  failTitle: { en: 'No customer account found', fi: 'Asiakastiliä ei löytynyt' },
  fix: {
    en: 'Offer a customer account (order history, quick reorder, saved details) and invite buyers to create one after checkout.',
    fi: 'Tarjoa asiakastili (tilaushistoria, nopea uusintatilaus, tallennetut tiedot) ja kutsu ostaja luomaan se kassan jälkeen.',
  },
  found: { en: 'Customer account: {detail}.', fi: 'Asiakastili: {detail}.' },
  missing: { en: 'The shop has no login or customer account.', fi: 'Kaupassa ei ole kirjautumista tai asiakastiliä.' },
  notApplicable: { when: (facts, context) => !sellsOnline(facts, context), text: { en: 'Not an online shop page.', fi: 'Ei verkkokaupan sivu.' } },
});
