// Trust cues by language (fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu, lv, lt): legal pages, company identity, trust seals.
import type { Vendor } from './vendors';

export const PRIVACY = [
  'tietosuoja*', 'rekisteriseloste', 'yksityisyy*',
  'integritetspolicy', 'integritet*', 'personuppgift*', 'dataskydd',
  'privacy', 'privacy policy', 'privacy notice', 'data protection', 'privacy statement',
  'datenschutz*',
  'privatlivspolitik', 'privatliv*', 'persondatapolitik', 'personvern*', 'personopplysning*',
  'confidentialité', 'données personnelles', 'vie privée',
  // nl, es, it, pt, pl, et
  'privacy*', 'privacyverklaring', 'privacybeleid', 'gegevensbescherming', 'política de privacidad', 'aviso de privacidad', 'privacidad', 'protección de datos',
  'informativa privacy', 'informativa sulla privacy', 'protezione dei dati', 'política de privacidade', 'privacidade', 'proteção de dados',
  'polityka prywatności', 'prywatnoś*', 'ochrona danych', 'rodo', 'privaatsus*', 'andmekaitse*', 'isikuandmete*',
  // fi compounds: "asiakasrekisterin tietosuojaseloste", "verkkopalvelun-tietosuojaseloste"
  '*tietosuoja*',
  // fr, da, no, nl, es, it, pt, pl: data-protection pages under their other names (not a bare "personal data": an account menu's details page)
  'protection des données', 'politique de protection des données', 'données à caractère personnel', 'databeskyttelse', 'behandling af persondata',
  'behandling av personopplysninger', 'verwerking van persoonsgegevens', 'tratamiento de datos', 'trattamento dei dati', 'tratamento de dados',
  'przetwarzanie danych osobowych', 'przetwarzanie danych',
  // sk
  'ochrana osobných údajov', 'spracúvanie osobných údajov', 'spracovanie osobných údajov', 'ochrana súkromia', 'zásady ochrany súkromia',
  'ochrana údajov', 'ochrany osobných údajov', 'ochrane osobných údajov', 'ochrany súkromia',
  // cs
  'ochrana osobních údajů', 'zpracování osobních údajů', 'ochrana soukromí', 'zásady ochrany soukromí', 'prohlášení o ochraně soukromí',
  'ochrana údajů', 'ochrany osobních údajů', 'ochraně osobních údajů', 'ochrany soukromí', 'ochraně soukromí',
  // ro ('Prelucrarea datelor cu caracter personal'; cedilla and bare spellings match too)
  'politica de confidențialitate', 'confidențialitate', 'confidențialitatea', 'protecția datelor', 'datelor cu caracter personal',
  'prelucrarea datelor',
  // hu (adatvédelem, adatvédelmi; adatkezelés, adatkezelési)
  'adatvédel*', 'adatkezel*',
  // sv: "Sekretesspolicy"
  'sekretesspolicy*',
  // lv ("Privātuma politika", "Personas datu apstrāde"), lt ("Privatumo politika", "Asmens duomenų apsauga")
  'privātuma politika', 'privātum*', 'personas datu apstrād*', 'personas datu aizsardzīb*', 'datu aizsardzīb*', 'privātuma paziņojums',
  'privatumo politika', 'privatum*', 'asmens duomenų apsaug*', 'asmens duomenų tvarkym*', 'duomenų apsaug*',
] as const;

/** A cookie policy is part of the privacy pages (a "Cookies" footer link leads to it); the settings
 *  button that reopens a consent dialog is consent, not a policy (see CONSENT_SETTINGS). */
export const COOKIE_POLICY = [
  'cookie policy', 'cookies policy', 'cookiepolicy', 'cookie notice', 'cookie statement', 'about cookies', 'use of cookies', 'privacy and cookies', 'privacy & cookies',
  'evästekäytäntö', 'evästeseloste', 'evästeiden käyttö', 'evästeistä', 'tietoa evästeistä', 'om cookies', 'cookiepolicyn', 'användning av cookies', 'om kakor',
  'cookiepolitik', 'brug af cookies', 'bruk av informasjonskapsler', 'informasjonskapsler', 'cookie-richtlinie*', 'cookierichtlinie*', 'verwendung von cookies', 'hinweise zu cookies',
  'politique de cookies', 'politique cookies', 'politique relative aux cookies', 'cookiebeleid', 'cookieverklaring', 'política de cookies', 'informativa cookie*', 'cookie policy',
  'polityka cookies', 'polityka plików cookie*', 'küpsiste kasutamine', 'küpsiste*', 'küpsisepoliitika',
  // words that mean only the web's cookies
  'evästeet', 'küpsised',
  // fr, de, es, nl, pl, no: the policy under its other names
  'politique des cookies', 'utilisation des cookies', 'charte cookies', 'cookie-erklärung', 'uso de cookies', 'cookiestatement', 'polityka cookie',
  'cookieerklæring', 'informasjonskapselerklæring',
  // sk, cs
  'zásady používania cookies', 'zásady cookies', 'používanie cookies', 'súbory cookie', 'súbory cookies', 'zásady používání cookies',
  'používání cookies', 'soubory cookie', 'soubory cookies', 'zásady souborů cookie', 'informace o cookies',
  // ro
  'politica de cookie*', 'politica cookie*', 'politica privind cookie*', 'utilizarea cookie*', 'cookie-uri', 'cookie-urile', 'despre cookie*',
  // hu
  'cookie szabályzat', 'cookie tájékoztató', 'cookie-k használata', 'sütik használata', 'süti szabályzat', 'sütiszabályzat', 'süti tájékoztató',
  'cookie kezelés*', 'sütikezel*', 'adatvédelem és sütik',
  // lv, lt (not the settings: "Sīkdatņu iestatījumi", "Slapukų nustatymai")
  'sīkdatņu politika', 'sīkdatņu politik*', 'sīkdatnes', 'sīkdatņu izmantošana', 'sīkdatņu lietošana', 'par sīkdatnēm', 'sīkdatņu paziņojums',
  'sīkfailu politika', 'sīkfaili', 'slapukų politika', 'slapukų politik*', 'slapukai', 'slapukų naudojimas', 'slapukų naudojimo politika',
  'apie slapukus',
] as const;

