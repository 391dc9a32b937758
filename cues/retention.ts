// Retention and advocacy cues by language: fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.

export const NEWSLETTER = [
  'uutiskirje*', 'tilaa uutiskirje', 'liity postituslistalle', 'postituslista*', 'sähköpostilista*', 'asiakaskirje*',
  'nyhetsbrev*', 'prenumerera',
  // a weekly letter: sv "veckobrev", da "ugebrev", no "ukebrev", fi "viikkokirje"
  '*veckobrev', '*ugebrev', '*ukebrev', 'viikkokirje*',
  // Whole words, not a prefix: text nodes glue ("NewsletterSubscribe") and would make any form beside the box a signup.
  'newsletter', 'newsletters', 'newslettera', 'newsletterze', 'subscribe', 'sign up for our emails', 'join our mailing list', 'mailing list', 'email list', 'email updates', 'sign up for email',
  'sign me up for emails', 'sign up for emails', 'sign up to our emails', 'sign up for e-mails', 'get our emails',
  'e-mail subscriptions', 'email subscriptions', 'email signup', 'email sign up', 'e-mail signup',
  'newsletter abonnieren', 'abonnieren', 'newsletter-anmeldung',
  'nyhedsbrev*', 'tilmeld',
  "lettre d'information", 'infolettre', "s'abonner", "s'inscrire à la newsletter",
  'nieuwsbrief*', 'boletín', 'boletin', 'boletines', 'suscríbete', 'boletim', 'boletim informativo', 'subscreva', 'uudiskiri*', 'uudiskirja*',
  // sk, cs, ro ("newsletteru", "newsletterul": the loan word inflected; not "zpravodaj", a town's printed bulletin too)
  'newsletteru', 'newsletterul', 'newsletterului', 'odber noviniek', 'odber newslettera', 'prihláste sa na odber', 'prihlásiť sa na odber',
  'prihlásiť na odber', 'odoberať novinky', 'odběr novinek', 'odběr newsletteru', 'přihlaste se k odběru', 'přihlásit k odběru', 'odebírat novinky',
  'buletin informativ', 'abonare la newsletter', 'abonează-te la newsletter', 'înscrie-te la newsletter',
  // hu (hírlevél, hírlevelünk)
  'hírlevél*', 'hírlevel*', 'feliratkozás', 'iratkozz fel', 'iratkozzon fel',
  // lv ("Jaunumu vēstule"), lt ("Naujienlaiškis", inflected)
  'jaunumu vēstul*', 'abonēt jaunumus', 'pieteikties jaunumiem', 'pierakstīties jaunumiem', 'piesakies jaunumiem', 'jaunumu abonēšana',
  'saņemt jaunumus e-pastā', 'naujienlaišk*', 'prenumeruokite naujienas', 'prenumeruok naujienas', 'užsiprenumeruokite naujienas',
  'naujienų prenumerata', 'gaukite naujienas el. paštu',
] as const;

/** E-mail alerts a visitor subscribes to (jobs, prices, listings): counted as a mailing list, as the labels do. */
export const EMAIL_ALERT = [
  'hakuvahti*', 'työpaikkavahti*', 'paikkavahti*', 'hintavahti*', 'jobbevakning', 'prisbevakning', 'jobagent*', 'prisalarm', 'prisvarsel', 'jobbvarsel', 'jobvarsel',
  'søgeagent*', 'opret søgeagent', 'søkeagent*', 'sökagent*', 'e-agent', 'telli e-agent', 'teavitused e-postile',
  'job alert*', 'jobs by email', 'price alert*', 'price drop alert*', 'email alert*', 'e-mail alert*', 'search alert*',
  'preisalarm*', 'preiswecker', 'suchagent*', 'jobletter', 'jobabo', 'job-alarm', 'jobalarm',
  'alerte emploi', 'alertes emploi', 'alerte prix', 'alertes prix', 'créer une alerte', 'créer mon alerte', 'alerte e-mail',
  'vacaturemail*', 'vacature-alert*', 'jobalert*', 'prijsalarm', 'prijsalert',
  'mis alertas', 'mes alertes', 'meine alerts', 'le mie allerte', 'mijn alerts', 'crear alerta', 'crea una alerta', 'crear una alerta', 'alertas de empleo', 'alerta de empleo', 'alerta de precio', 'alertas de precio',
  'avviso di prezzo', 'avvisi di lavoro', 'crea avviso', 'alerta de preço', 'alertas de emprego', 'criar alerta',
  'powiadomienia o ofertach', 'alert cenowy', 'powiadomienie o cenie', 'hinnateavitus', 'tööpakkumiste teavitus',
  // alerts for new listings ("teavita mind uutest kuulutustest")
  'teavita mind uutest*', 'uute kuulutuste teavitus', 'notify me of new listings', 'email me new listings', 'ilmoita uusista ilmoituksista',
  'bevaka nya annonser', 'varsle meg om nye annonser', 'giv mig besked om nye annoncer', 'benachrichtigung bei neuen anzeigen', 'alerte nouvelles annonces',
  // sk, cs, ro, hu
  'strážny pes', 'hlídací pes', 'alertă de preț', 'alerte de preț', 'árfigyelő', 'árfigyelés',
] as const;

