// Words that say what kind of business a site is (engine/site-kind.ts weighs them): a local service's
// opening hours and menu, a B2B or SaaS company's demo and per-user plans, a publisher's subscription,
// a nonprofit's donations and membership. fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.
// Generic words ("menu", "services", "subscribe") are left out: every kind of site says them.

export const OPENING_HOURS = [
  'aukioloajat', 'aukioloaika', 'aukioloajat*', 'öppettider', 'öppettid', 'opening hours', 'opening times', 'hours of operation', 'business hours',
  'öffnungszeiten', 'åbningstider', 'åbningstid', 'åpningstider', 'åpningstid', 'heures d’ouverture', "heures d'ouverture", 'horaires d’ouverture', "horaires d'ouverture",
  'openingstijden', 'openingsuren', 'horario de apertura', 'orari di apertura', 'horário de funcionamento', 'godziny otwarcia', 'lahtiolekuajad',
  // sk, cs, ro, hu
  'otváracie hodiny', 'otváracia doba', 'otevírací doba', 'otevírací hodiny', 'program de lucru', 'orar de funcționare', 'nyitvatartás',
  'nyitva tartás',
  // lv, lt
  'darba laiks', 'darba laiki', 'darbo laikas', 'darbo valandos',
] as const;

export const MENU = [
  'ruokalista', 'lounaslista', 'päivän lounas', 'viikon lounas', 'lounasmenu', 'à la carte', 'a la carte', 'lunchmeny', 'dagens lunch', 'veckans lunch', 'middagsmeny',
  'our menu', 'food menu', 'lunch menu', 'dinner menu', 'drinks menu', 'view menu', 'see the menu', 'view our menu', 'speisekarte', 'mittagstisch', 'mittagsmenü', 'tageskarte',
  'frokostmenu', 'aftenmenu', 'lunsjmeny', 'notre carte', 'menu du jour', 'menukaart', 'lunchkaart', 'nuestra carta', 'menú del día', 'il nostro menù', 'cardápio', 'karta dań', 'päevapakkumine',
  // sk, cs, ro, hu
  'jedálny lístok', 'denné menu', 'jídelní lístek', 'denní menu', 'meniul zilei', 'étlap', 'napi menü',
  // lv, lt
  'ēdienkarte', 'dienas piedāvājums', 'pusdienu piedāvājums', 'dienas pusdienas', 'valgiaraštis', 'dienos pietūs', 'pietų meniu',
] as const;

/** Trades of local services: clinics, salons, restaurants, estate agents, craftsmen. */
export const LOCAL_TRADES = [
  'hammaslääkäri*', 'hammashoito*', 'klinikka', 'vastaanotto', 'kampaamo', 'parturi*', 'kauneushoitola', 'hieronta', 'fysioterapia', 'ravintola', 'kahvila', 'kiinteistönvälitys', 'myytävät asunnot', 'välittäjä', 'remontti*', 'putkiasennus', 'sähköasennus', 'hoidot', 'hoitomme',
  'tandläkare', 'tandvård', 'klinik', 'frisör', 'frisörsalong', 'skönhetssalong', 'massage', 'restaurang', 'mäklare', 'fastighetsmäklare', 'behandlingar', 'hantverkare', 'rörmokare', 'elektriker',
  'dentist', 'dental clinic', 'clinic', 'hair salon', 'beauty salon', 'barber', 'restaurant', 'estate agent', 'real estate agent', 'plumber', 'electrician', 'treatments', 'our treatments',
  'zahnarzt', 'zahnarztpraxis', 'praxis', 'friseur', 'kosmetikstudio', 'immobilienmakler', 'handwerker', 'behandlungen',
  'tandlæge', 'frisør', 'ejendomsmægler', 'håndværker', 'tannlege', 'eiendomsmegler', 'håndverker',
  'dentiste', 'cabinet dentaire', 'coiffeur', 'salon de coiffure', 'agence immobilière', 'artisan', 'tandarts', 'kapper', 'makelaar', 'loodgieter',
  'dentista', 'clínica', 'peluquería', 'inmobiliaria', 'parrucchiere', 'agenzia immobiliare', 'cabeleireiro', 'dentysta', 'fryzjer', 'hambaarst', 'juuksur',
  // sk, cs, ro, hu
  'zubár', 'zubná ambulancia', 'zubní lékař', 'kaderníctvo', 'kadeřnictví', 'reštaurácia', 'restaurace', 'stomatolog', 'coafor', 'fogorvos', 'fodrász',
  'étterem',
  // lv, lt
  'zobārsts', 'zobārstniecība', 'frizētava', 'skaistumkopšanas salons', 'restorāns', 'kafejnīca', 'odontologas', 'odontologijos klinika', 'kirpykla',
  'grožio salonas', 'restoranas', 'kavinė',
] as const;