/** Words that name the cookie page as the whole label of a footer link, but a bakery's product elsewhere ("Cookies", "Kakor"). */
export const COOKIE_POLICY_LABELS = ['cookies', 'cookie', 'kakor', 'ciasteczka',
  // hu: a bakery's pastries too
  'sütik', 'süti',
] as const;

/** Terms and conditions, terms of sale or use. */
export const TERMS = [
  // fi
  'käyttöehdot', 'käyttäjäsopimus', 'käyttösopimus', 'toimitusehdot', 'myyntiehdot', 'tilausehdot', 'sopimusehdot', 'yleiset ehdot', 'yleiset sopimusehdot', 'palveluehdot', 'ostoehdot', 'verkkokaupan ehdot', 'ehdot', '*ehdot', '*ehtomme',
  // sv
  'villkor', 'köpvillkor', 'allmänna villkor', 'användarvillkor', 'försäljningsvillkor', 'användarvillkoren', 'köpvillkoren', '*villkor', '*villkoren',
  // en
  'terms', 'terms and conditions', 'terms & conditions', 't&cs', 't & cs', 't&c', 'terms of use', 'terms of service', 'terms of services', 'terms of sale', 'conditions of use', 'conditions of sale',
  'terms of purchase', 'purchase terms', 'legal message', 'legal terms', 'user agreement', 'privacy & terms', 'privacy and terms', 'terms & privacy', 'terms and privacy',
  'terms & policies', 'terms and policies',
  // de
  'agb', "agb's", 'allgemeine geschäftsbedingungen', 'geschäftsbedingungen', 'nutzungsbedingungen', 'verkaufsbedingungen', 'lieferbedingungen', 'teilnahmebedingungen', '*bedingungen',
  // da, no
  'handelsbetingelser', 'salgsbetingelser', 'forretningsbetingelser', 'vilkår', 'kjøpsvilkår', 'brukervilkår', 'vilkår og betingelser', 'betingelser', '*betingelser', '*vilkår',
  // fr, it
  'conditions générales', 'conditions générales de vente', "conditions générales d'utilisation", 'conditions d’utilisation', "conditions d'utilisation", 'cgv', 'cgu',
  'conditions de vente', 'termini e condizioni', 'condizioni generali', 'condizioni di vendita', "condizioni d'uso", 'condizioni di utilizzo', 'termini di utilizzo', 'termini di servizio',
  // nl
  'algemene voorwaarden', 'voorwaarden', '*voorwaarden',
  // es, pt
  'términos y condiciones', 'términos de uso', 'condiciones de compra', 'condiciones de contratación', 'condiciones generales de contratación', 'términos del servicio', 'condiciones generales', 'condiciones de uso', 'condiciones de venta', 'condiciones generales de venta',
  'termos e condições', 'termos de uso', 'termos de utilização', 'termos de serviço', 'condições gerais', 'condições de venda', 'condições de utilização',
  // pl, et
  'regulamin*', 'warunki korzystania', 'warunki współpracy', 'ogólne warunki', 'warunki sprzedaży', 'tingimused', '*tingimused',
  // es, pt, de, fr, pl, nl: purchase terms under their other names
  'condiciones de contratación', 'condiciones de compra', 'condições de compra', 'versandbedingungen', 'conditions générales d’utilisation',
  'conditions générales d’utilisation et de vente', 'warunki zakupu', 'leveringsvoorwaarden',
  // sk ('Obchodné podmienky', VOP)
  'obchodné podmienky', 'všeobecné obchodné podmienky', 'obchodných podmienok', 'podmienky používania', 'podmienky použitia', 'podmienky', 'vop',
  // cs ('Obchodní podmínky', VOP)
  'obchodní podmínky', 'všeobecné obchodní podmínky', 'obchodních podmínek', 'podmínky užití', 'podmínky použití', 'podmínky užívání', 'podmínky',
  // ro ('Termeni si conditii'; the bare spelling matches the marked one)
  'termeni și condiții', 'termenii și condițiile', 'termeni & condiții', 'termeni', 'termenii', 'condiții generale', 'condițiile generale',
  'condiții de utilizare', 'termeni de utilizare', 'condiții de vânzare', 'condiții comerciale',
  // hu (ÁSZF)
  'általános szerződési feltételek', 'ászf', 'felhasználási feltételek', 'vásárlási feltételek', 'szerződési feltételek', 'feltételek', '*feltételek',
  'általános feltételek',
  // lv ("Lietošanas noteikumi", "Distances līgums"), lt ("Naudojimo taisyklės", "Pirkimo–pardavimo taisyklės"); no bare "noteikumi" or "taisyklės": a town's regulations, a game's rules
  'lietošanas noteikum*', 'pirkšanas noteikum*', 'pirkuma noteikum*', 'iepirkšanās noteikum*', 'vispārīgie noteikumi', 'noteikumi un nosacījumi',
  'lietošanas nosacījum*', 'pakalpojumu sniegšanas noteikum*', 'pakalpojuma noteikum*', 'pārdošanas noteikum*', 'tirdzniecības noteikum*',
  'distances līgums', 'distances līguma noteikum*', 'naudojimo taisykl*', 'naudojimosi taisykl*', 'pirkimo taisykl*', 'pirkimo pardavimo taisykl*', 'pardavimo taisykl*',
  'prekybos taisykl*', 'paslaugų teikimo taisykl*', 'paslaugų teikimo sąlyg*', 'bendrosios taisyklės', 'bendrosios sąlygos', 'taisyklės ir sąlygos',
  'naudojimo sąlyg*', 'pardavimo sąlyg*', 'pirkimo sąlyg*',
] as const;

