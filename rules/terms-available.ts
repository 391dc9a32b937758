import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'terms-available',
  asset: 'trust.terms',
  title: { en: 'Terms of sale are easy to find', fi: 'Myynti- ja toimitusehdot löytyvät helposti' },
  failTitle: { en: 'No terms of sale found', fi: 'Myynti- tai toimitusehtoja ei löytynyt' },
  fix: {
    en: 'Publish your terms and conditions (or terms of sale) and link them in the footer and at checkout.',
    fi: 'Julkaise toimitus- tai myyntiehdot ja linkitä ne alatunnisteeseen ja kassalle.',
  },
  found: { en: 'Terms: {detail}.', fi: 'Ehdot: {detail}.' },
  missing: { en: 'No terms and conditions or terms of sale were found.', fi: 'Toimitus-, myynti- tai käyttöehtoja ei löytynyt.' },
});
