// Online booking, appointments and table reservations: cue phrases (fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu, lv, lt) and vendors.
import type { Vendor } from './vendors';

export const BOOKING = [
  // fi
  'varaa aika', 'varaa aikasi', 'varaa uusi aika', 'ajanvaraus', 'ajanvaraukseen', 'ajanvaraukset', 'nettiajanvaraus', 'online-ajanvaraus', 'verkkoajanvaraus', 'varaa pöytä', 'pöytävaraus', 'pöytävaraukset', 'varaa hoito', 'varaa tunti', 'tee varaus', 'varaa nyt', 'varaa tästä', 'varaa netistä', 'ilmoittaudu kurssille', 'ilmoittautuminen kurssille', 'kurssi-ilmoittautuminen', 'varaa näyttö', 'varaa näyttöaika', 'näyttöaika', 'varaa huone', 'huonevaraus', 'varaa majoitus', 'tarkista saatavuus',
  // sv
  'boka tid', 'boka din tid', 'boka rum', 'boka visning', 'boka bord', 'boka nu', 'boka här', 'boka online', 'boka behandling', 'tidsbokning', 'onlinebokning', 'bordsbokning', 'bordsreservation',
  // en
  'book now', 'book online', 'book a room', 'book your stay', 'check availability', 'book a viewing', 'book an appointment', 'book appointment', 'book your appointment', 'book a table', 'book your table', 'book a consultation', 'book a visit', 'book a session', 'book a class', 'book a service', 'book a treatment',
  'schedule an appointment', 'schedule a visit', 'schedule a consultation', 'make an appointment', 'request an appointment', 'make a reservation', 'reserve a table', 'reserve your table', 'reserve now', 'reservations', 'online booking', 'appointments', 'table booking', 'booking',
  // de
  'termin buchen', 'termin vereinbaren', 'termin online buchen', 'online-termin', 'online termin', 'terminbuchung', 'terminvereinbarung', 'onlinebuchung', 'online buchen', 'jetzt buchen', 'jetzt termin', 'tisch reservieren', 'tischreservierung', 'reservierung', 'zimmer buchen', 'verfügbarkeit prüfen', 'beratungstermin vereinbaren',
  // da, no
  'bestil tid', 'book tid', 'book bord', 'bestil bord', 'reserver bord', 'tidsbestilling', 'book nu', 'bestill time', 'bestill bord', 'book time', 'timebestilling', 'bordbestilling',
  // estate agents' viewings (sv "boka visning" above)
  'visningspåmelding', 'påmelding til visning', 'meld deg på visning', 'bestill visning', 'avtal visning', 'avtale visning', 'tilmeld fremvisning', 'book fremvisning', 'anmäl dig till visning', 'anmälan till visning',
  // fr
  'réserver une table', 'réserver en ligne', 'réservez en ligne', 'réservez votre table', 'prendre rendez-vous', 'prise de rendez-vous', 'rendez-vous en ligne', 'réservation', 'réservations', 'réserver',
  // fi, sv: venue and conference bookings
  'tilavaraus*', 'varaa tila', 'kokousvaraus', 'boka konferens', 'boka lokal', 'boka möte',
  // nl
  'afspraak maken', 'maak een afspraak', 'online afspraak', 'reserveren', 'tafel reserveren', 'reserveer', 'reserveer nu', 'boek nu', 'online boeken',
  // es, it, pt
  'reservar', 'reservar mesa', 'reserva online', 'reservas', 'pedir cita', 'cita previa', 'reserva tu mesa', 'prenota', 'prenota ora', 'prenota un tavolo', 'prenotazione', 'prenotazioni', 'prenota online',
  'fissa un appuntamento', 'marcar consulta', 'agendar', 'agende', 'agendamento', 'reservar agora', 'marcação online',
  // A meeting with sales or an expert, booked in a calendar (B2B).
  'book a demo', 'book a call', 'book a meeting', 'schedule a demo', 'schedule a call', 'schedule a meeting', 'varaa demo', 'varaa tapaaminen', 'varaa palaveri',
  'boka demo', 'boka ett möte', 'boka möte', 'demo buchen', 'demo vereinbaren', 'réserver une démo', 'plan een demo', 'plan een afspraak',
  // cs (restaurant and clinic bookings of Czech sites)
  'rezervovat', 'rezervace', 'objednat se',
  // pl, et
  'zarezerwuj', 'rezerwacja', 'rezerwacja online', 'umów wizytę', 'umów się', 'zarezerwuj stolik', 'broneeri', 'broneeri aeg', 'broneeri laud', 'broneering', 'broneerimine', 'online broneering',
  // sk, cs, ro, hu (not a bare "rezervă": a refill too; nor "programare": programming; nor "bejelentkezés": a login)
  'rezervácia', 'rezervovať', 'online rezervácia', 'rezervovať termín', 'rezervovať stôl', 'objednať sa', 'online rezervace', 'rezervovat termín',
  'rezervovat stůl', 'rezervă acum', 'rezervă online', 'rezervare', 'rezervări', 'rezervare online', 'programare online', 'fă o programare', 'programează-te',
  'rezervă o masă', 'foglalás', 'foglaljon', 'foglalj', 'időpontfoglalás', 'online foglalás', 'asztalfoglalás', 'foglaljon időpontot', 'foglalj most',
  'szobafoglalás',
  // de, fr, es, it, pt: more booking buttons
  'jetzt reservieren', 'online reservieren', 'termin anfragen', 'réservez maintenant', 'reserva ahora', 'reservar cita', 'pide tu cita',
  'prenota subito', 'marque já', 'agendar consulta',
  // lv, lt (not a bare "pierakstīties": a newsletter signup too; nor "registruotis": an account)
  'rezervēt', 'rezervēt galdiņu', 'galdiņa rezervācija', 'rezervācija', 'rezervēt tagad', 'rezervēt tiešsaistē', 'rezervēt vizīti',
  'pieteikt vizīti', 'pierakstīties vizītei', 'tiešsaistes pieraksts', 'pieraksts tiešsaistē', 'rezervuoti', 'rezervuokite', 'rezervuoti staliuką',
  'staliuko rezervacija', 'rezervacija', 'rezervuoti internetu', 'registracija vizitui', 'registruotis vizitui', 'užsiregistruoti vizitui',
] as const;