/** Path tokens of terms pages ("/agb", "/terms-of-service", "/kayttoehdot"). */
export const TERMS_PATH_TOKENS = [
  'terms', 'agb', 'kayttoehdot', 'toimitusehdot', 'myyntiehdot', 'tilausehdot', 'ehdot', 'villkor', 'kopvillkor', 'handelsbetingelser',
  'salgsbetingelser', 'kjopsvilkar', 'vilkar', 'cgv', 'cgu', 'nutzungsbedingungen', 'geschaeftsbedingungen',
  'voorwaarden', 'terminos', 'termini', 'termos', 'regulamin', 'tingimused', 'condiciones', 'condizioni', 'condicoes',
  // sk, cs, ro, hu
  'podmienky', 'podminky', 'vop', 'termeni', 'termenii', 'conditii', 'aszf', 'feltetelek',
] as const;

/** Path tokens that end a compound naming terms ("/mueuegitingimused", "/leveringsvoorwaarden", "/kopvillkor"). */
export const TERMS_PATH_ENDINGS = ['ehdot', 'villkor', 'vilkar', 'bedingungen', 'betingelser', 'voorwaarden', 'tingimused',
  // hu
  'feltetelek',
] as const;

/** Links to the company's identity page: Impressum, legal notice, company information. */
export const COMPANY_LINK = [
  'impressum', 'imprint', 'legal notice', 'legal notices', 'legal information', 'legal info', 'legal', 'company info', 'company information', 'company details',
  'yritystiedot', 'yhtiön tiedot', 'företagsinformation', 'företagsuppgifter', 'virksomhedsoplysninger', 'firmaopplysninger', 'anbieterkennzeichnung', 'firmeninformationen',
  'mentions légales', 'informations légales', 'note legali', 'informazioni legali', 'dati societari', 'aviso legal', 'información legal', 'datos de la empresa',
  'informação legal', 'informações legais', 'nota legal', 'bedrijfsgegevens', 'colofon', 'juridische informatie', 'dane firmy', 'informacje prawne', 'nota prawna',
  'rekvisiidid', 'ettevõtte andmed', 'ettevõtte rekvisiidid',
  // corporate information pages of groups and listed companies
  'corporate information', 'informazioni societarie', 'información corporativa', 'informação corporativa', 'informations société', 'unternehmensinformationen',
  'konserntiedot', 'bolagsinformation', 'selskabsoplysninger', 'selskapsinformasjon', 'bedrijfsinformatie', 'informacje o firmie',
  // sk, cs (the billing details name the operator)
  'impresum', 'údaje o spoločnosti', 'informácie o spoločnosti', 'fakturačné údaje', 'právne informácie', 'údaje o společnosti',
  'informace o společnosti', 'fakturační údaje', 'právní informace', 'identifikační údaje', 'identifikačné údaje',
  // ro
  'informații legale', 'date de identificare', 'date firmă', 'date companie', 'date societate', 'informații companie',
  // hu
  'impresszum', 'cégadatok', 'céginformációk', 'cégadataink', 'jogi információk',
  // de, da, no
  'anbieterinformationen', 'firmaoplysninger', 'selskapsopplysninger',
  // lv, lt
  'rekvizīti', 'uzņēmuma rekvizīti', 'juridiskā informācija', 'rekvizitai', 'įmonės rekvizitai', 'įmonės duomenys', 'teisinė informacija',
] as const;

/** Phrases that state where a named company has its registered seat: "Example Sp. z o.o. z siedzibą w Warszawie",
 *  "Esempio S.r.l. con sede in Milano", "Beispiel GmbH mit Sitz in Köln". Right after a legal name they make it the
 *  company's identity statement (privacy and consent texts name the controller this way). */
