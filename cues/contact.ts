// Contact cues by language: fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.

/** Link text or form words that name a contact page or an enquiry. Explicit forms rather than
 * a bare `contact*` / `kontakt*` prefix: "contactless" and "Kontaktlinsen" are not contact pages. */
export const CONTACT_PAGE = [
  // fi
  'yhteystiedot', 'yhteystie*', 'ota yhteyttä', 'yhteydenot*', 'asiakaspalvelu', 'pyydä tarjous', 'tarjouspyyn*', 'soittopyyn*',
  // sv
  'kontakta oss', 'kontakt', 'kontaktuppgifter', 'kontaktformulär', 'kundtjänst', 'kundservice', 'begär offert', 'offertförfrågan',
  // en
  'contact', 'contacts', 'contact us', 'contact form', 'contact customer service', 'get in touch', 'customer service', 'customer care',
  'request a quote', 'get a quote', 'email us', 'enquir*', 'inquir*',
  // de
  'kontaktformular', 'kontaktieren sie uns', 'kontaktiere uns', 'kontaktaufnahme', 'kundenservice', 'kundendienst', 'angebot anfordern', 'anfrage*',
  // da, no
  'kontakt os', 'kontakt oss', 'kontaktskjema', 'kontaktformular', 'kundeservice', 'kundesenter', 'få et tilbud', 'få tilbud',
  // fr
  'nous contacter', 'contactez-nous', 'contactez nous', 'formulaire de contact', 'service client', 'service clients', 'demande de devis',
  // it, es, pt, nl
  'contatti', 'contattaci', 'contatto', 'contacto', 'contáctenos', 'contactar', 'contato', 'fale conosco', 'neem contact op',
  'contactformulier', 'klantenservice', 'offerte aanvragen', 'contáctanos', 'contactos', 'atención al cliente', 'formulario de contacto', 'solicitar presupuesto', 'pide presupuesto',
  'servizio clienti', 'assistenza clienti', 'modulo di contatto', 'richiedi preventivo', 'richiedi informazioni', 'contacte-nos', 'contacte nos', 'contacta-nos', 'contacta nos', 'apoio ao cliente', 'atendimento ao cliente',
  'formulário de contacto', 'formulário de contato', 'pedir orçamento', 'skontaktuj się', 'formularz kontaktowy', 'obsługa klienta', 'biuro obsługi klienta', 'zapytaj o ofertę',
  'kontaktid', 'kontaktandmed', 'kontaktinfo', 'võta ühendust', 'võtke meiega ühendust', 'kirjuta meile', 'kirjutage meile', 'klienditugi', 'klienditeenindus', 'küsi pakkumist', 'hinnapäring',
  // fi forms the prefixes above leave out
  'ota meihin yhteyttä', 'kirjoita meille', 'lähetä viesti',
  // customer-service and feedback pages under other names
  'customer services', 'servicio al cliente', 'fale com', 'fale connosco', 'lob & kritik', 'lob und kritik',
  'rückruf-service', 'rückrufservice', 'rückruf anfordern', 'kostenloser rückruf', 'soittopyyntöpalvelu', 'callback service', 'request a callback', 'request a call back',
  // sv, da, no, en, fr, es, it, pl: "write to us"
  'skriv till oss', 'skriv til os', 'skriv til oss', 'write to us', 'message us', 'écrivez-nous', 'escríbenos', 'scrivici', 'napisz do nas',
  'kontakt z nami',
  // sk
  'kontakty', 'kontaktujte nás', 'napíšte nám', 'kontaktný formulár', 'kontaktné údaje', 'zákaznícky servis', 'zákaznícka podpora', 'cenová ponuka',
  'nezáväzná ponuka',
  // cs
  'napište nám', 'kontaktní formulář', 'kontaktní údaje', 'zákaznický servis', 'zákaznická podpora', 'poptávka', 'poptávkový formulář',
  'nezávazná poptávka', 'cenová nabídka',
  // ro
  'contactează-ne', 'contactați-ne', 'date de contact', 'formular de contact', 'scrie-ne', 'scrieți-ne', 'relații clienți', 'serviciul clienți',
  'cere ofertă', 'solicită ofertă', 'cerere de ofertă',
  // hu
  'kapcsolat', 'kapcsolatfelvétel', 'elérhetőség', 'elérhetőségek', 'elérhetőségeink', 'lépjen kapcsolatba velünk', 'írjon nekünk', 'ügyfélszolgálat',
  'ajánlatkérés', 'kérjen ajánlatot',
  // de
  'schreiben sie uns', 'schreib uns',
  // lv, lt
  'kontakti', 'kontaktinformācija', 'kontaktu informācija', 'sazinies ar mums', 'sazinieties ar mums', 'sazināties ar mums', 'saziņas forma',
  'kontaktforma', 'klientu apkalpošana', 'klientu serviss', 'raksti mums', 'rakstiet mums', 'pieprasīt piedāvājumu', 'pieprasi piedāvājumu',
  'piedāvājuma pieprasījums', 'kontaktinė informacija', 'susisiekite', 'susisiekite su mumis', 'susisiek su mumis', 'susisiekti', 'kontaktų forma',
  'užklausos forma', 'klientų aptarnavimas', 'parašykite mums', 'rašykite mums', 'gauti pasiūlymą', 'pasiūlymo užklausa', 'kainos užklausa',
] as const;