/** A short link that names only the thing booked ("Termin", "appointment"), read with its sentence. */
export const BOOKING_NOUN = ['termin', 'termine', 'einen termin', 'appointment', 'an appointment', 'aika', 'ajan', 'tid', 'time', 'rendez-vous', 'un rendez-vous', 'table', 'tisch', 'bord', 'pöytä'] as const;
export const BOOKING_VERB = ['vereinbaren', 'buchen', 'reservieren', 'schedule', 'reserve', 'varaa', 'varata', 'varaamaan', 'boka', 'bestil', 'bestill', 'prendre', 'réserver', 'réservez'] as const;
/** "Book here": the link is a pointer, the sentence around it must name the booking. */
export const POINTER_LINK = ['hier', 'here', 'click here', 'täältä', 'tästä', 'här', 'her', 'ici', 'cliquez ici'] as const;
/** Booking terms, conditions and policies are about booking but are not a way to book. */
export const BOOKING_NOT = [
  // Reserve-and-collect of a shop's product is no booking of a service.
  'reserve in store', 'reserve & collect', 'reserve and collect', 'click & reserve', 'click and reserve', 'reservar em loja', 'reservar en tienda', 'reserva en tienda', 'prenota e ritira',
  'prenota in negozio', 'reservieren & abholen', 'reservieren und abholen', 'im markt reservieren', 'varaa ja nouda', 'varaa myymälästä', 'reservera och hämta', 'reserver og hent',
  'réserver en magasin', 'réservez en magasin', 'reserveer en haal af', 'zarezerwuj i odbierz', 'boka & hämta', 'boka och hämta', 'hämta i butik', 'hämta utanför butik', 'drive in',
  // Promo codes of a booking platform ("Code promo Booking") are coupons.
  'code promo', 'promo code', 'discount code', 'voucher code', 'gutscheincode', 'rabattkod', 'rabatkode', 'alennuskoodi', 'kortingscode', 'codice sconto', 'código promocional', 'kod rabatowy', 'sooduskood',
  // A grocer's delivery or collection slot is part of the order, not a booked service.
  'slot', 'delivery slot', 'collection slot', 'toimitusaika', 'noutoaika', 'leveranstid', 'leveransfönster', 'lieferzeitfenster', 'zeitfenster', 'créneau', 'bezorgmoment',
  'terms', 'conditions', 'policy', 'ehdot', 'bedingungen', 'agb', 'villkor', 'vilkår', 'betingelser', 'conditions générales', 'cancellation', 'peruutus', 'stornierung', 'voorwaarden', 'condiciones', 'condizioni', 'condições', 'regulamin', 'tingimused',
  // sk, cs, ro, hu
  'podmienky', 'podmínky', 'termeni', 'condiții', 'feltételek', 'storno',
  // lv, lt
  'noteikumi', 'taisyklės', 'sąlygos',
] as const;
/** Booking by phone or email is contact, not online booking. */
export const BY_PHONE = ['puhelimitse', 'soittamalla', 'soita', 'by phone', 'by telephone', 'call us', 'per telefon', 'telefonisch', 'per e-mail',
  // sv, no, da: "Ring … eller skicka e-post för att boka möte"
  'ring oss', 'ring til os', 'ring till oss', 'ring något av', 'ring et av', 'ring en av', 'per e-post', 'via e-post', 'skicka e-post', 'skicka ett mejl', 'send en e-post', 'send os en mail', 'send e-post', 'par téléphone', 'via telefon', 'på telefon', 'i telefon', 'sähköpostitse', 'by email', 'telefonisch', 'por teléfono', 'per telefono', 'por telefone', 'telefonicznie', 'telefoni teel',
  // sk, cs, ro, hu
  'telefonicky', 'telefonic', 'telefonon',
  // lv, lt
  'pa tālruni', 'telefoniski', 'telefonu',
] as const;