/** How a recurring mailing arrives ("per E-Mail", "sähköpostiisi"): with a signup verb in one line, a list signup. */
export const BY_EMAIL = [
  'per e-mail', 'per email', 'per mail', 'by email', 'by e-mail', 'to your inbox', 'in your inbox', 'straight to your inbox', 'sähköpostiisi', 'sähköpostiin', 'sähköpostilla',
  'via e-mail', 'via email', 'via mail', 'på e-post', 'på mail', 'på e-mail', 'pr. e-mail', 'par e-mail', 'par email', 'par mail', 'dans votre boîte',
  'por e-mail', 'por email', 'por correo', 'tramite email', 'tramite e-mail', 'via posta elettronica', 'e-mailem', 'na e-mail', 'e-postiga', 'e-posti teel', 'meili teel',
  // sk, cs, ro, hu
  'e-mailom', 'emailom', 'do e-mailu', 'do schránky', 'prin e-mail', 'pe e-mail', 'e-mailben', 'emailben', 'postafiókodba',
  // lv, lt
  'e-pastā', 'uz e-pastu', 'pa e-pastu', 'el. paštu', 'į el. paštą', 'į savo el. paštą',
] as const;

/** Receiving verbs: "Recevez … en vous inscrivant à notre newsletter", "Modtag nyheder i vores nyhedsbrev". */
export const RECEIVE = [
  'saat', 'saa', 'vastaanota', 'få', 'motta', 'modtag', 'receive', 'get', 'erhalten', 'erhalte', 'bekommen', 'bekommst', 'recevez', 'recevoir', 'ontvang', 'ontvangen',
  'recibe', 'recibir', 'ricevi', 'ricevere', 'receba', 'receber', 'recebe', 'otrzymuj', 'otrzymasz', 'saad', 'saada', 'inscrivant', 'abonnez', 'iscrivendoti', 'suscribiéndote',
  // sk, cs, ro, hu
  'získajte', 'získejte', 'dostávajte', 'dostávejte', 'primește', 'primiți', 'primești', 'kapjon', 'kapj', 'értesülj', 'értesüljön',
  // lv, lt
  'saņem', 'saņemiet', 'saņemt', 'gauk', 'gaukite', 'gauti',
] as const;

/** Names of the list itself, without "subscribe" verbs (a paid subscription or a channel is also subscribed to):
 *  a button or a tick box labelled so is a newsletter signup. */
export const NEWSLETTER_NAME = [
  'sign me up for emails', 'sign up for emails', 'sign up to our emails', 'sign up for e-mails', 'sign up for our emails', 'get our emails',
  'uutiskirje*', 'postituslista*', 'sähköpostilista*', 'nyhetsbrev*', 'newsletter', 'newsletters', 'newslettera', 'newsletterze', 'mailing list', 'email list', 'email updates', 'nyhedsbrev*', "lettre d'information", 'infolettre',
  'nieuwsbrief*', 'boletín', 'boletin', 'boletim', 'uudiskiri*', 'uudiskirja*', '*veckobrev', '*ugebrev', '*ukebrev', 'viikkokirje*',
  // sk, cs, ro, hu
  'newsletteru', 'newsletterul', 'newsletterului', 'buletin informativ', 'hírlevél*', 'hírlevel*',
  // lv, lt
  'jaunumu vēstul*', 'naujienlaišk*',
] as const;

/** Email-marketing services: a form posting to them or a link to their hosted signup page is a list signup. */
export const NEWSLETTER_SERVICES = [
  'list-manage.com', 'eepurl.com', 'mailchi.mp', 'sibforms.com', 'mailerlite.com', 'mlsend.com', 'convertkit.com', 'ck.page', 'createsend.com', 'aweber.com',
  'getresponse.com', 'activehosted.com', 'substack.com', 'flodesk.com', 'mailpoet.com', 'klaviyo.com', 'lianamailer.com', 'squalomail.com', 'newsletter2go.com', 'cleverreach.com', 'rapidmail.de',
  // Forms posted to these are list signups too (lead magnets: "free download" for an address).
  'infusionsoft.com', 'keap.app', 'constantcontact.com', 'mailjet.com', 'sendinblue.com', 'omnisend.com', 'moosend.com', 'benchmarkemail.com', 'emailoctopus.com', 'beehiiv.com', 'buttondown.email',
  'sendfox.com', 'ymlp.com', 'icontact.com', 'anpdm.com', 'apsis.one', 'mailpro.com', 'sendpulse.com', 'rule.io', 'mailup.com',
] as const;