/** Link texts where a contact word names a product: contact lenses, a contact grill, contactless payment. */
export const NOT_CONTACT_PAGE = ['contact lens*', 'contactlens*', 'contact grill*', 'contactless', 'kontaktlins*', 'kontaktgrill*', 'lentilles de contact', 'kontaktilins*'] as const;

/** Path segments of a contact page. */
export const CONTACT_PATH_SEGMENTS = [
  'formulario-de-contacto', 'formulario-contacto', 'contact-form', 'contacta-nos',
  'contact', 'contacts', 'contact-us', 'contactus', 'kontakt', 'kontakta', 'kontakta-oss', 'kontakt-oss', 'kontakt-os', 'kontaktformular',
  'kontaktskjema', 'yhteystiedot', 'yhteys', 'ota-yhteytta', 'contactez-nous', 'nous-contacter', 'asiakaspalvelu', 'kundeservice',
  'kundtjanst', 'kundenservice', 'contatti', 'contacto', 'contato', 'contactenos',
  'contactos', 'contatto', 'contattaci', 'contactformulier', 'klantenservice', 'kontaktid', 'kontakty', 'kontaktai', 'contacte-nos', 'fale-conosco',
  // sk, cs, ro, hu
  'kontaktujte-nas', 'napiste-nam', 'kontaktny-formular', 'kontaktni-formular', 'contacteaza-ne', 'contactati-ne', 'date-de-contact', 'kapcsolat',
  'elerhetoseg', 'elerhetosegek', 'kapcsolatfelvetel',
  // lv, lt
  'kontakti', 'sazinies-ar-mums', 'sazinai', 'susisiekite', 'susisiekite-su-mumis',
] as const;

/** Words that name a message field or a form's purpose. */
export const MESSAGE_FIELD = [
  'viesti', 'viestisi', 'kysymys*', 'lisätiedot', 'message', 'your message', 'comments', 'enquiry', 'inquiry', 'question',
  'meddelande', 'nachricht', 'ihre nachricht', 'anliegen', 'besked', 'melding', 'henvendelse', 'votre message', 'messaggio',
  'mensaje', 'consulta', 'bericht', 'uw bericht', 'je bericht', 'vraag', 'domanda', 'mensagem', 'pergunta', 'wiadomość', 'treść wiadomości', 'pytanie', 'sõnum', 'küsimus',
  // sk, cs, ro, hu
  'správa', 'vaša správa', 'zpráva', 'vaše zpráva', 'dotaz', 'otázka', 'mesaj', 'mesajul', 'mesajul tău', 'întrebare', 'üzenet', 'üzenete',
  'az ön üzenete', 'kérdés',
  // lv, lt
  'ziņa', 'jūsu ziņa', 'ziņojums', 'jūsu ziņojums', 'jautājums', 'jūsu jautājums', 'žinutė', 'jūsų žinutė', 'pranešimas', 'klausimas',
  'jūsų klausimas',
] as const;