export const DEMO = [
  'request a demo', 'book a demo', 'get a demo', 'schedule a demo', 'request demo', 'book demo', 'get demo', 'see a demo', 'talk to sales', 'contact sales',
  'pyydä demo', 'varaa demo', 'tilaa demo', 'demopyyntö', 'pyydä esittely', 'varaa esittely', 'boka demo', 'boka en demo', 'begär demo', 'kontakta sälj',
  'demo anfordern', 'demo buchen', 'demo vereinbaren', 'kostenlose demo', 'vertrieb kontaktieren', 'book en demo', 'bestill demo', 'bestil demo',
  'demander une démo', 'réserver une démo', 'demande de démo', 'demo aanvragen', 'vraag een demo aan', 'plan een demo', 'solicitar demo', 'solicita una demo',
  'richiedi una demo', 'prenota una demo', 'agendar demonstração', 'solicitar demonstração', 'umów demo', 'poproś o demo', 'broneeri demo', 'küsi demot',
  // sk, cs, ro, hu
  'vyžiadať demo', 'požádat o demo', 'solicită demo', 'demó kérése',
  // lv, lt
  'pieprasīt demo', 'pieteikt demo', 'užsisakyti demo', 'gauti demo',
] as const;

/** Prices per user or seat: SaaS plans. */
export const PER_SEAT = [
  'per user', 'per seat', 'per user per month', '/user', '/ user', 'user/month', 'per agent', 'per käyttäjä', 'käyttäjä/kk', '/käyttäjä', 'per användare', '/användare',
  'pro nutzer', 'pro benutzer', '/nutzer', 'pr. bruger', 'per bruger', 'per bruker', 'par utilisateur', '/utilisateur', 'per gebruiker', 'por usuario', 'per utente', 'por utilizador', 'na użytkownika', 'kasutaja kohta',
  // sk, cs, ro, hu
  'na používateľa', 'za uživatele', 'per utilizator', 'felhasználónként',
  // lv, lt
  'par lietotāju', 'vienam vartotojui',
] as const;

export const PLANS = [
  'pricing plans', 'compare plans', 'choose a plan', 'choose your plan', 'all plans', 'see plans', 'view plans', 'enterprise plan', 'hinnoittelu', 'valitse paketti', 'vertaa paketteja',
  'välj plan', 'jämför planer', 'pläne vergleichen', 'tarife vergleichen', 'sammenlign planer', 'comparer les offres', 'choisissez votre plan', 'vergelijk abonnementen', 'comparar planes', 'confronta i piani', 'porównaj plany',
] as const;

export const CASE_STUDIES = [
  'case studies', 'case study', 'customer stories', 'success stories', 'customer success', 'asiakastarinat', 'asiakastarina', 'asiakascaset', 'referenssit', 'referenssimme',
  'kundcase', 'kundcase*', 'kundberättelser', 'referenser', 'referenzen', 'kundengeschichten', 'erfolgsgeschichten', 'fallstudien', 'kundecases', 'referencer', 'kundehistorier', 'referanser',
  'études de cas', 'cas clients', 'klantverhalen', 'klantcases', 'casos de éxito', 'casi di successo', 'casos de sucesso', 'studia przypadków', 'kliendilood',
  // sk, cs, ro, hu
  'prípadové štúdie', 'případové studie', 'studii de caz', 'esettanulmányok',
  // lv, lt
  'veiksmes stāsti', 'klientu stāsti', 'sėkmės istorijos', 'klientų istorijos',
] as const;

/** Words of companies that sell to companies. */
export const B2B_WORDS = [
  'ratkaisut', 'ratkaisumme', 'solutions', 'our solutions', 'lösningar', 'lösungen', 'løsninger', 'integrations', 'integraatiot', 'integrationer', 'integrationen', 'api',
  'for business', 'for businesses', 'for enterprises', 'enterprise', 'yrityksille', 'yritysasiakkaille', 'för företag', 'für unternehmen', 'for virksomheder', 'for bedrifter',
  'pour les entreprises', 'voor bedrijven', 'para empresas', 'per le aziende', 'dla firm', 'ettevõtetele', 'b2b', 'saas',
  // sk, cs, ro, hu
  'pre firmy', 'pro firmy', 'pentru companii', 'cégeknek',
  // lv, lt
  'uzņēmumiem', 'biznesam', 'verslui', 'įmonėms',
] as const;