/** Hosted signup pages (a link there opens a signup form); the services' own home pages are not. */
export const NEWSLETTER_SIGNUP_PAGES = [
  'list-manage.com', 'eepurl.com', 'mailchi.mp', 'sibforms.com', 'ck.page', 'view.flodesk.com', 'substack.com', 'subscribepage.io', 'mailerpage.io', 'beehiiv.com', 'buttondown.email', 'emailoctopus.com', 'mailupclient.com',
] as const;

/** "Sign up" words that make an email-only form a mailing-list signup when offers or news sit nearby. */
export const SIGNUP = [
  'tilaa', 'liity', 'ilmoittaudu', 'rekisteröidy',
  'sign up', 'sign-up', 'signup', 'join', 'get updates', 'keep in touch', 'stay in touch', 'stay updated', 'subscribe',
  'anmelden', 'eintragen', 'registrieren', 'melden sie sich', 'melde dich', 'abonnieren',
  'prenumerera', 'anmäl', 'registrera', 'tilmeld', 'meld deg på', 'meld på',
  "s'inscrire", 'inscrivez-vous', 'je m\'inscris', "m'inscrire",
  'aanmelden', 'inschrijven', 'schrijf je in', 'suscribirse', 'suscríbete', 'regístrate', 'iscriviti', 'subscrever', 'subscreva', 'inscreva-se', 'assine', 'zapisz się', 'zapisz', 'telli', 'liitu',
  // sk, cs, ro, hu (not a bare "prihlásiť" or "přihlásit": they also log in)
  'prihlásiť na odber', 'prihláste sa na odber', 'prihlásiť sa na odber', 'odoberať', 'odoberajte', 'přihlásit k odběru', 'přihlaste se k odběru',
  'odebírat', 'odebírejte', 'abonează-te', 'abonare', 'mă abonez', 'înscrie-te', 'feliratkozás', 'feliratkozom', 'iratkozz fel', 'iratkozzon fel',
  // lv, lt (not a bare "pieteikties": to apply for a job too)
  'pierakstīties', 'pieraksties', 'pierakstieties', 'abonēt', 'abonē', 'prenumeruoti', 'prenumeruok', 'prenumeruokite', 'užsiprenumeruoti',
  'užsiprenumeruok', 'užsiprenumeruokite',
] as const;

export const SIGNUP_TOPIC = [
  'tarjoukset', 'tarjouksia', 'tarjouksista', 'uutis*', 'uutuu*', 'edut', 'etuja', 'eduista', 'alennu*', 'vinki*', 'resepti*', 'ajankohtais*',
  'news', 'offers', 'exclusive offers', 'deals', 'updates', 'promotions', 'discount*', 'tips', 'recipes', 'weekly', 'monthly', 'inbox', 'first to know',
  'angebote', 'neuigkeiten', 'aktionen', 'rabatt*', 'gutschein*',
  'erbjudanden', 'nyheter', 'tilbud', 'nyheder', 'inspiration',
  'offres', 'actualités', 'nouveautés', 'bons plans',
  'aanbiedingen', 'nieuws', 'acties', 'ofertas', 'novedades', 'noticias', 'offerte', 'novità', 'promozioni', 'promoções', 'novidades', 'notícias', 'promocje', 'nowości', 'oferty',
  'pakkumised', 'pakkumisi', 'uudised', 'soodustused', 'email offers',
  // what a restaurant or a board sends: the week's menu, new listings
  'wochenplan', 'speiseplan', 'mittagstisch', 'lounaslista', 'ruokalista', 'matsedel', 'veckans meny', 'ilmoitukse*', 'annonser', 'annoncer', 'stellenangebote', 'vacatures', 'ofertas de empleo',
  // sk, cs, ro, hu
  'novinky', 'zľavy', 'slevy', 'akcie', 'akce', 'ponuky', 'nabídky', 'oferte', 'noutăți', 'reduceri', 'promoții', 'akciók', 'újdonságok',
  'kedvezmények', 'ajánlatok', 'hírek',
  // lv, lt
  'jaunum*', 'piedāvājum*', 'atlaid*', 'akcijas', 'receptes', 'naujien*', 'pasiūlym*', 'nuolaid*', 'akcijos', 'receptai',
] as const;

/** Forms that take an email for something other than a list: password reset, stock alerts. */
export const NOT_SIGNUP = [
  'password', 'passwort', 'salasana', 'lösenord', 'adgangskode', 'passord', 'mot de passe',
  'back in stock', 'notify me', 'ilmoita kun', 'benachrichtigen', 'bevaka', 'varsle meg', 'me prévenir',
  'login', 'log in', 'sign in', 'kirjaudu', 'anmeldung zum kundenkonto', 'logga in', 'log ind', 'logg inn', 'se connecter',
  'wachtwoord', 'contraseña', 'senha', 'hasło', 'parool', 'inloggen', 'iniciar sesión', 'accedi', 'zaloguj', 'logi sisse',
  // sk, cs, ro, hu
  'heslo', 'parolă', 'jelszó', 'prihlásenie', 'přihlášení', 'autentificare', 'bejelentkezés', 'upozorniť', 'upozornit', 'anunță-mă',
  'értesítést kérek',
  // lv, lt
  'parole', 'pieslēgties', 'paziņot, kad', 'slaptažodis', 'prisijungti', 'pranešti, kai',
] as const;