/** What blog-comment and review forms say: they publish what is written, they do not reach the business. */
/** A call-back request: a phone field is all it needs. */
export const CALLBACK = [
  'soita minulle', 'soittopyyntö', 'soittopyyntö*', 'pyydä soitto', 'pyydä soittoa', 'call me back', 'request a call back', 'request a callback', 'request a call', 'call back',
  'ring mig', 'ring mig upp', 'bli uppringd', 'ring meg', 'ring meg opp', 'bliv ringet op', 'ring til mig', 'rückruf', 'rückrufservice', 'rückruf anfordern', 'être rappelé', 'rappelez-moi',
  'bel mij terug', 'terugbelverzoek', 'llámame', 'te llamamos', 'richiamami', 'vi richiamiamo', 'ligamos-lhe', 'ligue-me', 'zamów rozmowę', 'oddzwonimy', 'helistame tagasi',
  // sk, cs, ro, hu
  'zavoláme vám', 'spätné volanie', 'zpětné volání', 'vă sunăm noi', 'vă sunăm', 'visszahívás', 'visszahívást kérek',
  // lv, lt
  'mēs jums piezvanīsim', 'pasūtīt zvanu', 'pieprasīt zvanu', 'atzvaniet man', 'paskambinkite man', 'mes jums paskambinsime', 'užsakyti skambutį',
  'perskambinsime',
] as const;

export const NOT_CONTACT_FORM = [
  'will not be published', 'leave a reply', 'leave a comment', 'post comment', 'write a review', 'submit review', 'rate this',
  'ei julkaista', 'jätä kommentti', 'kirjoita arvostelu', 'publiceras inte', 'lämna en kommentar', 'skriv en recension',
  'wird nicht veröffentlicht', 'kommentar schreiben', 'bewertung schreiben', 'bliver ikke offentliggjort', 'blir ikke publisert',
  'ne sera pas publiée', 'laisser un commentaire', 'donnez votre avis',
  // job applications
  'työhakemus', 'hakemus', 'avoin hakemus', 'ansioluettelo', 'koulutus ja kokemus', 'job application', 'apply now', 'your cv', 'upload cv', 'cover letter',
  'ansökan', 'sök jobbet', 'ansøgning', 'søknad', 'bewerbung', 'lebenslauf', 'candidature', 'lettre de motivation',
  // nl, es, it, pt, pl, et
  'wordt niet gepubliceerd', 'laat een reactie achter', 'no será publicada', 'no se publicará', 'deja un comentario', 'non sarà pubblicato', 'lascia un commento',
  'não será publicado', 'deixe um comentário', 'nie zostanie opublikowany', 'dodaj komentarz', 'ei avaldata', 'jäta kommentaar', 'sollicitatie', 'solliciteer',
  'candidatura', 'curriculum', 'aplikuj', 'list motywacyjny', 'kandideeri', 'elulookirjeldus',
  // sk, cs, ro, hu
  'nebude zverejnená', 'nebude zverejnený', 'pridať komentár', 'nebude zveřejněn', 'nebude zveřejněna', 'přidat komentář', 'napsat recenzi',
  'nu va fi publicată', 'lasă un comentariu', 'scrie o recenzie', 'nem lesz publikálva', 'nem jelenik meg', 'szólj hozzá', 'értékelés írása',
  'životopis', 'motivačný list', 'motivační dopis', 'önéletrajz', 'motivációs levél',
  // lv, lt
  'netiks publicēta', 'netiks publicēts', 'atstāt komentāru', 'atstāj komentāru', 'rakstīt atsauksmi', 'motivācijas vēstule', 'nebus skelbiamas',
  'nebus paskelbtas', 'nebus paskelbtas viešai', 'parašykite komentarą', 'palikite komentarą', 'rašyti atsiliepimą', 'gyvenimo aprašymas',
  'motyvacinis laiškas',
] as const;

