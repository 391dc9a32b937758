import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'referral-programme',
  asset: 'advocacy.referral',
  title: { en: 'Happy customers are invited to refer friends', fi: 'Tyytyväisiä asiakkaita pyydetään suosittelemaan ystävälle' },
  failTitle: { en: 'No referral programme found', fi: 'Suositteluohjelmaa ei löytynyt' },
  fix: {
    en: 'Reward recommendations: a refer-a-friend offer (“give 10 €, get 10 €”) in the account and the order confirmation.',
    fi: 'Palkitse suosittelusta: suosittele ystävälle -etu (”anna 10 €, saat 10 €”) asiakastilillä ja tilausvahvistuksessa.',
  },
  found: { en: 'Referral programme: {detail}.', fi: 'Suositteluohjelma: {detail}.' },
  missing: { en: 'No refer-a-friend or referral programme was found.', fi: 'Suosittele ystävälle -ohjelmaa ei löytynyt.' },
});