export const ACCOUNT = [
  // fi
  'kirjaudu', 'kirjaudu sisään', 'kirjautuminen', 'oma tili', 'omat sivut', 'asiakastili', 'asiakastilini', 'luo tili', 'oma profiili', 'omat tilaukset', 'omat varaukset', 'my bookings', 'my orders', 'mina bokningar', 'meine buchungen', 'mine bestillinger', 'mes réservations',
  // sv
  'logga in', 'mina sidor', 'mitt konto', 'skapa konto', 'mina ordrar', 'min profil',
  // en
  'log in', 'login', 'log-in', 'sign in', 'sign-in', 'signin', 'my account', 'your account', 'create account', 'create an account', 'my profile', 'my orders', 'order history', 'sign up / log in', 'account',
  // de
  'anmelden', 'einloggen', 'mein konto', 'kundenkonto', 'mein kundenkonto', 'konto', 'mein profil', 'meine bestellungen', 'kundenlogin',
  // da, no
  'log ind', 'logg inn', 'log på', 'logg på', 'min konto', 'min side', 'mine sider', 'mit konto', 'opret konto', 'opprett konto', 'opprett bruker', 'opret bruger',
  // fr
  'se connecter', 'me connecter', 'connexion', 'mon compte', 'créer un compte', "s'identifier", 's’identifier', 'mon espace', 'espace client', 'espace membre', 'espace abonné', 'mon espace membre', 'mon profil',
  // nl
  'inloggen', 'mijn account', 'account aanmaken', 'mijn gegevens', 'mijn bestellingen', 'mijn profiel',
  // es
  'iniciar sesión', 'inicia sesión', 'mi cuenta', 'crear cuenta', 'crear una cuenta', 'mis pedidos', 'identifícate', 'área de clientes',
  // it
  'accedi', 'il mio account', 'area riservata', 'area clienti', 'registrati', 'i miei ordini', 'crea un account',
  // pt
  'iniciar sessão', 'minha conta', 'a minha conta', 'criar conta', 'área de cliente', 'meus pedidos', 'as minhas encomendas',
  // pl
  'zaloguj*', 'moje konto', 'logowanie', 'załóż konto', 'zarejestruj się', 'moje zamówienia',
  // et
  'logi sisse', 'minu konto', 'sisselogimine', 'loo konto', 'minu tellimused', 'minu andmed',
  // signed in: the way out is the account's
  'log out', 'logout', 'sign out', 'kirjaudu ulos', 'logga ut', 'ausloggen', 'log ud', 'logg ut', 'se déconnecter', 'uitloggen', 'cerrar sesión', 'wyloguj*', 'logi välja',
  // sk
  'prihlásiť sa', 'prihlásenie', 'môj účet', 'môj profil', 'registrácia', 'zaregistrovať sa', 'vytvoriť účet', 'moje objednávky', 'odhlásiť sa',
  // cs
  'přihlásit se', 'přihlášení', 'můj účet', 'můj profil', 'registrace', 'zaregistrovat se', 'vytvořit účet', 'odhlásit se',
  // ro (not "înregistrare", a recording too)
  'contul meu', 'contul tău', 'autentificare', 'conectare', 'intră în cont', 'creează cont', 'creare cont', 'cont nou', 'comenzile mele',
  'profilul meu', 'deconectare',
  // hu
  'bejelentkezés', 'belépés', 'fiókom', 'saját fiók', 'fiók létrehozása', 'regisztráció', 'rendeléseim', 'profilom', 'kijelentkezés',
  // no, sv, da: "log on"
  'logg på', 'logga på', 'log på',
  // fr, pt, es
  'identifiez-vous', 'espace personnel', 'mon espace personnel', 'área pessoal', 'mi área',
  // it
  'area personale',
  // lv, lt
  'pieslēgties', 'pieslēdzies', 'autorizēties', 'autorizācija', 'mans konts', 'mans profils', 'reģistrēties', 'izveidot kontu',
  'mani pasūtījumi', 'izrakstīties', 'prisijungti', 'prisijunkite', 'prisijungimas', 'mano paskyra', 'mano profilis', 'registruotis',
  'sukurti paskyrą', 'mano užsakymai', 'atsijungti',
] as const;

/** Words that name the account only as the whole label of a link or button: "Profiili" and "Entrar" are the way in,
 *  "Yritysprofiili" or "Entrar en contacto" are not; a club's members' area ("Intern", "Mitglieder") is its login. */