/** Labels that put a phone number next to them. */
export const PHONE_LABEL = [
  // fi
  'puh', 'puh.', 'puhelin', 'puhelin*', 'soita', 'soita meille', 'gsm', 'vaihde', 'asiakaspalvelu',
  // sv
  'tel', 'tel.', 'telefon', 'telefonnummer', 'ring', 'ring oss', 'mobil', 'växel', 'kundtjänst',
  // en
  'phone', 'telephone', 'tel no', 'call', 'call us', 'call now', 'mobile', 'cell', 'hotline', 'toll free', 'toll-free', 'freephone',
  'customer service', 'customer care', 'international callers',
  // the question a help line answers, right before its number ("¿Necesitas ayuda? 910 887 898")
  'need help', 'tarvitsetko apua', 'behöver du hjälp', 'trenger du hjelp', 'har du brug for hjælp', 'brauchen sie hilfe', 'besoin d\'aide',
  'hulp nodig', 'necesitas ayuda', 'serve aiuto', 'precisa de ajuda', 'potrzebujesz pomocy', 'vajad abi',
  // de
  'telefonisch', 'fon', 'fernsprecher', 'bestelltelefon', 'servicetelefon', 'kundentelefon', 'servicenummer', 'kundenservice',
  'rufen sie uns an', 'zentrale', 'telefonzentrale',
  // da, no
  'ring os', 'ring til', 'kundeservice', 'kundesenter', 'sentralbord', 'omstilling',
  // fr, it, es
  'téléphone', 'tél', 'tél.', 'appelez', 'appelez-nous', 'telefono', 'teléfono', 'llámanos', 'atención telefónica', 'servicio telefónico', 'assistenza telefonica', 'atendimento telefónico', 'atendimento telefônico',
  // nl, es, it, pt, pl, et
  'telefoon', 'telefoonnummer', 'bel ons', 'tfno', 'tlf', 'móvil', 'cellulare', 'chiamaci', 'telefone', 'telemóvel', 'ligue-nos', 'zadzwoń', 'tel. kom.', 'infolinia', 'helista', 'mob', 'mob.',
  // sk, cs, ro, hu
  'telefón', 'telefónne číslo', 'telefonní číslo', 'zavolajte nám', 'zavolejte nám', 'infolinka', 'zákaznícka linka', 'zákaznická linka', 'sunați-ne',
  'sună-ne', 'număr de telefon', 'telefonszám', 'hívjon minket', 'hívjon', 'ügyfélszolgálat',
  // lv, lt
  'tālrunis', 'tālr.', 'tālr', 'telefons', 'mob. tālr.', 'mobilais', 'zvaniet', 'zvaniet mums', 'zvani mums', 'klientu apkalpošana',
  'nepieciešama palīdzība', 'telefonas', 'tel. nr.', 'mob. tel.', 'skambinkite', 'skambinkite mums', 'klientų aptarnavimas', 'reikia pagalbos',
] as const;

