// Words that say what a form field asks for, beyond the contact cues (cues/contact.ts EMAIL_LABEL,
// PHONE_LABEL) and address labels (cues/address.ts ADDRESS_LABEL) the field check also uses.

/** Compounds of the email labels as field labels write them ("Sähköpostiosoite", "E-postadress"). */
export const EMAIL_FIELD = ['sähköposti*', 'email*', 'e-mail*', 'e-post*', 'epost*', 'mejladress*',
  // lv, lt
  'e-past*', 'epast*', 'el. pašt*',
] as const;

/** Compounds of the phone labels ("Puhelinnumero" is in PHONE_LABEL already): "Telefonnummer", "Handynummer". */
export const PHONE_FIELD = ['telefon*', 'phone*', 'matkapuhelin', 'handy*', 'mobil*', 'gsm',
  // sk
  'telefón*',
  // lv ("tālrunis", "tālruņa numurs")
  'tālru*',
] as const;

/** Fields that ask for a person's name. */
export const NAME_FIELD = [
  'nimi', 'etunimi', 'sukunimi', 'koko nimi', 'nimesi',
  'namn', 'förnamn', 'efternamn', 'ditt namn',
  'name', 'full name', 'first name', 'last name', 'firstname', 'lastname', 'given name', 'surname', 'your name',
  'vorname', 'nachname', 'ihr name',
  // da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu
  'navn', 'fornavn', 'efternavn', 'etternavn', 'nom', 'prénom', 'naam', 'voornaam', 'achternaam', 'nombre', 'apellidos', 'nome', 'cognome',
  'sobrenome', 'imię', 'nazwisko', 'eesnimi', 'perekonnanimi', 'meno', 'priezvisko', 'jméno', 'příjmení', 'nume', 'prenume', 'numele', 'név',
  'vezetéknév', 'keresztnév', 'teljes név',
  // lv, lt
  'vārds', 'uzvārds', 'vārds, uzvārds', 'jūsu vārds', 'vardas', 'pavardė', 'vardas, pavardė', 'jūsų vardas',
] as const;

/** Parts of a postal address asked for one by one. */
export const ADDRESS_FIELD = [
  'katuosoite', 'postinumero', 'postitoimipaikka', 'kaupunki',
  'gatuadress', 'postnummer', 'postort', 'ort',
  'street', 'street address', 'address line*', 'zip', 'zip code', 'postcode', 'postal code', 'city', 'town',
  'straße', 'strasse', 'hausnummer', 'plz', 'postleitzahl', 'stadt', 'wohnort',
] as const;