export const ACCOUNT_LABELS = [
  'profiili', 'oma profiili', 'my profile', 'mein profil', 'mon profil', 'mijn profiel', 'meu perfil', 'mi perfil', 'il mio profilo', 'entrar', 'entra', 'acessar', 'intern', 'mitglieder', 'mitgliederbereich', 'members', 'members area', 'members only',
  'compte', 'acceder', 'accede', 'accedi', 'member login', 'jäsenalue', 'jäsensivut', 'medlemssider', 'medlemsområde', 'espace membres', 'ledenportaal', 'área de socios', 'area soci', 'strefa członka',
  // sk, cs, ro, hu
  'účet', 'cont', 'fiók',
  // lv, lt ('Ienākt', enter: a login only as the whole label)
  'konts', 'profils', 'paskyra', 'profilis', 'ienākt',
] as const;

export const LOYALTY = [
  // fi
  'kanta-asiak*', 'kanta-asiakkuus', 'kanta-asiakasohjelma', 'bonusohjelma', 'etuohjelma', 'asiakasohjelma', 'jäsenetu*', 'jäsenohjelma', 'etukortti', 'asiakasetu*', 'liity jäseneksi', 'liity kanta-asiakkaaksi', 'keräät pisteitä', 'kerää pisteitä', '*klubi', '*klubin', '*klubiin', 'klubin jäsen*', 'jäsenille', 'jäsenhinta', 'jäsenhinnat', 'bonusta', 'leimakortti', 'kanta-asiakaskortti',
  // the national grocers' programmes, named by their brand: K-Plussa (Kesko), S-Bonus (S Group); their member prices
  'k-plussa', 'plussa-kortti*', 'plussa-kortilla', 'plussa-etu*', 'plussa-edut', 'omaplussa*', 's-bonus', 'etuhinta', 'etuhinnat', 'etuhintaan',
  // sv
  'kundklubb*', 'bli medlem', 'stammis*', 'medlemsförmån*', 'medmera', 'medlemserbjudande*', 'fri frakt för medlemmar', 'medlemsklubb*', 'lojalitetsprogram*', 'bonusprogram*', 'förmånsprogram*', 'stamkund*', 'medlemskap', 'stämpelkort', 'klippkort', 'medlemspris*', 'bonuspoäng',
  // en
  'loyalty', 'loyalty program*', 'loyalty club', 'subscriber club', 'subscribers club', "subscribers' club", 'subscriber benefits', 'subscriber rewards', 'frequent flyer', 'frequent flier', 'frequent flyer programme', 'frequent flyer program', 'rewards', 'rewards program*', 'rewards club', 'reward points', 'members club', "members' club", 'member benefits', 'member rewards', 'become a member', 'join the club', 'vip club', 'earn points', 'points program*',
  // de
  'bonusprogramm', 'kundenkarte', 'kundenclub', 'kundenklub', 'stammkund*', 'treueprogramm', 'treuepunkte', 'vorteilsprogramm', 'vorteilsclub', 'club-vorteile', 'abonnentenclub', 'abo-club', 'club-mitglied', 'clubmitglied', 'club mitglied', 'mitglied werden', 'payback', 'stempelkarte', 'treuekarte', 'bonuskarte',
  // da, no
  'kundeklub', 'kundeklubb*', 'medlemsfordele', 'medlemsfordeler', 'medlemstilbud', 'trumf', 'fordelsprogram*', 'fordelsklub*', 'bliv medlem', 'loyalitetsprogram*', 'medlemskab', 'stempelkort', 'klippekort',
  // fr
  'programme de fidélité', 'carte de fidélité', 'fidélité', 'club fidélité', 'devenir membre', 'avantages membres', 'points de fidélité', 'loyalty scheme', 'loyalty card',
  // nl
  'klantenkaart', 'spaarprogramma', 'spaarpunten', 'punten sparen', 'spaar punten', 'loyaliteitsprogramma', 'klantenclub', 'ledenvoordeel', 'voordeelprogramma', 'word lid',
  // es
  'programa de fidelización', 'programa de fidelidad', 'programa de puntos', 'tarjeta de fidelización', 'tarjeta de socio', 'acumula puntos', 'club de clientes', 'hazte socio', 'ventajas para socios',
  // it
  'programma fedeltà', 'carta fedeltà', 'raccolta punti', 'accumula punti', 'club fedeltà', 'diventa socio', 'vantaggi per i soci',
  // pt
  'programa de fidelidade', 'programa de fidelização', 'cartão de fidelidade', 'cartão cliente', 'acumule pontos', 'clube de vantagens', 'torne-se membro',
  // pl
  'program lojalnościowy', 'programu lojalnościowego', 'programy lojalnościowe', 'karta lojalnościowa', 'zbieraj punkty', 'klub klienta', 'zostań członkiem',
  // et
  'püsikliendi*', 'püsiklient*', 'kliendikaart*', 'boonusprogramm*', 'kogu punkte', 'kliendiklubi*', 'sooduskaart*', 'kliendiprogramm*', 'lojaalsusprogramm*',
  // sk, cs (věrnostní, vernostný)
  'věrnostn*', 'zákaznícka karta', 'zákaznická karta', 'zbierajte body', 'sbírejte body', 'klubová karta', 'staňte sa členom', 'staňte se členem',
  // ro
  'program de fidelitate', 'programul de fidelitate', 'card de fidelitate', 'cardul de fidelitate', 'puncte de fidelitate', 'club de fidelitate',
  'acumulează puncte', 'devino membru',
  // hu
  'hűségprogram*', 'hűségkártya*', 'hűségpont*', 'hűségklub*', 'törzsvásárló*', 'törzsvevő*', 'törzsügyfél*', 'pontgyűjtés', 'gyűjts pontokat',
  'legyen tagunk',
  // lv, lt
  'lojalitātes programm*', 'lojalitātes kart*', 'lojalitātes klub*', 'klienta kart*', 'klientu kart*', 'bonusu programm*', 'krāj punktus',
  'uzkrāj punktus', 'kļūsti par biedru', 'lojalumo program*', 'lojalumo kortel*', 'lojalumo klub*', 'nuolatinio kliento kortel*', 'kaupk taškus',
  'kaupkite taškus', 'tapk nariu', 'tapkite nariu',
] as const;