/** Labels of numbers that are not phones; when one sits nearer than a phone label, the number is not a phone. */
export const NOT_PHONE_LABEL = [
  'fax', 'telefax', 'faksi', 'isbn', 'issn', 'ean', 'gtin', 'sku', 'art.-nr', 'art.nr', 'artikelnummer', 'artikel-nr', 'item no',
  'item #', 'order no', 'order number', 'order #', 'ordernummer', 'bestellnummer', 'bestell-nr', 'tilausnumero', 'tilausnro',
  'tuotenumero', 'y-tunnus', 'ytunnus', 'org.nr', 'org nr', 'org. nr', 'organisasjonsnummer', 'organisationsnummer', 'orgnr', 'cvr',
  'vat', 'vat no', 'alv', 'moms', 'ust-id', 'ust-idnr', 'ust.-id', 'steuernummer', 'hrb', 'p.iva', 'partita iva', 'siret', 'siren',
  'iban', 'bic', 'swift', 'kontonummer', 'tilinumero', 'kundennummer', 'rechnungsnummer', 'invoice no', 'id', 'ref', 'reference',
] as const;

/** Words that make a block a contact block: a phone-shaped number beside them is offered for calling. */
export const CONTACT_CONTEXT = [
  'contact', 'contact us', 'kontakt', 'kontakta oss', 'kontakt oss', 'kontakt os', 'yhteystiedot', 'ota yhteyttä', 'asiakaspalvelu',
  'customer service', 'kundtjänst', 'kundeservice', 'kundenservice', 'service client', 'contatti', 'contacto', 'email', 'e-mail',
  'sähköposti', 'e-post', 'courriel',
  'contatto', 'contato', 'kontaktid', 'klantenservice', 'atención al cliente', 'servizio clienti', 'obsługa klienta', 'klienditeenindus', 'correo',
  // sk, cs, ro, hu
  'kontakty', 'kontaktujte nás', 'kapcsolat', 'elérhetőség*', 'contactați-ne', 'zákaznícky servis', 'zákaznický servis', 'ügyfélszolgálat',
  // lv, lt
  'kontakti', 'sazinies ar mums', 'sazinieties ar mums', 'klientu apkalpošana', 'e-pasts', 'kontaktai', 'susisiekite', 'klientų aptarnavimas',
  'el. paštas',
] as const;

/** Words of a job advertisement: a phone or email right after them belongs to the ad's contact person, not to the site. */
export const JOB_AD = [
  'hakemus', 'hakemuksesi', 'hakemukset', 'työhakemus', 'hae tehtävää', 'hae tehtävään', 'lisätietoja tehtävästä', 'tehtävästä antaa', 'ansioluettelo*',
  'ansökan', 'din ansökan', 'sök tjänsten', 'om tjänsten', 'ansøgning', 'din ansøgning', 'stillingen', 'søknad', 'din søknad',
  'your application', 'send your application', 'application with', 'cover letter', 'your cv', 'the position', 'this position', 'the role', 'about the role', 'apply for',
  'bewerbung', 'ihre bewerbung', 'bewerbungsunterlagen', 'die stelle', 'stellenangebot', 'candidature', 'votre candidature', 'le poste', 'lettre de motivation',
  'sollicitatie', 'je sollicitatie', 'de functie', 'vacature', 'candidatura', 'el puesto', 'la vacante', 'la posizione', 'il curriculum', 'a vaga',
  'aplikuj', 'twoje cv', 'oferta pracy', 'kandideeri', 'ametikoht', 'lähetä cv', 'send your cv', 'curriculum vitae',
  // lv, lt
  'pieteikuma vēstule', 'sūtiet savu cv', 'darba sludinājums', 'vakance', 'siųskite savo cv', 'siųskite cv', 'darbo skelbimas', 'darbo pasiūlymas',
] as const;

/** Words that name another party whose details a page gives: the other party of a listing on a portal (an estate agent,
 *  a car dealer, a marketplace seller, an advertiser), a product's manufacturer or responsible person (EU product-safety
 *  notices), a press release's issuer, a financing partner. A phone, email or address right after them is that party's,
 *  unless the site's own name stands there too. Bare "seller" ("Best Seller"), "Anbieter" (an Impressum's provider),
 *  "agence" (a firm's own office) and "manufacturer" (a spec table's row) say too little. */