export const FREE_TRIAL = [
  'free trial', 'start free trial', 'start your free trial', 'try for free', 'try it free', 'start for free', 'ilmainen kokeilu', 'kokeile ilmaiseksi', 'testa gratis', 'prova gratis',
  'kostenlos testen', 'gratis testen', 'essai gratuit', 'essayer gratuitement', 'gratis proberen', 'probar gratis', 'prova gratuita', 'teste grátis', 'wypróbuj za darmo', 'proovi tasuta',
  // sk, cs, ro, hu
  'vyskúšať zadarmo', 'vyzkoušet zdarma', 'încearcă gratuit', 'próbáld ki ingyen',
  // lv, lt
  'izmēģini bez maksas', 'izmēģināt bez maksas', 'išbandyk nemokamai', 'išbandykite nemokamai',
] as const;

/** A publisher's reader subscription (not a newsletter signup). */
export const SUBSCRIPTION = [
  'tilaa lehti', 'tilaa digilehti', 'digitilaus', 'lehden tilaus', 'tilaajaksi', 'tilaajille', 'kestotilaus', 'vain tilaajille',
  'become a subscriber', 'digital subscription', 'subscribers only', 'for subscribers', 'subscriber-only', 'subscribe to read',
  'bli prenumerant', 'för prenumeranter', 'digitalprenumeration', 'abonnent werden', 'für abonnenten', 'digital-abo', 'digitalabo', 'abo abschließen',
  'bliv abonnent', 'for abonnenter', 'bli abonnent', 'abonnez-vous', 'réservé aux abonnés', 'abonnee worden', 'alleen voor abonnees', 'suscríbete', 'solo para suscriptores', 'abbonati', 'assine', 'zostań prenumeratorem', 'telli ajaleht',
  // sk, cs, ro, hu
  'predplatné', 'předplatné', 'abonament digital', 'előfizetés',
  // lv, lt
  'digitālais abonements', 'tikai abonentiem', 'kļūsti par abonentu', 'skaitmeninė prenumerata', 'tik prenumeratoriams', 'tapk prenumeratoriumi',
] as const;

export const DONATE = [
  'lahjoita', 'lahjoitus', 'lahjoitukset', 'tee lahjoitus', 'lahjoita nyt', 'kuukausilahjoittaja*', 'donate', 'donate now', 'donation', 'donations', 'make a donation', 'give monthly',
  'ge en gåva', 'ge en gåva idag', 'donera', 'bli månadsgivare', 'spenden', 'jetzt spenden', 'spende', 'faire un don', 'je donne', 'støt os', 'giv et bidrag', 'donér', 'gi en gave', 'støtt oss',
  'doneer', 'doneren', 'dona ahora', 'haz un donativo', 'dona ora', 'fai una donazione', 'faça uma doação', 'przekaż darowiznę', 'wesprzyj nas', 'anneta', 'toeta meid',
  // sk, cs, ro, hu
  'darujte', 'prispieť', 'přispět', 'donează', 'adományozz', 'adományozzon',
  // lv, lt
  'ziedot', 'ziedo', 'ziedot tagad', 'ziedojumi', 'aukoti', 'aukok', 'paaukok', 'paaukokite',
] as const;

export const MEMBERSHIP = [
  'liity jäseneksi', 'jäseneksi', 'jäsenyys', 'jäsenmaksu', 'bli medlem', 'medlemskap', 'medlemsavgift', 'become a member', 'membership fee', 'join as a member',
  'mitglied werden', 'mitgliedschaft', 'mitgliedsbeitrag', 'bliv medlem', 'medlemskab', 'devenir membre', 'adhérer', 'adhésion', 'lid worden', 'word lid',
  'hazte socio', 'diventa socio', 'torne-se sócio', 'zostań członkiem', 'astu liikmeks',
  // sk, cs, ro, hu
  'staňte sa členom', 'staňte se členem', 'devino membru', 'legyen tagunk',
  // lv, lt
  'kļūt par biedru', 'kļūsti par biedru', 'biedra nauda', 'tapk nariu', 'tapti nariu', 'nario mokestis',
] as const;