/** Words that earn points or credit with purchases ("Sammel Bonus-Guthaben bei jedem Einkauf"): beside a
 *  programme's brand name they make it a loyalty programme. Not "with every purchase" alone: free shipping is promised so too. */
export const LOYALTY_EARN = [
  'kerää pisteitä', 'keräät pisteitä', 'bonusta', 'bonuspisteitä', 'samla poäng', 'tjäna poäng', 'bonuspoäng',
  'earn points', 'collect points', 'reward points', 'punkte sammeln', 'sammle punkte', 'sammeln sie punkte', 'bonuspunkte', 'bonus-guthaben', 'sammel euros',
  'optjen point', 'samle poeng', 'samle point', 'bonuspoeng', 'cumulez des points', 'gagnez des points', 'superpoints',
  'spaar punten', 'acumula puntos', 'accumula punti', 'acumule pontos', 'zbieraj punkty', 'kogu punkte', 'boonuspunkt*',
  // sk, cs, ro, hu
  'zbierajte body', 'zbierať body', 'sbírejte body', 'sbírat body', 'acumulează puncte', 'acumulezi puncte', 'gyűjts pontokat', 'gyűjtsön pontokat',
  'pontokat gyűjthet',
  // lv, lt
  'krāj punktus', 'uzkrāj punktus', 'krāt punktus', 'kaupk taškus', 'kaupkite taškus', 'kaupti taškus',
] as const;

/** The last word of a programme's brand name ("REWE Bonus", "Club Lavande" aside): with a matching path and
 *  an earning line on the page, the link is the loyalty programme. */
export const PROGRAMME_WORDS = [
  'bonus', 'club', 'klub', 'klubb', 'klubben', 'klubi', 'clube', 'plus', 'extra', 'rewards', 'perks', 'members', 'membership', 'family',
  // paid memberships called by the brand ("Amazon Prime", "Morele MAX", "eMAG Genius")
  'prime', 'max', 'genius',
  'punkte', 'points', 'poäng', 'pisteet', 'punten', 'puntos', 'punti', 'pontos', 'punkty', 'punktid', 'etu', 'edut', 'förmåner', 'fordele', 'fordeler', 'vorteile', 'avantages', 'voordeel', 'ventajas', 'vantaggi',
  // sk, cs, ro, hu
  'puncte', 'pontok', 'výhody', 'avantaje', 'előnyök',
  // lv, lt
  'punkti', 'taškai', 'klubs', 'klubas',
] as const;

/** Card and points words that name a programme with a brand or a proper name ("JUMBO Card", "Cartão Almedina",
 *  "Puntos Cencosud", "Carta Più"). */
export const PROGRAMME_CARDS = [
  'card', 'karte', 'kort', 'kortet', 'kortti', 'carta', 'cartão', 'cartao', 'carte', 'karta', 'kaart', 'kaardi', 'tarjeta',
  'points', 'punkte', 'poäng', 'poeng', 'pisteet', 'punten', 'puntos', 'punti', 'pontos', 'punkty', 'punktid',
  // ro, hu
  'kártya', 'kártyája', 'puncte', 'pontok',
  // lv, lt
  'kortelė', 'punkti', 'taškai',
] as const;

/** Words that make a card, points or club label something else: gift and bank cards, pickup and sales points,
 *  maps, sports clubs. */