export const OTHER_PARTY = [
  'kiinteistönvälittäjä*', 'välittäjä', 'välittäjän', 'kohteen välittäjä', 'myyjä', 'myyjän', 'ilmoittaja', 'ilmoittajan', 'vuokranantaja*',
  '*mäklare', '*mäklaren', 'säljaren', 'kontakta säljaren', 'annonsör*', 'hyresvärd*',
  '*megler', '*megleren', 'meglerforetak*', 'forhandleren', 'kontakt forhandler', 'selgeren', 'kontakt selger', 'annonsør*', 'utleier*',
  '*mægler', '*mægleren', 'sælgeren', 'kontakt sælger', 'annoncør*', 'udlejer*',
  'maakler*', 'müüja', 'müüjaga', 'kuulutaja*', 'kinnisvaramaakler*',
  '*makler', '*maklers', 'verkäufer*', 'händlerkontakt', 'händler kontaktieren', 'anbieter kontaktieren', 'anbieterkontakt', 'inserent*', 'vermieter*',
  'estate agent*', 'letting agent*', 'listing agent*', 'real estate agent*', 'realtor*', 'the seller', 'contact seller', 'contact the seller', 'sold by',
  'listed by', 'dealer information', 'contact dealer', 'contact the dealer', 'dealership', 'advertiser', 'landlord',
  'agence immobilière', 'agent immobilier', 'contacter l\'agence', 'découvrez l\'agence', 'annonceur', 'le vendeur', 'contacter le vendeur', 'mandataire',
  'makelaar*', 'de verkoper', 'adverteerder', 'verhuurder',
  'anunciante', 'agencia inmobiliaria', 'el vendedor', 'contactar al vendedor', 'inserzionista', 'agenzia immobiliare', 'contatta l\'agenzia', 'il venditore',
  'o vendedor', 'imobiliária', 'consultor imobiliário',
  'ogłoszeniodawc*', 'agencja nieruchomości', 'biuro nieruchomości', 'pośrednik*', 'sprzedający', 'agent nieruchomości',
  // product safety: the manufacturer's or responsible person's details on a shop's product page
  'manufacturer information', 'manufacturer details', 'manufacturer contact', 'responsible person', 'economic operator', 'herstellerinformation*',
  'herstellerangaben', 'angaben zum hersteller', 'verantwortliche person', 'informations fabricant', 'informations sur le fabricant', 'personne responsable',
  'operador económico', 'pessoa responsável', 'endereço do provedor', 'información del fabricante', 'persona responsable', 'informazioni sul produttore',
  'persona responsabile', 'fabrikantgegevens', 'verantwoordelijke persoon', 'valmistajan tiedot', 'vastuuhenkilö', 'tillverkarinformation',
  'ansvarig person', 'produsentinformasjon', 'ansvarlig person', 'producentoplysninger', 'informacje o producencie', 'osoba odpowiedzialna', 'tootja andmed',
  // a press release's issuer, a shop's financing partner
  'pressekontakt', 'press contact', 'media contact', 'presskontakt', 'mediakontakt', 'contact presse', 'perscontact', 'contacto de prensa',
  'contatto stampa', 'contacto de imprensa', 'kontakt dla mediów', 'pressikontakt', 'mediayhteydet',
  'finanzierungspartner', 'financing partner', 'finance partner', 'credit provider', 'kreditgeber',
] as const;

/** Who an address reaches when it is the website's technician, not the business: "Webmaster", "napísať správcovi stránky". */
export const WEBMASTER = [
  'webmaster', 'web master', 'site administrator', 'website administrator', 'site admin', 'ylläpitäjä', 'sivuston ylläpitäjä', 'sivuston ylläpito', 'verkkosivujen ylläpito',
  'webbansvarig', 'webbredaktör', 'webredaktør', 'webansvarlig', 'webmestre', 'administrateur du site', 'websitebeheerder', 'webbeheerder', 'beheerder van de website',
  'správca stránky', 'správcovi stránky', 'správca webu', 'správce webu', 'správci webu', 'správci stránek', 'administrator strony', 'administratora strony',
  'amministratore del sito', 'administrador del sitio', 'administrador do site', 'veebihaldur', 'webmesteren',
  // lv, lt
  'vietnes administrators', 'mājaslapas administrators', 'svetainės administratorius', 'svetainės administravimas',
] as const;