/** Associations, foundations, charities and volunteering. */
export const ASSOCIATION = [
  'yhdistys', 'ry', 'r.y.', 'säätiö', 'järjestö', 'vapaaehtoi*', 'förening', 'föreningen', 'stiftelse', 'stiftelsen', 'ideell', 'ideella', 'volontär*',
  'verein', 'e.v.', 'stiftung', 'gemeinnützig*', 'ehrenamt*', 'forening', 'foreningen', 'frivillig*', 'association', 'charity', 'non-profit', 'nonprofit', 'not-for-profit', 'volunteer', 'volunteers', 'ngo',
  'vereniging', 'stichting', 'vrijwilliger*', 'asociación', 'fundación', 'associazione', 'onlus', 'fondazione', 'associação', 'stowarzyszenie', 'fundacja', 'mittetulundus*', 'sihtasutus',
  // sk, cs, ro, hu
  'občianske združenie', 'nadácia', 'spolek', 'nadace', 'asociația', 'fundația', 'egyesület', 'alapítvány',
  // lv, lt (not lv "fonds": French funds)
  'biedrība', 'nodibinājums', 'brīvprātīg*', 'labdarība', 'asociacija', 'labdaros', 'savanor*', 'viešoji įstaiga',
] as const;

/** Delivery words and Europe words, read together on one line: "we ship to all EU countries". */
export const DELIVERY_WORDS = [
  'ship*', 'deliver*', 'toimit*', 'leverans*', 'leverera*', 'lever*', 'lieferung*', 'liefern', 'versand*', 'versenden', 'livraison*', 'livrons', 'livrer',
  'verzend*', 'envío*', 'enviamos', 'spedizion*', 'spediamo', 'entrega*', 'wysyłka', 'wysyłamy', 'tarne*', 'postitus*',
  // sk, cs, ro, hu
  'doručujeme', 'doručenie', 'doručení', 'dodáváme', 'livrăm', 'livrare', 'szállítunk', 'szállítás',
  // lv, lt
  'piegādā*', 'piegāde*', 'piegādi', 'sūtām', 'pristatome', 'pristatymas', 'siunčiame',
] as const;
export const EUROPE_WORDS = ['eu', 'eu-*', 'europe', 'european union', 'eurooppa*', 'euroopan', 'europa', 'europas', 'europe*', 'europäische union', 'l’ue', "l'ue", 'ue', 'euroopa*',
  // sk, cs, ro, hu
  'európa', 'európska únia', 'evropa', 'evropská unie', 'uniunea europeană', 'európai unió', 'eú',
  // lv, lt (not "es": Latvian "I", Spanish "is")
  'eiropa*', 'eiropas savienīb*', 'europos sąjung*',
] as const;

/** Selectors of a byline: the author of an article, named in its markup. */
export const BYLINE = 'a[rel~="author" i], [itemprop="author"], [class*="byline" i], [rel="author" i]';


/** Countries of the EU, the EEA and the UK in their own languages and in English, German, French and Finnish. */
export const EUROPEAN_COUNTRIES = [
  'finland', 'suomi', 'sverige', 'sweden', 'schweden', 'ruotsi', 'norge', 'norway', 'norwegen', 'danmark', 'denmark', 'dänemark', 'island', 'iceland', 'ísland',
  'deutschland', 'germany', 'allemagne', 'saksa', 'österreich', 'austria', 'autriche', 'france', 'frankreich', 'ranska', 'nederland', 'netherlands', 'the netherlands', 'niederlande', 'pays-bas',
  'belgië', 'belgique', 'belgium', 'belgien', 'luxembourg', 'luxemburg', 'italia', 'italy', 'italien', 'italie', 'españa', 'spain', 'spanien', 'espagne', 'portugal', 'ireland', 'éire', 'irland',
  'polska', 'poland', 'polen', 'pologne', 'česko', 'czechia', 'czech republic', 'slovensko', 'slovakia', 'slovenija', 'slovenia', 'magyarország', 'hungary', 'românia', 'romania',
  'българия', 'bulgaria', 'hrvatska', 'croatia', 'ελλάδα', 'greece', 'eesti', 'estonia', 'viro', 'latvija', 'latvia', 'lietuva', 'lithuania', 'malta', 'cyprus', 'liechtenstein',
  'united kingdom', 'great britain', 'england', 'scotland', 'wales', 'northern ireland',
] as const;
