// Retention and advocacy cues by language: fi, sv, en, de, da, no, fr.

export const NEWSLETTER = [
  'uutiskirje*', 'tilaa uutiskirje', 'liity postituslistalle', 'postituslista*', 'sähköpostilista*',
  'nyhetsbrev*', 'prenumerera',
  'newsletter', 'newsletters', 'subscribe', 'sign up for our emails', 'join our mailing list', 'mailing list', 'email list', 'email updates', 'sign up for email',
  'e-mail subscriptions', 'email subscriptions', 'email signup', 'email sign up', 'e-mail signup',
  'newsletter abonnieren', 'abonnieren', 'newsletter-anmeldung',
  'nyhedsbrev*', 'tilmeld',
  "lettre d'information", 'infolettre', "s'abonner", "s'inscrire à la newsletter",
] as const;

/** Email-marketing services: a form posting to them or a link to their hosted signup page is a list signup. */
export const NEWSLETTER_SERVICES = [
  'list-manage.com', 'eepurl.com', 'mailchi.mp', 'sibforms.com', 'mailerlite.com', 'mlsend.com', 'convertkit.com', 'ck.page', 'createsend.com', 'aweber.com',
  'getresponse.com', 'activehosted.com', 'substack.com', 'flodesk.com', 'mailpoet.com', 'klaviyo.com', 'lianamailer.com', 'squalomail.com', 'newsletter2go.com', 'cleverreach.com', 'rapidmail.de',
] as const;

/** Hosted signup pages (a link there opens a signup form); the services' own home pages are not. */
export const NEWSLETTER_SIGNUP_PAGES = ['list-manage.com', 'eepurl.com', 'mailchi.mp', 'sibforms.com', 'ck.page', 'view.flodesk.com', 'substack.com', 'subscribepage.io', 'mailerpage.io'] as const;

/** "Sign up" words that make an email-only form a mailing-list signup when offers or news sit nearby. */
export const SIGNUP = [
  'tilaa', 'liity', 'ilmoittaudu', 'rekisteröidy',
  'sign up', 'sign-up', 'signup', 'join', 'get updates', 'keep in touch', 'stay in touch', 'stay updated', 'subscribe',
  'anmelden', 'eintragen', 'registrieren',
  'prenumerera', 'anmäl', 'registrera', 'tilmeld', 'meld deg på', 'meld på',
  "s'inscrire", 'inscrivez-vous', 'je m\'inscris', "m'inscrire",
] as const;

export const SIGNUP_TOPIC = [
  'tarjoukset', 'tarjouksia', 'tarjouksista', 'uutis*', 'uutuu*', 'edut', 'etuja', 'eduista', 'alennu*', 'vinki*', 'resepti*', 'ajankohtais*',
  'news', 'offers', 'exclusive offers', 'deals', 'updates', 'promotions', 'discount*', 'tips', 'recipes', 'weekly', 'monthly', 'inbox', 'first to know',
  'angebote', 'neuigkeiten', 'aktionen', 'rabatt*', 'gutschein*',
  'erbjudanden', 'nyheter', 'tilbud', 'nyheder', 'inspiration',
  'offres', 'actualités', 'nouveautés', 'bons plans',
] as const;

/** Forms that take an email for something other than a list: password reset, stock alerts. */
export const NOT_SIGNUP = [
  'password', 'passwort', 'salasana', 'lösenord', 'adgangskode', 'passord', 'mot de passe',
  'back in stock', 'notify me', 'ilmoita kun', 'benachrichtigen', 'bevaka', 'varsle meg', 'me prévenir',
  'login', 'log in', 'sign in', 'kirjaudu', 'anmeldung zum kundenkonto', 'logga in', 'log ind', 'logg inn', 'se connecter',
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
  'log ind', 'logg inn', 'min konto', 'min side', 'mine sider', 'mit konto', 'opret konto', 'opprett konto', 'opprett bruker', 'opret bruger',
  // fr
  'se connecter', 'me connecter', 'connexion', 'mon compte', 'créer un compte', "s'identifier", 'mon espace', 'espace client', 'mon profil',
] as const;