export const REGISTERED_SEAT = [
  'kotipaikka', 'kotipaikkana', 'med säte i', 'med sete i', 'med hjemsted i', 'with its registered office', 'whose registered office', 'having its registered office', 'registered office at',
  'mit sitz in', 'mit sitz', 'dont le siège social est', 'dont le siège est', 'ayant son siège', 'siège social', 'con sede in', 'con sede legale in', 'con sede a', 'con domicilio en', 'con domicilio social en',
  'con sede en', 'domicilio social', 'com sede em', 'com sede na', 'com sede no', 'gevestigd te', 'gevestigd aan', 'statutair gevestigd', 'z siedzibą w', 'z siedzibą', 'asukohaga', 'registrijärgne asukoht',
  // sk, cs, ro, hu
  'so sídlom', 'so sídlom v', 'se sídlem', 'se sídlem v', 'cu sediul în', 'cu sediul social în', 'cu sediul', 'székhelye', 'székhely',
  // lv, lt
  'juridiskā adrese', 'buveinės adresas', 'buveinė',
] as const;

/** Regulators and deposit insurers a financial firm states its membership of next to its legal name ("Inc., member FINRA/SIPC"). */
export const REGULATOR_MEMBERSHIP = ['FINRA', 'SIPC', 'FDIC', 'NFA', 'NCUA'] as const;

/** Words of a link path that say the page is something else than company details (Costco-style "Company
 *  Information" menus lead to membership, careers or investor pages). */
export const NOT_COMPANY_PATH = /(?:^|[/_-])(?:membership|careers?|jobs|investors?|newsroom|press)(?:[/._-]|$)/;

export const COMPANY_PATH_TOKENS = ['impressum', 'imprint', 'legales', 'legalnotice', 'yritystiedot', 'colofon', 'rekvisiidid',
  // sk, cs, hu
  'impresum', 'impresszum', 'cegadatok',
  // lv, lt
  'rekviziti', 'rekvizitai',
] as const;

/** Labels in front of a business or registration number. */
export const COMPANY_ID_LABEL = [
  // fi
  'y-tunnus', 'y-tunnuksemme', 'y-tunnuksella', 'ly-tunnus', 'alv-numero', 'alv-nro', 'alv-rekisteröity',
  // sv, no, da
  'org.nr', 'org. nr', 'org nr', 'org.nr.', 'orgnr', 'organisationsnummer', 'organisasjonsnummer', 'org.nummer', 'momsreg.nr', 'momsregistreringsnummer', 'cvr', 'cvr-nr', 'cvr nr', 'mva', 'foretaksregisteret',
  // en
  'business id', 'company id', 'company id-number', 'company number', 'company no', 'registered in england and wales', 'registered in england & wales', 'registered in scotland', 'registered in ireland', 'company reg', 'company registration', 'registration number', 'registration no', 'reg. no', 'reg no', 'vat', 'vat no', 'vat number',
  'vat id', 'vat reg', 'charity id', 'charity number', 'charity no', 'registered charity', 'abn', 'registered in england', 'registered office', 'company registered',
  // de
  'ust-idnr', 'ust-id', 'ust.-idnr', 'ust-id-nr', 'ustid', 'umsatzsteuer-identifikationsnummer', 'umsatzsteuer-id', 'steuernummer', 'handelsregister', 'registergericht', 'hrb', 'hra',
  'firmenbuchnummer', 'firmenbuch', 'uid', 'uid-nr',
  // fr, it, nl
  'siret', 'siren', 'rcs', 'tva', 'n° tva', 'tva intracommunautaire', 'p.iva', 'p. iva', 'partita iva', 'codice fiscale', 'c.f.', 'kvk', 'btw',
  'kvk-nummer', 'kvk nr', 'kamer van koophandel', 'btw-nummer', 'btw nr', 'btw-id',
  // es, pt
  'cif', 'nif', 'c.i.f.', 'n.i.f.', 'nif/cif', 'cif/nif', 'registro mercantil', 'nipc', 'contribuinte', 'n.º contribuinte',
  // pl, et
  'nip', 'krs', 'regon', 'registrikood', 'reg. kood', 'reg.kood', 'reg kood', 'registrikoodi', 'kmkr', 'kmkr nr', 'käibemaksukohustuslase number',
  // no, da extra
  'org. nr.', 'foretaksnummer', 'mva-nummer', 'cvr-nummer', 'se-nr',
  // sk, cs
  'ičo', 'ič', 'dič', 'ič dph', 'obchodný register', 'obchodní rejstřík', 'spisová značka', 'ico', 'ic dph',
  // ro (not a bare "cui": Italian "di cui 5 € IVA")
  'cui:', 'c.u.i.', 'cod fiscal', 'cod unic de înregistrare', 'nr. reg. com.', 'nr. reg. com', 'reg. com.', 'nr. ord. reg. com.',
  // hu
  'adószám', 'cégjegyzékszám', 'cg.', 'közösségi adószám', 'eu adószám', 'nyilvántartási szám',
  // lv ("Reģ. Nr.", "PVN reģ. Nr."), lt ("Įmonės kodas", "PVM mokėtojo kodas")
  'reģ. nr.', 'reģ.nr.', 'reg. nr.', 'reg.nr.', 'reģistrācijas numurs', 'reģistrācijas nr.', 'vienotais reģistrācijas numurs', 'pvn reģ. nr.',
  'pvn reģistrācijas numurs', 'pvn maksātāja numurs', 'įmonės kodas', 'įm. kodas', 'juridinio asmens kodas', 'pvm mokėtojo kodas', 'pvm kodas',
] as const;