export const NOT_PROGRAMME = [
  'gift', 'geschenk', 'geschenkkarte', 'gutschein', 'cadeau', 'regalo', 'presente', 'prezent', 'podarunkowa', 'lahja', 'gave', 'present', 'kinke', 'kinkekaart',
  'credit', 'crédit', 'kredit', 'debit', 'débit', 'bancaire', 'prepaid', 'visa', 'mastercard', 'amex', 'sim', 'business', 'post', 'wedding', 'greeting',
  'relais', 'retrait', 'retiro', 'recogida', 'ritiro', 'recolha', 'odbioru', 'vente', 'venta', 'vendita', 'venda', 'sprzedaży', 'pickup', 'collection', 'sale', 'de', 'of', 'di', 'da', 'do',
  'fc', 'football', 'fussball', 'fußball', 'golf', 'tennis', 'hockey', 'sport', 'sports', 'fotboll', 'fodbold', 'fotball', 'jalkapallo', 'calcio', 'fútbol', 'futebol', 'rugby',
  // a computer's cards ("Carte graphique", "Carte mère", "SD Card")
  'graphique', 'graphics', 'graphic', 'acquisition', 'capture', 'contrôleur', 'controleur', 'controller', 'tuner', 'pci', 'mère', 'mémoire', 'memory', 'réseau', 'network', 'sd', 'microsd', 'video', 'vidéo', 'sound', 'son', 'wifi', 'grafica', 'gráfica',
  // prepositions make a phrase of it: Swedish "Kort om …" is "In short, about …", "Points about …" a list
  'om', 'about', 'über', 'sur', 'on', 'for', 'för', 'für', 'pour', 'til', 'till',
  // sk, cs, ro, hu
  'darčeková', 'dárková', 'cadou', 'ajándék', 'kreditná', 'kreditní', 'bancar', 'bankkártya',
  // lv, lt
  'dāvanu', 'dovanų', 'kredītkarte', 'kreditinė', 'bankas', 'banko',
] as const;

/** Phrases that name a loyalty programme in a line of text too ("Vos points de fidélité …"), not only
 *  as a label: no bare "loyalty" or "rewards", which prose uses for other things. */
export const LOYALTY_PROGRAMME = [
  'kanta-asiakasohjelma*', 'kanta-asiakaskortti*', 'kanta-asiakasetu*', 'kanta-asiakashin*', 'bonusohjelma*', 'etuohjelma*', 'jäsenetu*', 'leimakortti*', 'bonuspisteitä',
  'k-plussa', 'plussa-kortilla', 'plussa-kortti*', 'plussa-etu*', 's-bonus', 'etuhinta', 'etuhinnat',
  'kundklubb*', 'medlemsklubb*', 'lojalitetsprogram*', 'bonusprogram*', 'förmånsprogram*', 'bonuspoäng', 'stämpelkort*', 'medlemsförmån*',
  'loyalty program*', 'loyalty scheme', 'loyalty card', 'loyalty points', 'loyalty club', 'rewards program*', 'rewards club', 'reward points', 'points program*',
  'bonusprogramm*', 'kundenkarte*', 'kundenclub', 'treueprogramm*', 'treuepunkte*', 'vorteilsprogramm*', 'treuekarte*', 'bonuskarte*', 'stempelkarte*', 'bonuspunkte*',
  'kundeklub*', 'fordelsprogram*', 'loyalitetsprogram*', 'medlemsfordele', 'medlemsfordeler', 'bonuspoeng',
  'programme de fidélité', 'carte de fidélité', 'points de fidélité', 'club fidélité', 'avantages fidélité',
  'klantenkaart', 'spaarprogramma', 'spaarpunten', 'loyaliteitsprogramma', 'klantenclub', 'voordeelprogramma',
  'programa de fidelización', 'programa de fidelidad', 'programa de puntos', 'tarjeta de fidelización', 'tarjeta de socio', 'acumula puntos', 'club de clientes',
  'programma fedeltà', 'carta fedeltà', 'raccolta punti', 'accumula punti', 'club fedeltà', 'punti fedeltà',
  'programa de fidelidade', 'programa de fidelização', 'cartão de fidelidade', 'cartão cliente', 'acumule pontos', 'clube de vantagens', 'pontos de fidelidade',
  'program lojalnościowy', 'programu lojalnościowego', 'programy lojalnościowe', 'karta lojalnościowa', 'karty lojalnościowej', 'zbieraj punkty', 'klub klienta',
  'püsikliendi*', 'kliendikaart*', 'boonusprogramm*', 'kliendiprogramm*', 'lojaalsusprogramm*', 'kogu punkte', 'kliendiklubi*', 'sooduskaart*',
  // sk, cs, ro, hu
  'věrnostn*', 'zákaznícka karta', 'zákaznická karta', 'program de fidelitate', 'programul de fidelitate', 'card de fidelitate',
  'cardul de fidelitate', 'puncte de fidelitate', 'hűségprogram*', 'hűségkártya*', 'hűségpont*', 'törzsvásárló*',
  // lv, lt
  'lojalitātes programm*', 'lojalitātes kart*', 'lojalumo program*', 'lojalumo kortel*', 'krāj punktus', 'kaupk taškus',
] as const;