export const LOYALTY = [
  // fi
  'kanta-asiak*', 'kanta-asiakkuus', 'kanta-asiakasohjelma', 'bonusohjelma', 'etuohjelma', 'asiakasohjelma', 'jäsenetu*', 'jäsenohjelma', 'etukortti', 'asiakasetu*', 'liity jäseneksi', 'liity kanta-asiakkaaksi', 'keräät pisteitä', 'kerää pisteitä', '*klubi', '*klubin', '*klubiin', 'klubin jäsen*', 'jäsenille', 'jäsenhinta', 'jäsenhinnat', 'bonusta', 'leimakortti', 'kanta-asiakaskortti',
  // sv
  'kundklubb*', 'bli medlem', 'medlemsförmån*', 'medlemsklubb*', 'lojalitetsprogram*', 'bonusprogram*', 'förmånsprogram*', 'stamkund*', 'medlemskap', 'stämpelkort', 'klippkort', 'medlemspris*', 'bonuspoäng',
  // en
  'loyalty', 'loyalty program*', 'loyalty club', 'rewards', 'rewards program*', 'rewards club', 'reward points', 'members club', "members' club", 'member benefits', 'member rewards', 'become a member', 'join the club', 'vip club', 'earn points', 'points program*',
  // de
  'bonusprogramm', 'kundenkarte', 'kundenclub', 'kundenklub', 'stammkund*', 'treueprogramm', 'treuepunkte', 'vorteilsprogramm', 'vorteilsclub', 'club-vorteile', 'mitglied werden', 'payback', 'stempelkarte', 'treuekarte', 'bonuskarte',
  // da, no
  'kundeklub', 'kundeklubb*', 'medlemsfordele', 'medlemsfordeler', 'fordelsprogram*', 'fordelsklub*', 'bliv medlem', 'loyalitetsprogram*', 'medlemskab', 'stempelkort', 'klippekort',
  // fr
  'programme de fidélité', 'carte de fidélité', 'fidélité', 'club fidélité', 'devenir membre', 'avantages membres', 'points de fidélité',
] as const;

/** Phrases that are a refer-a-friend programme on their own. */
export const REFERRAL = [
  // fi
  'suositteluohjelma', 'suosittele ja ansaitse', 'suosittele ystävälle', 'kutsu ystävä', 'kutsu kaveri', 'kaveriedu*', 'ystäväedu*',
  // sv
  'värva en vän', 'värva vänner', 'värvningsprogram', 'bjud in en vän', 'bjud in vänner',
  // en
  'refer a friend', 'refer-a-friend', 'anbefalingslenke', 'anbefal en venn', 'anbefal en ven', 'verv en venn', 'verv en ven', 'henvis en ven', 'refer friends', 'refer your friends', 'refer and earn', 'referral program*', 'referral scheme', 'referral bonus', 'invite a friend', 'invite friends', 'invite your friends',
  // de
  'freunde werben', 'freunde einladen', 'freundschaftswerbung', 'kunden werben kunden', 'empfehlungsprogramm', 'weiterempfehlen und sparen',
  // da, no
  'anbefal en ven', 'henvis en ven', 'inviter en ven', 'verv en venn', 'verv venner', 'inviter en venn', 'vervekampanje',
  // fr
  'parrainage', 'parrainez', 'parrainer un ami', 'programme de parrainage',
] as const;

/** "Tell a friend" is often a share-by-email link; it is referral only with a reward named beside it. */
export const TELL_A_FRIEND = ['suosittele ystävälle', 'suosittele kaverille', 'tipsa en vän', 'tell a friend', 'recommend a friend', 'empfehlen sie uns', 'anbefal til en ven', 'tips en venn'] as const;
// Linear: an amount starts where its digits start (lookbehind), so a digit run is not rescanned from each digit.
export const REWARD = /(?<!\d)\d+\s*(?:€|eur|kr|sek|nok|dkk|\$|£|%)|[€$£]\s*\d+|\b(?:get|earn|saat|ansaitse|få|erhalten|bekommen|gagnez|recevez|credit|bonus|palkkio|prämie|belohnung|rabatt|alennus)\b/i;