/** Words that make a name a public body's (its legal name has no company form): "Lunds kommun", "Helsingin yliopisto". */
export const PUBLIC_BODY_WORDS = [
  'kunta', 'kaupunki', 'yliopisto', 'ammattikorkeakoulu', 'virasto', 'ministeriö', 'kommun', 'kommune', 'stad', 'region', 'regionen', 'landsting',
  'universitet', 'universitetet', 'högskola', 'högskolan', 'høgskole', 'højskole', 'myndigheten', 'styrelsen', 'direktoratet', 'departementet', 'ministeriet',
  'university', 'council', 'municipality', 'city council', 'county council', 'ministry', 'agency', 'authority',
  'universität', 'hochschule', 'gemeinde', 'stadt', 'landkreis', 'ministerium', 'behörde', 'gemeente', 'universiteit', 'hogeschool', 'provincie',
  'université', 'mairie', 'ville', 'préfecture', 'università', 'comune', 'universidad', 'ayuntamiento', 'universidade', 'câmara municipal',
  'uniwersytet', 'urząd', 'gmina', 'ülikool', 'vallavalitsus', 'linnavalitsus',
  // sk, cs, ro, hu
  'univerzita', 'ministerstvo', 'mestský úrad', 'obecný úrad', 'městský úřad', 'obecní úřad', 'universitatea', 'ministerul', 'primăria', 'egyetem',
  'minisztérium', 'önkormányzat', 'polgármesteri hivatal',
  // parliaments and federal or state offices ("Folketinget", "Bundesamt für Justiz")
  'eduskunta', 'riksdagen', 'stortinget', 'folketinget', 'bundesamt', 'landesamt', 'bundesministerium',
  // lv, lt
  'pašvaldība', 'universitāte', 'ministrija', 'augstskola', 'savivaldybė', 'universitetas', 'ministerija', 'kolegija',
] as const;

/** Labels of the person legally responsible for a publication (press law imprints): "Ansvarig utgivare: …". */
/** A label over the company that publishes the site (a paper's footer, a magazine's imprint). */
export const PUBLISHER_OF = [
  'udgiver', 'udgivet af', 'utgivare', 'utges av', 'utgiver', 'utgitt av', 'julkaisija', 'kustantaja', 'herausgeber', 'verlag:', 'publisher', 'published by', 'éditeur', 'édité par', 'uitgever',
  'uitgegeven door', 'editor:', 'editado por', 'editore', 'edito da', 'wydawca', 'väljaandja', 'vydavateľ', 'vydavatel', 'editura', 'kiadó',
  // lv, lt
  'izdevējs', 'leidėjas',
] as const;

export const RESPONSIBLE_PUBLISHER = [
  'ansvarig utgivare', 'vastaava päätoimittaja', 'ansvarshavende redaktør', 'ansvarshavende chefredaktør', 'ansvarlig redaktør', 'ansvarlig chefredaktør',
  'ansv. redaktør', 'ansv. chefredaktør', 'ansv. utgivare', 'v.i.s.d.p.', 'verantwortlich i.s.d.p.',
  'verantwortlich im sinne des', 'inhaltlich verantwortlich', 'verantwortlich für den inhalt', 'directeur de la publication', 'directeur de publication', 'responsible editor',
  'director responsable', 'direttore responsabile', 'director de publicação', 'redaktor naczelny', 'vastutav väljaandja', 'vastutav toimetaja',
  // sk, cs, ro, hu
  'šéfredaktor', 'šéfredaktorka', 'vydavateľ', 'vydavatel', 'redactor-șef', 'redactor șef', 'felelős kiadó', 'felelős szerkesztő', 'főszerkesztő',
  // lv, lt
  'galvenais redaktors', 'galvenā redaktore', 'vyriausiasis redaktorius', 'vyriausioji redaktorė',
] as const;

/** Legal forms that end a company name, matched with their case ("AS", "Oy", "GmbH"). */
export const LEGAL_FORMS = [
  'Oy', 'OY', 'Oyj', 'OYJ', 'Ab', 'AB', 'Abp', 'Ky', 'KY', 'Tmi', 'AS', 'ASA', 'A/S', 'a/s', 'ApS', 'I/S', 'GmbH', 'GMBH', 'gGmbH', 'mbH', 'AG', 'KG', 'OHG', 'UG', 'e.K.', 'e.V.',
  'LLC', 'L.L.C.', 'Inc', 'Inc.', 'INC', 'INC.', 'Ltd', 'Ltd.', 'LTD', 'LTD.', 'Limited', 'LIMITED', 'plc', 'PLC', 'LLP', 'Corp.', 'Corporation', 'S.A.', 'SA', 'SAS', 'S.A.S.',
  'SARL', 'S.a.r.l.', 'Sàrl', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'SRL', 'SNC', 'BV', 'B.V.', 'NV', 'N.V.', 'Pty Ltd',
  'S.L.', 'SL', 'S.L.U.', 'SLU', 'Lda', 'Lda.', 'Unipessoal', 'sp. z o.o.', 'Sp. z o.o.', 'sp.j.', 'S.K.A.', 'OÜ', 'MTÜ', 'VOF', 'V.O.F.',
  // sk, cs, ro, hu
  's.r.o.', 's. r. o.', 'spol. s r.o.', 'a.s.', 'a. s.', 'k.s.', 'v.o.s.', 'S.R.L.', 'PFA', 'Kft.', 'Kft', 'Zrt.', 'Zrt', 'Nyrt.', 'Bt.', 'Kkt.',
  // lt written after the name ("Pavyzdys, UAB"); not "MB": megabytes; not "SIA": Italian capitals ("OVUNQUE TU SIA"), Latvian writes it first
  'UAB', 'VšĮ',
] as const;

