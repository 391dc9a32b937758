// Address cues: labels, street-type words and what else marks a postal address in a page's text.

/** Labels that introduce a street or postal address. */
export const ADDRESS_LABEL = [
  // fi
  'osoite', 'käyntiosoite', 'postiosoite', 'katuosoite', 'toimipiste', 'toimisto',
  // sv
  'adress', 'besöksadress', 'postadress', 'gatuadress',
  // en
  'address', 'our address', 'visit us', 'find us', 'head office', 'headquarters', 'mailing address', 'postal address',
  // de
  'adresse', 'anschrift', 'postanschrift', 'besucheradresse', 'firmensitz', 'sitz', 'standort',
  // da, no
  'besøgsadresse', 'besøksadresse', 'postadresse', 'kontoradresse',
  // fr, it, es
  'adresse postale', 'siège social', 'indirizzo', 'sede', 'sede legale', 'dirección', 'domicilio',
  // nl, pt, pl, et
  'adres', 'bezoekadres', 'postadres', 'vestigingsadres', 'morada', 'endereço', 'siedziba', 'adres siedziby', 'aadress', 'postiaadress', 'asukoht',
  // sk, cs, ro, hu
  'adresa', 'sídlo', 'adresa sídla', 'prevádzka', 'provozovna', 'adresă', 'sediu', 'sediul', 'punct de lucru', 'cím', 'címünk', 'székhely',
  'levelezési cím', 'postacím', 'telephely',
  // lv, lt
  'adrese', 'juridiskā adrese', 'faktiskā adrese', 'biroja adrese', 'adresas', 'buveinės adresas', 'biuro adresas',
] as const;

/** Words a street name ends with, where languages write the street type into one compound
 * (Mannerheimintie, Friedrichstraße, Drottninggatan, Industriveien, Vesterbrogade). */
export const STREET_SUFFIXES = [
  // fi
  'tie', 'katu', 'kuja', 'polku', 'väylä', 'kaari', 'rinne', 'raitti', 'tori', 'aukio', 'ranta', 'puistikko', 'linja', 'bulevardi', 'esplanadi', 'penger', 'laituri', 'kaarre', 'ahde', 'tanhua',
  // sv
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'torget', 'torg', 'backe', 'backen', 'allén', 'stigen', 'leden',
  // no, da
  'veien', 'vegen', 'vei', 'veg', 'gaten', 'gate', 'plassen', 'plass', 'vej', 'vejen', 'gade', 'gaden', 'stræde', 'strædet', 'plads', 'pladsen', 'torv', 'torvet', 'vænge',
  // de, nl
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'graben', 'kai',
  'straat', 'laan', 'gracht', 'plein', 'kade', 'singel',
] as const;