// A bare verb as a whole segment ("/boka/", "/varaa/") where the language has no other use for it ("/book/" may be a book).
export const BOOKING_PATH = /(?:^|[/_-])(?:boka|varaa|buchen|reservieren|booking|bookings|book-now|book-online|book-an-appointment|book-appointment|appointments?|ajanvaraus|varaa-aika|poytavaraus|pöytävaraus|tilavaraus|tilavaraukset|tidsbokning|boka-tid|bestil-tid|bestill-time|reservations?|reservierung|tischreservierung|termin-buchen|terminbuchung|online-termin|rendez-vous|prise-de-rendez-vous|reserveren|afspraak-maken|reservas?|cita-previa|prenota(?:zioni?)?|agendamento|rezerwacja|broneeri(?:mine)?|broneering|rezervacia|rezervace|rezervare|foglalas|idopontfoglalas|rezervacija|rezervet|rezervuoti|pieraksts)(?:[/._?-]|$)/;
/** "Order" verbs of Norwegian and Danish: a booking only as a whole segment ("/bestill/"), not as the start of a slug
 *  ("/bestill-salgsoppgave", order the prospectus). */
export const ORDER_VERB_PATH = /(?:^|\/)(?:bestill|bestil)(?:[/.?]|$)/;

/** Booking systems; a link to them is a booking link, their script or frame an embedded widget. */
export const BOOKING_VENDORS: readonly Vendor[] = [
  { item: 'timma', hosts: ['timma.fi', 'timma.no', 'timma.se'] },
  { item: 'vello', hosts: ['vello.fi'] },
  { item: 'bookla', hosts: ['bookla.com', 'bookla.fi'] },
  { item: 'calendly', hosts: ['calendly.com'], markers: ['Calendly.initPopupWidget', 'Calendly.initInlineWidget', 'calendly-inline-widget'] },
  { item: 'simplybook', hosts: ['simplybook.me', 'simplybook.it', 'simplybook.asia'] },
  { item: 'acuity', hosts: ['acuityscheduling.com', 'as.me'] },
  { item: 'setmore', hosts: ['setmore.com'] },
  { item: 'opentable', hosts: ['opentable.com', 'opentable.co.uk', 'opentable.de', 'opentable.ca', 'opentable.com.au'] },
  { item: 'resy', hosts: ['resy.com'] },
  { item: 'thefork', hosts: ['thefork.com', 'thefork.fr', 'lafourchette.com', 'thefork.it', 'thefork.es', 'thefork.se', 'thefork.dk'] },
  { item: 'quandoo', hosts: ['quandoo.com', 'quandoo.de', 'quandoo.fi', 'quandoo.at', 'quandoo.ch', 'quandoo.co.uk'] },
  { item: 'dinnerbooking', hosts: ['dinnerbooking.com'] },
  { item: 'zoho', hosts: ['zohobookings.com', 'zohobookings.eu', 'bookings.zoho.com', 'bookings.zoho.eu'] },
  { item: 'doctolib', hosts: ['doctolib.fr', 'doctolib.de', 'doctolib.it'] },
  { item: 'treatwell', hosts: ['treatwell.com', 'treatwell.co.uk', 'treatwell.de', 'treatwell.fr', 'treatwell.nl', 'treatwell.ch', 'treatwell.at'] },
  { item: 'fresha', hosts: ['fresha.com'] },
  { item: 'booksy', hosts: ['booksy.com'] },
  { item: 'bokadirekt', hosts: ['bokadirekt.se'] },
  { item: 'vagaro', hosts: ['vagaro.com'] },
  { item: 'mindbody', hosts: ['mindbodyonline.com', 'healcode.com'] },
  { item: 'planity', hosts: ['planity.com'] },
  { item: 'resdiary', hosts: ['resdiary.com'] },
  { item: 'sevenrooms', hosts: ['sevenrooms.com'] },
  { item: 'tock', hosts: ['exploretock.com'] },
  { item: 'zenchef', hosts: ['zenchef.com'] },
  { item: 'formitable', hosts: ['formitable.com'] },
  { item: 'tablein', hosts: ['tablein.com'] },
  { item: 'youcanbookme', hosts: ['youcanbook.me'] },
  { item: 'calcom', hosts: ['cal.com'] },
  { item: 'hubspot', hosts: ['meetings.hubspot.com', 'meetings-eu1.hubspot.com'] },
  { item: 'timely', hosts: ['gettimely.com'] },
  { item: 'phorest', hosts: ['phorest.com'] },
  { item: 'shore', hosts: ['shore.com'] },
  { item: 'etermin', hosts: ['etermin.net'] },
  { item: 'terminland', hosts: ['terminland.de'] },
  { item: 'planway', hosts: ['planway.com', 'planway.fi', 'planway.se'] },
  { item: 'bokamera', hosts: ['bokamera.se'] },
  { item: 'easypractice', hosts: ['easypractice.net'] },
  { item: 'caspeco', hosts: ['caspeco.net', 'caspeco.se'] },
  // Nordic and Central European table and appointment systems.
  { item: 'tableonline', hosts: ['tableonline.fi', 'tableonline.se'] },
  { item: 'waiteraid', hosts: ['waiteraid.com'] },
  { item: 'easytable', hosts: ['easytable.com'] },
  { item: 'bokabord', hosts: ['bokabord.se'] },
  { item: 'superbexperience', hosts: ['superbexperience.com'] },
  { item: 'restu', hosts: ['restu.cz'] },
  { item: 'reservio', hosts: ['reservio.com'] },
  { item: 'tablebooker', hosts: ['tablebooker.com', 'tablebooker.be'] },
  { item: 'bookatable', hosts: ['bookatable.com', 'bookatable.co.uk'] },
  { item: 'klinikpro', hosts: ['klinikpro.fi'] },
  { item: 'slotti', hosts: ['slotti.fi'] },
];

/** Third-party travel search and marketplaces: a link there is not the site's own booking. */
export const NOT_BOOKING_HOSTS = ['booking.com', 'expedia.com', 'hotels.com', 'airbnb.com', 'tripadvisor.com', 'skyscanner.net', 'kayak.com', 'trivago.com'] as const;