/** Legal forms written before the name (Latvian, Lithuanian, Estonian "AS"): 'SIA "Näide"', 'UAB „Pavyzdys"'. */
export const LEGAL_FORMS_BEFORE = ['SIA', 'UAB', 'AS', 'OÜ', 'AB',
  // lv, lt: MB, VšĮ, IĮ, IK before a quoted name ("MB „Pavyzdys“"); the quote keeps "256 MB" out
  'MB', 'VšĮ', 'IĮ', 'IK', 'KS', 'VSIA', 'ŽŪB', 'TŪB', 'KŪB',
] as const;

/** Words on trust-seal images: shop seals, security seals, association marks. */
export const BADGE_WORDS = [
  'siegel', 'gütesiegel', 'shopsiegel', 'käufersiegel', 'trust seal', 'security seal', 'secure seal', 'site seal', 'ssl seal', 'trusted seal', 'seal of approval', 'trustmark', 'trust mark',
  'trustbadge', 'trusted shop', 'trusted shops', 'trustedshops', 'certified b corporation', 'b corporation', 'certified b corp', 'certified shop', 'certified store', 'zertifizierter online-shop', 'zertifizierter shop', 'geprüfter shop', 'geprüfter online-shop',
  'verisign', 'norton secured', 'mcafee secure', 'trustedsite', 'thawte', 'geotrust', 'digicert', 'comodo secure', 'sectigo', 'trustwave', 'ssl secured', 'secure ssl', 'bizrate',
  'ehi', 'bevh', 'händlerbund', 'handelsverband', 'shopauskunft', 'trygg e-handel', 'tryggehandel', 'e-mærket', 'emaerket', 'e-handelscertifiering', 'certifierad e-handel',
  'luotettava kumppani', 'vahvaa tietoturvaa', 'suomen asiakastieto', 'suomen vahvimmat', 'avainlippu', 'avis vérifiés', 'avis verifies', 'fia-net', 'bbb', 'better business bureau',
  'ecommerce europe', 'safe shop', 'safe shopping', 'secure shopping', 'sicher einkaufen',
  // craft and trade memberships shown as seals
  'meisterbetrieb', 'innung', '*innung', 'handwerkskammer', 'mitgliedsbetrieb', 'jäsenyritys', 'auktorisoitu', 'hyväksytty jäsen', 'medlem av', 'godkänd av', 'autorisert',
  'medlem i', 'medlem af', 'member of', 'registered member', 'registrerat', 'registreret', 'auktoriserad', 'autoriseret', 'accredited', 'approved member', 'trusted trader',
  'checkatrade', 'gas safe', 'which? trusted trader', 'trustmark', 'niceic', 'federation of master builders',
  '*liiton jäsen', '*liiton jäsenyritys', 'jäsenkoulu', 'jäsenliike', '*liitto ry', 'iso 27001', 'iso/iec 27001', 'iso 9001', 'iso 14001', 'sertifisert', 'sertifiseret', 'certifierade',
  'iso 45001', 'iso 50001', 'iso 22000', 'ekokompassi', 'ympäristökompassi', 'oiva-raportti', 'oivahymy', 'miljöfyrtårn', 'svanen', 'joutsenmerkki',
  // origin and quality labels a producer shows as its mark
  'suisse garantie', 'hyvää suomesta', 'joutsenlippu', 'svenskt sigill', 'från sverige', 'kött från sverige', 'q-siegel',
  // e-commerce associations and their marks in other countries
  'thuiswinkel waarborg', 'thuiswinkel', 'webshop keurmerk', 'webwinkel keur', 'confianza online', 'netcomm', 'sigillo netcomm', 'fevad', 'zaufany sklep', 'certyfikat zaufany sklep',
  'e-kaubanduse liit', 'turvaline ostlemine', 'trygg e-handel', 'e-handelscertifiering', 'bevh', 'acepi', 'confiança online',
  // press councils and editorial responsibility marks
  'journalistin ohjeet', 'julkisen sanan neuvosto', 'pressens opinionsnämnd', 'medieombudsmannen', 'presserat', 'pressekodex', 'pressenævnet', 'pressens faglige utvalg',
  'vær varsom-plakaten', 'redaktørplakaten', 'raad voor de journalistiek', 'pressinõukogu', 'meedialiit',
] as const;

/** "Member of …" in words: a membership the footer states rather than shows as a logo. */
export const MEMBER_OF = [
  'member of', 'members of', 'proud member of', 'proud members of', 'membre de', 'membre du', 'mitglied im', 'mitglied der', 'mitglied des', 'mitglied bei', 'jäsen', '*liiton jäsen', 'jäsenenä', 'medlem i', 'medlem av', 'medlem af',
  'lid van', 'aangesloten bij', 'miembro de', 'socio de', 'membro di', 'membro de', 'associado da', 'członek', 'członkiem', 'liige', 'on liige',
  // sk, cs, ro, hu
  'členom', 'členem', 'membru al', 'membră a', 'tagja',
  // lv, lt
  'biedrs', 'asociācijas biedrs', 'narys', 'asociacijos narys',
] as const;