/** Street-type words written as a word of their own, before or after the name. */
export const STREET_WORDS = [
  // en
  'street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'lane', 'ln', 'ln.', 'drive', 'dr.', 'boulevard', 'blvd',
  'blvd.', 'way', 'court', 'ct.', 'place', 'pl.', 'square', 'sq.', 'highway', 'hwy', 'parkway', 'pkwy', 'terrace', 'crescent',
  'close', 'row', 'suite',
  // de, nordic as separate words
  'straße', 'strasse', 'str.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'gate', 'gata', 'vej', 'allé',
  // fi, sv, da, no when the name is a word of its own ("Urho Kekkosen katu", "Drottning Kristinas väg")
  'katu', 'tie', 'kuja', 'polku', 'väylä', 'tori', 'aukio', 'ranta', 'linja', 'bulevardi', 'esplanadi', 'väg', 'gatan', 'vägen', 'vei', 'veg', 'gade', 'plads', 'torv',
  // fr, it, es, pt
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'chemin', 'allée', 'quai', 'impasse', 'route', 'place', 'cours', 'montée', 'passage', 'esplanade', 'promenade', 'faubourg', 'sentier', 'voie', 'rampe', 'via', 'viale',
  'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'calle', 'avenida', 'plaza', 'paseo', 'carrer', 'rua', 'travessa',
  'strada', 'c/', 'avda.', 'avda', 'carretera', 'camino', 'ronda', 'praça', 'estrada', 'alameda',
  // pl, et, nl
  'ulica', 'ul.', 'aleja', 'plac', 'tänav', 'tn', 'tn.', 'mnt', 'mnt.', 'maantee', 'puiestee', 'pst', 'pst.', 'põik', 'väljak', 'tee',
  'straat', 'laan', 'plein', 'kade', 'gracht',
  // sk, cs, ro, hu (not "u.": German "und"; not "sor", "köz": everyday words)
  'námestie', 'nám.', 'náměstí', 'nábrežie', 'nábřeží', 'třída', 'tř.', 'bulevardul', 'b-dul', 'calea', 'șoseaua', 'șos.', 'aleea', 'piața', 'splaiul',
  'utca', 'út', 'útja', 'tér', 'körút', 'krt.', 'fasor', 'rakpart', 'sétány',
  // lv, lt ("Brīvības iela 1", "Gedimino prospektas 1")
  'iela', 'bulvāris', 'prospekts', 'laukums', 'gatve', 'gatvė', 'prospektas', 'aikštė', 'alėja',
] as const;

/** Post-office boxes: an address without a street. */
export const POST_BOX = ['pl', 'pb', 'postilokero', 'box', 'postbox', 'postboks', 'postfach', 'p.o. box', 'po box', 'p.o.box', 'bp', 'boîte postale', 'case postale', 'casella postale', 'apartado',
  // sk, cs, ro, hu
  'postafiók', 'pf.', 'căsuța poștală', 'poštový priečinok', 'poštovní přihrádka',
] as const;

/** Legal forms that put a company name right before its address, as companies write them
 * (matched with case: "AS" is a Norwegian company, "as" an English word). */
export const COMPANY_FORMS = [
  'Oy', 'Oyj', 'Ab', 'AB', 'Abp', 'Ky', 'Tmi', 'ry', 'AS', 'ASA', 'ApS', 'A/S', 'GmbH', 'AG', 'KG', 'OHG', 'e.K.', 'e.V.', 'UG', 'mbH',
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'Inc', 'Inc.', 'PLC', 'plc', 'Corp.', 'SA', 'S.A.', 'SAS', 'SARL', 'Srl', 'S.r.l.', 'SpA', 'S.p.A.',
  'SL', 'S.L.', 'BV', 'B.V.', 'NV', 'N.V.', 'Lda', 'Lda.', 'sp. z o.o.', 'Sp. z o.o.', 'OÜ', 'MTÜ', 'SIA', 'UAB', 'VOF',
  // sk, cs, ro, hu
  's.r.o.', 'spol. s r.o.', 'a.s.', 'S.R.L.', 'Kft.', 'Zrt.', 'Bt.',
] as const;

/** Words that make a block a contact block. */
export const ADDRESS_CONTEXT = [
  'tel', 'tel.', 'puh', 'puh.', 'puhelin', 'phone', 'telefon', 'téléphone', 'fax', 'email', 'e-mail', 'sähköposti', 'e-post',
  'kontakt', 'contact', 'yhteystiedot', 'contatti', 'impressum', 'copyright',
  'telefoon', 'teléfono', 'telefono', 'telefone', 'tel.:', 'kontaktid', 'contacto', 'contato', 'correo', 'e-posti',
  // sk, cs, ro, hu
  'kontakty', 'kapcsolat', 'elérhetőség', 'telefón', 'telefonszám', 'adresa', 'adresă',
  // lv, lt
  'tālrunis', 'telefons', 'e-pasts', 'kontakti', 'adrese', 'telefonas', 'el. paštas', 'kontaktai', 'adresas',
] as const;

/** US state and territory codes, for "City, ST 12345". */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA',
  'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX',
  'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR',
] as const;