export const EMAIL_LABEL = ['sähköposti', 'email', 'e-mail', 'e-post', 'epost', 'mail', 'courriel', 's-posti', 'mejl', 'correo', 'correo electrónico', 'posta elettronica', 'e-postiaadress', 'adres e-mail',
  // lv, lt
  'e-pasts', 'epasts', 'e-pasta adrese', 'el. paštas', 'el.paštas', 'el. pašto adresas',
] as const;

/** Buttons and links that open a live chat. */
export const CHAT_PROMPT = [
  'live chat', 'livechat', 'chat with us', 'chat with a', 'chat with an', 'chat with our', 'chat with support', 'chat now', 'start chat', 'start a chat', 'chat starten', 'zum chat', 'chatta med oss',
  'chatta med os', 'chat med oss', 'chat med os', 'chattaa kanssamme', 'aloita chat', 'avaa chat', 'chat en direct', 'discuter avec nous',
  'live-chat', 'chatten sie mit uns', 'chat met ons', 'chat met de klantenservice', 'chatea con nosotros', 'chat en vivo', 'chatta con noi', 'chat dal vivo', 'chat ao vivo',
  'fale connosco', 'czat na żywo', 'czat z konsultantem', 'vestle meiega', 'alusta vestlust', 'chat-palvelu', 'chat-palveluun', 'asiakaspalvelun chat', 'chatti',
  // fr, it, es, pl, sk, cs, ro, hu
  'chat en ligne', 'chat online', 'czat online', 'četujte s nami', 'chatujte s námi', 'chat cu noi', 'élő chat', 'chat indítása',
  // lv, lt
  'tiešsaistes čats', 'tērzē ar mums', 'sākt tērzēšanu', 'tiešsaistes tērzēšana', 'tiesioginis pokalbis', 'pradėti pokalbį',
  'pokalbis su konsultantu', 'internetinis pokalbis',
] as const;

/** Form builders whose embedded frame is the page's enquiry form: the form lives in the vendor's
 *  iframe, out of the page's DOM, so the frame's host is the evidence. `path` narrows a shared host. */
export const FORM_VENDORS: readonly { item: string; hosts: readonly string[]; path?: string }[] = [
  { item: 'typeform', hosts: ['typeform.com'] },
  { item: 'jotform', hosts: ['jotform.com', 'jotform.eu', 'jotform.me'] },
  { item: 'hubspot', hosts: ['hsforms.com', 'hsforms.net'] },
  { item: 'formstack', hosts: ['formstack.com'] },
  { item: 'cognitoforms', hosts: ['cognitoforms.com'] },
  { item: 'wufoo', hosts: ['wufoo.com', 'wufoo.eu'] },
  { item: 'tally', hosts: ['tally.so'] },
  { item: 'paperform', hosts: ['paperform.co'] },
  { item: '123formbuilder', hosts: ['123formbuilder.com'] },
  { item: 'zohoforms', hosts: ['forms.zohopublic.com', 'forms.zohopublic.eu'] },
  { item: 'googleforms', hosts: ['docs.google.com'], path: '/forms/' },
  { item: 'msforms', hosts: ['forms.office.com', 'forms.microsoft.com'] },
  { item: 'formsite', hosts: ['formsite.com'] },
  { item: 'pipedrive', hosts: ['webforms.pipedrive.com'] },
  { item: 'webropol', hosts: ['webropolsurveys.com'], path: '/Form' },
];
