import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'ad-pixels',
  asset: 'measure.adPixels',
  title: { en: 'Ad campaigns can measure and re-reach visitors', fi: 'Mainoskampanjat voivat mitata ja tavoittaa kävijät uudelleen' },
  failTitle: { en: 'No ad pixels found', fi: 'Mainospikseleitä ei löytynyt' },
  fix: {
    en: 'If you advertise, install the conversion pixel of each ad platform (Meta, Google Ads, LinkedIn…) behind consent.',
    fi: 'Jos mainostat, asenna kunkin mainosalustan konversiopikseli (Meta, Google Ads, LinkedIn…) suostumuksen taakse.',
  },
  found: { en: 'Ad pixels: {detail}.', fi: 'Mainospikselit: {detail}.' },
  missing: { en: 'No advertising pixel was found: paid campaigns cannot measure what they bring.', fi: 'Mainospikseleitä ei löytynyt: maksettu mainonta ei voi mitata tuloksiaan.' },
});