/** What a trust-giving membership is of: a trade or e-commerce association, a chamber, a council. */
export const ASSOCIATION_WORDS = [
  'association', 'federation', 'chamber of commerce', 'trade body', 'verband', '*verband', 'kammer', '*kammer', 'innung', 'liitto', '*liitto', 'kauppakamari',
  'förbund', '*förbund', 'handelskammare', 'forening', '*forening', 'forbund', 'vereniging', 'kamer van koophandel', 'thuiswinkel', 'asociación', 'federación', 'cámara de comercio',
  'consortium', 'consorzio', 'consorcio', 'konsortium', 'associazione', 'federazione', 'camera di commercio', 'associação', 'federação', 'stowarzyszenie', 'izba', 'liit', '*liit', 'koda', 'fevad', 'netcomm', 'ecommerce europe',
  // sk, cs, ro, hu
  'asociácia', 'asociace', 'zväz', 'svaz', 'komora', 'asociația', 'asociatia', 'camera de comerț', 'szövetség', 'egyesület', 'kamara',
  // lv, lt (not a bare "kamera": a camera too)
  'asociācija', 'biedrība', 'tirdzniecības un rūpniecības kamera', 'asociacija', 'sąjunga', 'rūmai',
] as const;

/** Headings over a gallery of certificates, awards or memberships: its logos are seals whatever their file names. */
export const BADGE_GALLERY_HEADING = [
  'sertifikaatit', 'sertifikaatti*', 'sertifioinnit', 'palkinnot', 'jäsenyydet', 'certifikat', 'certifieringar', 'utmärkelser', 'medlemskap', 'sertifikater', 'sertifiseringer',
  'certificates', 'certifications', 'accreditations', 'awards', 'memberships', 'awards and certifications', 'zertifikate', 'zertifizierungen', 'auszeichnungen', 'mitgliedschaften',
  'certifikater', 'certifications et labels', 'labels et certifications', 'certificaten', 'keurmerken', 'certificados', 'certificaciones', 'certificazioni', 'certificações', 'certyfikaty',
  'sertifikaadid', 'auhinnad',
  // sk, cs, ro, hu
  'certifikáty', 'ocenenia', 'ocenění', 'certificări', 'premii', 'tanúsítványok',
  // lv, lt
  'sertifikāti', 'apbalvojumi', 'sertifikatai', 'apdovanojimai',
] as const;

/** Words that name a seal only on a small image or in the page frame (footer, header): an award or a
 *  certificate in an article photo ("Academy Awards ceremony") is news, not a trust seal. */
export const BADGE_WORDS_FRAMED = [
  'award', 'awards', 'auszeichnung*', 'zertifiziert*', 'zertifikat', 'geprüft*', 'certificat*', 'certificazion*', 'certificato', 'sertifikaatti', 'sertifioitu', 'sertifikat',
  'certifierad', 'certified', 'pci', 'pci dss', 'kauppakamari',
] as const;

/** Seal and certificate services: their scripts, frames, seal images and verify links. */
export const BADGE_VENDORS: readonly Vendor[] = [
  { item: 'trustedshops', hosts: ['widgets.trustedshops.com', 'trustedshops.com', 'trustedshops.de', 'etrusted.com'], markers: ['trustbadge'] },
  { item: 'ehi', hosts: ['ehi-siegel.de'] },
  // TÜV SÜD's "s@fer-shopping" certificate, linked from a seal drawn as a background image.
  { item: 'tuevsued', hosts: ['safer-shopping.de', 'safer-shopping.com'] },
  { item: 'haendlerbund', hosts: ['haendlerbund.de'] },
  { item: 'shopvote', hosts: ['shopvote.de'] },
  { item: 'avisverifies', hosts: ['avis-verifies.com', 'netreviews.eu'] },
  { item: 'verisign', hosts: ['seal.verisign.com', 'trustseal.verisign.com'] },
  { item: 'digicert', hosts: ['seal.digicert.com', 'seal.websecurity.norton.com', 'seal.thawte.com', 'seal.geotrust.com', 'smarticon.geotrust.com'] },
  { item: 'godaddy', hosts: ['seal.godaddy.com', 'seal.starfieldtech.com'] },
  { item: 'trustwave', hosts: ['sealserver.trustwave.com'] },
  { item: 'sectigo', hosts: ['trustlogo.com', 'secure.trust-provider.com'] },
  { item: 'trustedsite', hosts: ['cdn.ywxi.com', 'trustedsite.com'] },
  { item: 'trustguard', hosts: ['trust-guard.com'] },
  { item: 'bbb', hosts: ['seal-abc.bbb.org', 'seal.bbb.org', 'bbb.org'] },
  { item: 'bizrate', hosts: ['medals.bizrate.com', 'bizrate.com'] },
  { item: 'emaerket', hosts: ['emaerket.dk'] },
  { item: 'tryggehandel', hosts: ['tryggehandel.se', 'tryggehandel.no'] },
  { item: 'asiakastieto', hosts: ['luotettavakumppani.fi', 'asiakastieto.fi'] },
  { item: 'oiva', hosts: ['oivahymy.fi'] },
  { item: 'thuiswinkel', hosts: ['thuiswinkel.org'] },
  { item: 'webwinkelkeur', hosts: ['webwinkelkeur.nl'] },
  { item: 'confianzaonline', hosts: ['confianzaonline.es'] },
  { item: 'netcomm', hosts: ['consorzionetcomm.it'] },
  { item: 'treeday', hosts: ['treeday.net'] },
  { item: 'sra', hosts: ['yoshki.com'] },
  { item: 'varmakauppa', hosts: ['suomenvarmakauppa.fi'] },
  { item: 'swissonlinegarantie', hosts: ['swiss-online-garantie.ch'] },
];