/** What a programme pays out, beside an earning verb ("TreueBohnen sammeln", "kerää bonusta", "earn stamps").
 *  Not bare "points": "click & collect points" are pickup places. */
export const LOYALTY_CURRENCY = ['treue*', 'bonus*', 'bonuspunkte', 'stempel*', 'stamps', 'leimoja', 'stämplar', 'superpoints', 'cashback'] as const;

/** Phrases that are a refer-a-friend programme on their own. */
export const REFERRAL = [
  // fi
  'suositteluohjelma', 'suosittele ja ansaitse', 'suosittele ystävälle', 'kutsu ystävä', 'kutsu kaveri', 'kaveriedu*', 'ystäväedu*',
  // sv
  'värva en vän', 'värva vänner', 'värvningsprogram', 'bjud in en vän', 'bjud in vänner',
  // en
  'refer a friend', 'refer-a-friend', 'anbefalingslenke', 'anbefal en venn', 'anbefal en ven', 'verv en venn', 'verv en ven', 'henvis en ven', 'refer friends', 'refer your friends', 'refer and earn', 'referral program*', 'referral scheme', 'referral bonus', 'invite a friend', 'invite friends', 'invite your friends',
  // de
  'freunde werben', 'leser werben leser', 'leser werben', 'abonnenten werben', 'freunde einladen', 'freundschaftswerbung', 'kunden werben kunden', 'empfehlungsprogramm', 'weiterempfehlen und sparen',
  // da, no
  'anbefal en ven', 'henvis en ven', 'inviter en ven', 'verv en venn', 'verv venner', 'inviter en venn', 'vervekampanje',
  // fr
  'parrainage', 'parrainez', 'parrainer un ami', 'programme de parrainage',
  // nl, es, it, pt, pl, et
  'vriend uitnodigen', 'vrienden uitnodigen', 'nodig een vriend uit', 'nodig je vrienden uit', 'verwijs een vriend', 'aanbrengpremie', 'invita a un amigo', 'invita a tus amigos', 'recomienda a un amigo',
  'programa de referidos', 'invita un amico', 'invita i tuoi amici', 'porta un amico', 'presenta un amico', 'convide um amigo', 'convida um amigo', 'convide os seus amigos', 'indique um amigo', 'indique e ganhe',
  'programa de indicação', 'poleć znajomemu', 'zaproś znajomego', 'zaproś znajomych', 'program poleceń', 'polecaj i zarabiaj', 'soovita sõbrale', 'kutsu sõber', 'soovita sõpra', 'jaga ja teeni',
  // sk, cs, ro, hu
  'odporučte priateľovi', 'pozvite priateľa', 'odporuč kamarátovi', 'doporučte přítele', 'doporuč kamarádovi', 'pozvěte přítele', 'pozvi kamaráda',
  'recomandă un prieten', 'invită un prieten', 'invită-ți prietenii', 'program de recomandare', 'ajánld barátodnak', 'hívd meg barátaidat',
  'ajánlói program', 'barátajánló', 'ajánlj egy barátot',
  // lv, lt
  'uzaicini draugu', 'uzaicini draugus', 'uzaicināt draugu', 'pakviesk draugą', 'pakvieskite draugą', 'pakviesk draugus',
] as const;

/** "Tell a friend" is often a share-by-email link; it is referral only with a reward named beside it. */
export const TELL_A_FRIEND = [
  'suosittele ystävälle', 'suosittele kaverille', 'tipsa en vän', 'tell a friend', 'recommend a friend', 'empfehlen sie uns', 'anbefal til en ven', 'tips en venn',
  'tip een vriend', 'recomiéndanos', 'consiglia a un amico', 'recomende a um amigo', 'poleć nas', 'soovita meid',
  // sk, cs, ro, hu
  'odporučiť priateľovi', 'doporučit příteli', 'recomandă unui prieten', 'ajánld ismerősödnek',
  // lv, lt
  'iesaki draugam', 'ieteikt draugam', 'rekomenduok draugui', 'rekomenduokite draugui',
] as const;
// Linear: an amount starts where its digits start (lookbehind), so a digit run is not rescanned from each digit.
export const REWARD = /(?<!\d)\d+\s*(?:€|eur|kr|sek|nok|dkk|zł|pln|\$|£|%)|[€$£]\s*\d+|\b(?:get|earn|saat|ansaitse|få|erhalten|bekommen|gagnez|recevez|credit|bonus|palkkio|prämie|belohnung|rabatt|alennus|korting|krijg|descuento|consigue|sconto|ricevi|desconto|ganhe|rabat|zniżka|otrzymaj|allahindlus|saad|boonus)\b/i;
