import { presenceRule } from './presence-rule';

// A local service sells its time: a table, an appointment, a visit. A visitor ready to come wants to
// book at once, also outside opening hours (JOURNEY.md: contact.booking, conversion). Judged for local
// services only (engine/config.ts KIND_PROFILES).
export default presenceRule({
  id: 'online-booking',
  asset: 'contact.booking',
  title: { en: 'Visitors can book online', fi: 'Kävijä voi varata ajan verkossa' },
  failTitle: { en: 'No online booking found', fi: 'Verkkovarausta ei löytynyt' },
  fix: {
    en: 'Offer online booking (appointments, tables or visits) with a clear "Book" button on every page; a booking service can be linked or embedded.',
    fi: 'Tarjoa verkkovaraus (ajanvaraus, pöytävaraus tai käynti) ja selkeä Varaa-painike joka sivulla; varauspalvelun voi linkittää tai upottaa.',
  },
  found: { en: 'Online booking: {detail}.', fi: 'Verkkovaraus: {detail}.' },
  missing: { en: 'No booking, appointment or reservation was found on the page.', fi: 'Sivulta ei löytynyt ajanvarausta, pöytävarausta eikä muuta varausta.' },
  // A link to the booking page is as good as a form: booking services live on their own pages.
  substitute: {
    asset: 'contact.form',
    kinds: ['service'],
    score: 0.5,
    text: { en: 'No booking, but an enquiry form stands in: {detail}.', fi: 'Varausta ei ole, mutta yhteydenottolomake toimii sen sijasta: {detail}.' },
  },
});
