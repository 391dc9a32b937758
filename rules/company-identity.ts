import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

// Seed 004: a shop that hides who runs it loses the buyer at the moment of paying.
export default defineRule({
  meta: {
    id: 'company-identity',
    needs: ['trust.company', 'contact.address'],
    title: { en: 'The company behind the site is identified', fi: 'Sivuston takana oleva yritys on tunnistettavissa' },
    failTitle: { en: 'No company details found', fi: 'Yritystietoja ei löytynyt' },
    warn: { title: { en: 'Address shown, but no business ID', fi: 'Osoite näkyy, mutta Y-tunnusta ei' }, messages: ['addressOnly'] },
    fix: {
      en: 'Show the legal company name, business ID (e.g. Y-tunnus or VAT number) and address in the footer or on an About/Imprint page.',
      fi: 'Näytä alatunnisteessa tai Tietoa meistä -sivulla yrityksen virallinen nimi, Y-tunnus ja osoite.',
    },
    messages: {
      found: { en: 'Company details: {detail}.', fi: 'Yritystiedot: {detail}.' },
      addressOnly: { en: 'An address is shown, but no business ID or company details.', fi: 'Osoite näkyy, mutta Y-tunnusta tai yritystietoja ei.' },
      none: { en: 'No business ID, company details or imprint were found.', fi: 'Y-tunnusta, yritystietoja tai yhteystietosivua yrityksestä ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const company = detectionOf(facts, 'trust.company');
    const address = detectionOf(facts, 'contact.address');
    if (company.present !== 'none') {
      const first = company.evidence[0];
      return { outcome: 'pass', message: 'found', data: { detail: (first?.text ?? first?.url ?? company.present).slice(0, 120) }, evidence: company.evidence.slice(0, 2), score: company.present === 'link' ? 0.8 : 1 };
    }
    if (address.present !== 'none') return { outcome: 'fail', message: 'addressOnly', score: 0.5, evidence: address.evidence.slice(0, 1) };
    return { outcome: 'fail', message: 'none' };
  },
});
