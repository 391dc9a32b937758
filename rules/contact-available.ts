import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

const CHANNELS = ['contact.phone', 'contact.email', 'contact.form', 'contact.chat'] as const;

export default defineRule({
  meta: {
    id: 'contact-available',
    needs: CHANNELS,
    title: { en: 'A visitor can reach the business', fi: 'Kävijä saa yhteyden yritykseen' },
    failTitle: { en: 'No contact channel found', fi: 'Yhteydenottokanavaa ei löytynyt' },
    fix: {
      en: 'Put a phone number, an email address and a link to a contact form in the header or footer of every page.',
      fi: 'Lisää jokaisen sivun ylä- tai alatunnisteeseen puhelinnumero, sähköpostiosoite ja linkki yhteydenottolomakkeeseen.',
    },
    messages: {
      found: { en: '{count} of 4 contact channels found.', fi: '{count}/4 yhteydenottotapaa löytyi.' },
      none: { en: 'No phone, email, contact form or chat was found.', fi: 'Puhelinta, sähköpostia, yhteydenottolomaketta tai chattia ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const found = CHANNELS.map((id) => detectionOf(facts, id)).filter((d) => d.present !== 'none');
    if (found.length === 0) return { outcome: 'fail', message: 'none' };
    return { outcome: 'pass', message: 'found', data: { count: found.length }, evidence: found.flatMap((d) => d.evidence.slice(0, 1)) };
  },
});