/** Regulators, deposit insurers, charity evaluators and audit bureaus whose membership or rating a site links to as its
 *  mark ("Member SIPC" → sipc.org, "Charity Navigator", "Fréquentation certifiée par l'OJD"): a short link there is a badge. */
export const MEMBERSHIP_MARK_HOSTS = [
  'sipc.org', 'finra.org', 'fdic.gov', 'ncua.gov', 'charitynavigator.org', 'give.org', 'bbb.org', 'ojd-internet.com', 'ojd.com', 'acpm.fr', 'oiva.fi', 'avainlippu.fi',
  // food-safety inspection reports a restaurant or grocer shows (fi Oiva, da Smiley, no Smilefjes)
  'oivahymy.fi', 'findsmiley.dk', 'smilefjes.mattilsynet.no',
  'suomenvarmakauppa.fi', 'luotettavakumppani.fi', 'e-kaubanduseliit.ee', 'ehi-siegel.de', 'handelsverband.at', 'thuiswinkel.org', 'emaerket.dk', 'tryggehandel.se', 'tryggehandel.no',
  // registers of licensed online medicine sellers (the EU common logo links to the seller's entry)
  'mhra.gov.uk', 'fimea.fi', 'lakemedelsverket.se', 'laegemiddelstyrelsen.dk', 'legemiddelverket.no', 'dkma.dk', 'bfarm.de', 'dimdi.de', 'ansm.sante.fr', 'cbg-meb.nl',
  'aemps.gob.es', 'salute.gov.it', 'infarmed.pt', 'gif.gov.pl', 'ravimiamet.ee',
] as const;

/** Lines that state such a membership in words: "Member SIPC", "TD Ameritrade, Inc., member FINRA/SIPC", "BBB Accredited". */
export const MEMBERSHIP_MARK_TEXT = /(?<![\p{L}])[Mm]ember(?:\s+of)?\s+(?:SIPC|FDIC|FINRA|NCUA)(?![\p{L}])|(?<![\p{L}])BBB\s+Accredited(?![\p{L}])/u;

/** Proper names of trust marks: e-commerce associations' seals and press councils' codes. Named anywhere in an
 *  icon link's label ("Fevad", "Norsk Presseforbund, logo.") or in a short line of the page frame
 *  ("Vi arbeider etter Vær Varsom-plakatens regler"), they are the mark itself. */
export const MARK_NAMES = [
  'fevad', 'thuiswinkel waarborg', 'webshop keurmerk', 'webwinkel keur', 'confianza online', 'sigillo netcomm', 'zaufany sklep', 'e-kaubanduse liit', 'trygg e-handel',
  'tryggehandel', 'e-mærket', 'emaerket', 'handelsverband', 'händlerbund', 'trusted shops', 'confiança online', 'suomen varma kauppa', 'luotettava kumppani', 'avainlippu',
  'presseforbund*', 'norsk presseforbund', 'deutscher presserat', 'schweizer presserat', 'österreichischer presserat', 'vær varsom*', 'pressens faglige utvalg', 'julkisen sanan neuvosto', 'journalistin ohjeet', 'pressens opinionsnämnd', 'medieombudsmannen', 'presserat',
  'pressekodex', 'pressenævnet', 'redaktørplakat*', 'raad voor de journalistiek', 'pressinõukogu', 'the trust project',
] as const;

/** Names of seals shown as a bare icon or an image whose whole label is the name ("Luotettava", "Verified by Visa"). */
export const BADGE_ICON_LABELS = [
  'luotettava', 'luotettava kumppani', 'suomen varma kauppa', 'verified by visa', 'verifiedvisa', 'visa secure', 'mastercard securecode', 'mcardsecurecode', 'securecode', 'mastercard identity check',
  'safekey', 'american express safekey', 'trusted shops', 'e-mærket', 'trygg e-handel',
] as const;

/** Images that carry a seal word but are no trust seal. */
export const NOT_BADGE = [
  'gift certificate', 'gift certificates', 'giftcertificate', 'certificat cadeau', 'geschenkzertifikat', 'app store', 'google play', 'award winning', 'award-winning',
] as const;

/** Class or id fragments of seal containers that a script fills ("shop-trustbadge", "trusted-shops"). */
export const BADGE_CONTAINER = ['trustbadge', 'trusted-shops', 'trustedshops', 'trust-seal', 'trustseal', 'trust-badge', 'gutesiegel', 'guetesiegel'] as const;

/** Words that make a name a company group's ("Coloplast Group", "Beispiel Gruppe"): such a name joined to a street address
 *  in the footer is the owner's identity, where a restaurant's trade name with its address is not. Matched as whole words. */
export const COMPANY_GROUP_WORDS = [
  'group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'groep', 'grupa', 'grupp', 'gruppen', 'koncern', 'koncernen', 'konzern', 'konsernet', 'konserni', 'yhtymä',
  'holding', 'holdings', 'corporation',
] as const;
