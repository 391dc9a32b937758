// Cookie consent: consent platforms by host and snippet marker, and the words of a cookie notice.
import type { Vendor } from './vendors';

export const CONSENT_VENDORS: readonly Vendor[] = [
  // Cookie Manager (Denmark): cm.js from cookiemanager.dk, set up by a data attribute on its tag.
  { item: 'cookiemanager', hosts: ['cookiemanager.dk'] },
  // Ethyca's Fides, an open-source consent platform (publishers run it under their own name, "nyt-fides").
  { item: 'fides', hosts: ['ethyca.com'], markers: ['fides-banner', 'fides-modal', 'fides-overlay', 'Fides.init', 'window.Fides'] },
  // OpenCMP, a TCF consent platform of German publishers.
  { item: 'opencmp', hosts: ['opencmp.net'] },
  { item: 'cookiebot', hosts: ['cookiebot.com', 'cookiebot.eu'], markers: ['CookieConsentDeclaration', 'CybotCookiebotDialog'] },
  { item: 'onetrust', hosts: ['cookielaw.org', 'onetrust.com', 'cookiepro.com', 'optanon.blob.core.windows.net'], markers: ['OptanonWrapper', 'onetrust-consent-sdk', 'optanon-'] },
  { item: 'usercentrics', hosts: ['usercentrics.eu', 'usercentrics.com'], markers: ['usercentrics-root', 'UC_UI'] },
  { item: 'didomi', hosts: ['privacy-center.org', 'didomi.io'], markers: ['didomiConfig', 'didomi-host'] },
  { item: 'quantcast', hosts: ['quantcast.mgr.consensu.org', 'cmp.quantcast.com', 'choice.quantcast.com'], markers: ['qc-cmp2'] },
  { item: 'trustarc', hosts: ['trustarc.com', 'truste.com'], markers: ['truste-consent', 'teconsent'] },
  { item: 'iubenda', hosts: ['iubenda.com'], markers: ['_iub.csConfiguration'] },
  { item: 'borlabs', hosts: [], markers: ['BorlabsCookie', 'borlabs-cookie'] },
  { item: 'complianz', hosts: [], markers: ['cmplz-cookiebanner', 'complianz'] },
  { item: 'cookieyes', hosts: ['cookieyes.com', 'cdn-cookieyes.com'], markers: ['cky-consent'] },
  { item: 'cookielawinfo', hosts: [], markers: ['cookie-law-info', 'cookie-law-info-bar', 'Cli_Data', 'cli_cookiebar_settings'] },
  { item: 'klaro', hosts: ['kiprotect.com'], markers: ['klaroConfig', 'klaro.show'] },
  { item: 'osano', hosts: ['osano.com'], markers: ['osano-cm'] },
  { item: 'termly', hosts: ['termly.io'] },
  { item: 'sourcepoint', hosts: ['privacy-mgmt.com', 'sp-prod.net', 'sourcepoint.com'], markers: ['_sp_queue', '_sp_.config'] },
  { item: 'consentmanager', hosts: ['consentmanager.net', 'consentmanager.de'] },
  { item: 'cookiefirst', hosts: ['cookiefirst.com'] },
  { item: 'cookieinformation', hosts: ['cookieinformation.com'], markers: ['coiConsentBanner'] },
  { item: 'cookiehub', hosts: ['cookiehub.net', 'cookiehub.eu', 'cookiehub.com'] },
  { item: 'cookiescript', hosts: ['cookie-script.com'] },
  { item: 'axeptio', hosts: ['axept.io'], markers: ['axeptioSettings'] },
  { item: 'securiti', hosts: ['securiti.ai'] },
  { item: 'civic', hosts: ['civiccomputing.com'], markers: ['CookieControl.load'] },
  { item: 'ketch', hosts: ['ketchcdn.com', 'ketchjs.com'] },
  { item: 'cookiecontrol', hosts: ['cookieconsent.silktide.com'] },
  { item: 'tarteaucitron', hosts: [], markers: ['tarteaucitron'] },
  // Open-source banners and CMS modules configured inline: Osano's (formerly Insites') cookieconsent, Drupal's EU Cookie
  // Compliance, the cookie bar of the Webnode builder; the GDPR Cookie Consent plugin by its settings object.
  { item: 'cookieconsent', hosts: ['cookieconsent.insites.com', 'cookieconsent.osano.com'], markers: ['cookieconsent_options', 'cookieconsent.initialise', 'cookieconsent.run('] },
  { item: 'eucookiecompliance', hosts: [], markers: ['eu_cookie_compliance', 'eu-cookie-compliance'] },
  { item: 'webnode', hosts: [], markers: ['wnd.fe.CookieBar'] },
  // The Duda site builder's own cookie notice, switched on in its runtime settings.
  { item: 'duda', hosts: [], markers: ['showCookieNotification":true', 'showCookieNotification: true'] },
  { item: 'cookiereports', hosts: ['cookiereports.com'] },
  // The jQuery DivasCookies banner and Amasty's cookie bar for Magento, configured or templated in the page.
  { item: 'divascookies', hosts: [], markers: ['DivasCookies'] },
  { item: 'amasty', hosts: [], markers: ['am-cookie-bar', 'amgdprcookie', 'initAmastyCookieBar'] },
  // The cookie-law banner built into Lightspeed eCom shops.
  { item: 'lightspeed', hosts: [], markers: ['wsa-cookielaw'] },
  // Google Consent Mode set to a default before any choice: the site waits for a visitor's consent, which a
  // banner (often loaded by the tag manager) asks for.
  { item: 'consentmode', hosts: [], markers: ["gtag('consent', 'default'", "gtag('consent','default'", 'gtag("consent", "default"', 'gtag("consent","default"'] },
];

/** Script file names of a self-hosted consent tool ("cookie-banner.js", "cookieconsent.min.js", "cookieControl-5.1.min.js", "klaro.js"),
 *  and Sourcepoint's loader served from the site's own host ("wrapperMessagingWithoutDetection.js"). */
// Linear: each path segment is tried once, from its start, whether it runs to the end as "….js" (the
// lookahead), then a name is sought in it; "…[^/]*\.js$" after every name rescanned the segment per name.
export const CONSENT_SCRIPT_FILE = /(?:^|\/)(?=[^/]*\.js$)[^/]*?(?:cookie[-_.]?(?:consent|notice|banner|modal|law|bar|popup|manager|hinweis|dialog|control)|(?:consent|gdpr)[-_.]?(?:manager|banner|cookie|modal)|\bklaro|tarteaucitron|cookieconsent|cookieinfo|wrappermessaging|consentwrapper)/i;
/** A consent platform's loader served from the site's own folder for it ("/sourcepoint/v5.js"). */
export const CONSENT_VENDOR_DIR = /^\/(?:[\w-]+\/){0,3}(?:sourcepoint|cookiebot|onetrust|didomi|usercentrics|consentmanager|quantcast-choice)\/[^/]*\.js$/i;

/** A WordPress plugin whose folder names cookie consent (".../plugins/mm-cookie-consent-europe/…"). Linear: the
 *  folder is looked into once, right after the fixed prefix. */
export const CONSENT_PLUGIN_DIR = /\/wp-content\/plugins\/(?=[^/]*(?:cookie|consent|gdpr))[^/]+\//i;

/** What a notice named for cookies may ask for instead of naming cookies ("… brauchen für einzelne Datennutzungen Ihre Einwilligung"). */
export const CONSENT_WORDS = [
  'einwilligung', 'zustimmung', 'suostumus', 'suostumuksesi', 'samtycke', 'samtykke', 'samtykket', 'consent', 'consentement', 'toestemming', 'consenso', 'consentimento',
  'consentimiento', 'zgoda', 'zgody', 'nõusolek', 'nõusoleku',
  // lv, lt
  'piekrišana', 'piekrišanu', 'piekrišanas', 'sutikimas', 'sutikimą', 'sutikimo',
] as const;

/** The words of a cookie notice. */
export const COOKIE_WORDS = [
  'cookie', 'cookies', 'evästeet', 'evästeitä', 'evästeiden', 'evästeasetukset', 'eväste*', 'kakor', 'kakorna', 'informasjonskapsler', 'informationskapslar', 'témoins',
  'cookie*', 'küpsis*', 'ciasteczk*', 'pliki cookie', 'plików cookie',
  // hu (a bakery's "süti" alone is left out)
  'sütik*', 'sütit',
  // lv, lt ("sīkdatnes", "sīkfaili", "slapukai": words made for the web's cookies)
  'sīkdatn*', 'sīkfail*', 'slapuk*',
] as const;

/** Buttons and phrases of a consent dialog that speak of choosing. */
export const CONSENT_ACTIONS = [
  // fi
  'hyväksy', 'hyväksy kaikki', 'hyväksyn', 'salli kaikki', 'hylkää', 'vain välttämättömät', 'evästeasetukset', 'muokkaa asetuksia',
  // sv
  'acceptera', 'acceptera alla', 'godkänn', 'godkänn alla', 'tillåt alla', 'neka', 'cookieinställningar',
  // "I accept" buttons (sv, no, da): "Jag accepterar cookies!"
  'jag accepterar', 'jag godkänner', 'jeg aksepterer', 'jeg godtar', 'jeg accepterer',
  // en
  'accept', 'accept all', 'i accept', 'allow all', 'allow cookies', 'reject all', 'decline', 'manage consent', 'cookie settings', 'cookie preferences',
  'manage cookies', 'manage preferences', 'your privacy choices', 'privacy settings', 'consent', 'if you continue',
  // de
  'akzeptieren', 'alle akzeptieren', 'zustimmen', 'alle zulassen', 'ablehnen', 'cookie-einstellungen', 'privatsphäre-einstellungen', 'alle bestätigen', 'konfigurieren',
  // da, no
  'accepter', 'accepter alle', 'godta', 'godta alle', 'tillat alle', 'afvis', 'avvis',
  // fr, it
  'tout accepter', 'accepter et fermer', 'refuser', 'paramétrer', 'personnaliser', 'accetto', 'accetta', 'accetto tutto', 'rifiuta', 'impostazioni cookie',
  'accetta tutti', 'rifiuta tutti', 'personalizza',
  // nl, es, pt, pl, et
  'accepteren', 'alles accepteren', 'accepteer', 'akkoord', 'weigeren', 'instellingen', 'aceptar', 'aceptar todo', 'aceptar todas', 'rechazar', 'configurar',
  'aceitar', 'aceitar todos', 'rejeitar', 'recusar', 'akceptuję', 'akceptuj', 'zaakceptuj', 'zaakceptuj wszystkie', 'odrzuć', 'zgadzam się', 'ustawienia',
  'nõustun', 'nõustu', 'luba kõik', 'keeldu', 'aktsepteeri', 'seaded',
  // de, fr, en, es, nl, sv, da, no, pt: "necessary only" and other wordings
  'nur notwendige', 'nur essenzielle', 'tout refuser', 'continuer sans accepter', 'only necessary', 'necessary only', 'accept necessary', 'reject',
  'rechazar todo', 'alleen noodzakelijke', 'endast nödvändiga', 'kun nødvendige', 'tillad alle', 'aceitar tudo',
  // sk
  'prijať', 'prijať všetko', 'prijať všetky', 'súhlasím', 'odmietnuť', 'odmietnuť všetko', 'povoliť všetko', 'povoliť všetky', 'nastavenia',
  'prispôsobiť',
  // cs
  'přijmout', 'přijmout vše', 'přijmout všechny', 'souhlasím', 'odmítnout', 'odmítnout vše', 'povolit vše', 'povolit všechny', 'nastavení',
  'přizpůsobit',
  // ro
  'acceptă', 'acceptă tot', 'acceptă toate', 'accept toate', 'sunt de acord', 'refuză', 'refuz', 'respinge', 'respinge tot', 'setări',
  'personalizează', 'permite toate',
  // hu
  'elfogadom', 'elfogad', 'összes elfogadása', 'mindet elfogadom', 'elutasítom', 'elutasítás', 'összes elutasítása', 'beállítások', 'testreszabás',
  'engedélyezem', 'egyetértek',
  // lv, lt
  'piekrītu', 'pieņemt', 'pieņemt visus', 'pieņemt visas', 'pieņemt visu', 'apstiprināt visas', 'atļaut visas', 'atļaut visus', 'noraidīt',
  'noraidīt visus', 'noraidīt visas', 'tikai nepieciešamās', 'iestatījumi', 'pielāgot', 'sutinku', 'priimti', 'priimti visus', 'priimti viską',
  'leisti visus', 'leisti visus slapukus', 'atmesti', 'atmesti visus', 'atsisakyti', 'tik būtinieji', 'tik būtini', 'nustatymai', 'tinkinti',
] as const;

/** Buttons that only dismiss a notice ("OK", "Close", "Got it"): enough after a cookie sentence, not in any cookie text. */
/** A warning that the browser refuses cookies ("Ihr Browser akzeptiert keine Cookies"), shown only then: a
 *  requirement, not a notice asking for consent. */
export const COOKIES_DISABLED = [
  'akzeptiert keine cookies', 'cookies deaktiviert', 'cookies sind deaktiviert', 'aktivieren sie cookies', 'cookies aktivieren', 'cookies are disabled', 'cookies disabled', 'enable cookies',
  'cookies must be enabled', 'does not accept cookies', "doesn't accept cookies", 'evästeet eivät ole käytössä', 'salli evästeet selaimesi', 'cookies är avstängda', 'aktivera cookies', 'aktiver cookies',
  'cookies désactivés', 'activer les cookies', 'activez les cookies', 'cookies uitgeschakeld', 'schakel cookies in', 'habilita las cookies', 'cookies desactivadas', 'abilita i cookie', 'ative os cookies',
  'włącz obsługę cookies', 'włącz cookies',
  // lv, lt
  'iespējojiet sīkdatnes', 'sīkdatnes ir atspējotas', 'įjunkite slapukus', 'slapukai išjungti',
] as const;

export const NOTICE_DISMISS = [
  'ok', 'okay', 'close', 'got it', 'i agree', 'agree', 'selvä', 'sulje', 'stäng', 'schließen', 'verstanden', 'einverstanden', 'luk', 'lukk', 'fermer', "j'ai compris", 'chiudi', 'ho capito',
  'sluiten', 'begrepen', 'cerrar', 'entendido', 'fechar', 'compreendi', 'zamknij', 'rozumiem', 'sulge', 'selge', 'sain aru', 'nõus',
  // sk, cs, ro, hu
  'zavrieť', 'zavřít', 'rozumím', 'súhlasím', 'souhlasím', 'închide', 'am înțeles', 'înțeleg', 'bezár', 'bezárás', 'értem', 'rendben',
  // lv, lt
  'aizvērt', 'sapratu', 'labi', 'piekrītu', 'uždaryti', 'supratau', 'gerai', 'sutinku',
] as const;

/** Labels of a button or link that reopens the consent settings ("Cookie settings", "Paramètres des cookies"). */
export const CONSENT_SETTINGS = [
  'evästeasetukset', 'evästeiden asetukset', 'muuta evästeasetuksia', 'cookieinställningar', 'cookie-inställningar', 'inställningar för cookies', 'hantera cookies',
  'cookie settings', 'cookies settings', 'cookie preferences', 'manage cookies', 'cookie consent', 'change cookie settings', 'privacy settings', 'manage consent', 'privacy manager',
  'cookie-einstellungen', 'cookie einstellungen', 'privatsphäre-einstellungen', 'datenschutz-einstellungen', 'datenschutzeinstellungen', 'cookie-indstillinger', 'cookieinnstillinger',
  'innstillinger for informasjonskapsler', 'paramètres des cookies', 'gérer les cookies', 'préférences cookies', 'gestion des cookies', 'impostazioni cookie', 'gestisci cookie',
  'cookie-instellingen', 'cookie instellingen', 'cookievoorkeuren', 'configuración de cookies', 'preferencias de cookies', 'gestionar cookies', 'preferenze cookie',
  'definições de cookies', 'preferências de cookies', 'gerir cookies', 'ustawienia cookies', 'ustawienia plików cookie', 'küpsiste seaded', 'küpsiste sätted', 'küpsiste eelistused',
  // "manage consent" in each language
  'hallinnoi suostumusta', 'suostumusasetukset', 'hantera samtycke', 'samtyckesinställningar', 'administrér samtykke', 'administrer samtykke', 'samtykkeindstillinger',
  'einwilligung verwalten', 'zustimmung verwalten', 'einwilligungseinstellungen', 'gérer le consentement', 'gestisci consenso', 'gestisci il consenso', 'toestemming beheren',
  'gestionar consentimiento', 'gerir consentimento', 'zarządzaj zgodami', 'halda nõusolekuid',
  // fr, it, nl, es, no
  'paramètres de confidentialité', 'impostazioni privacy', 'privacy-instellingen', 'configurar cookies', 'informasjonskapselinnstillinger',
  // sk, cs
  'nastavenia cookies', 'nastavenie cookies', 'nastavenia súborov cookie', 'spravovať cookies', 'nastavení cookies', 'nastavení souborů cookie',
  'spravovat cookies', 'upravit nastavení cookies',
  // ro
  'setări cookie*', 'setările cookie*', 'gestionează cookie*', 'preferințe cookie*', 'setări de confidențialitate',
  // hu
  'süti beállítások', 'sütibeállítások', 'cookie beállítások', 'süti-beállítások', 'adatvédelmi beállítások', 'sütik kezelése',
  // lv, lt
  'sīkdatņu iestatījum*', 'sīkdatņu preferences', 'pārvaldīt sīkdatnes', 'privātuma iestatījum*', 'piekrišanas iestatījum*', 'pārvaldīt piekrišanu',
  'mainīt piekrišanu', 'slapukų nustatym*', 'slapukų parinktys', 'tvarkyti slapukus', 'privatumo nustatym*', 'sutikimo nustatym*', 'keisti sutikimą',
  'valdyti sutikimą', 'tvarkyti sutikimus',
] as const;

/** Sentences a cookie notice opens with ("This site uses cookies", "Käytämme evästeitä", "Wir verwenden Cookies"). */
/** The kinds of cookies a notice lets the visitor choose: necessary, statistics, marketing, functional. */
export const COOKIE_CATEGORIES = [
  'välttämättömät', 'tilastointi', 'tilastot', 'markkinointi', 'toiminnalliset',
  'nödvändiga', 'statistik', 'marknadsföring', 'funktionella',
  'nødvendige', 'statistikk', 'markedsføring', 'funksjonelle', 'funktionelle',
  'necessary', 'statistics', 'marketing', 'functional', 'analytics', 'performance',
  'notwendig', 'notwendige', 'essenziell', 'statistiken', 'funktional',
  'nécessaires', 'statistiques', 'fonctionnels',
  'noodzakelijk', 'noodzakelijke', 'statistieken', 'functioneel', 'functionele',
  'necesarias', 'estadísticas', 'funcionales', 'necessari', 'statistiche', 'funzionali', 'necessários', 'estatísticas', 'funcionais',
  'niezbędne', 'statystyczne', 'marketingowe', 'funkcjonalne', 'vajalikud', 'statistika', 'turundus',
] as const;

export const COOKIE_NOTICE = [
  'käytämme evästeitä', 'käyttää evästeitä', 'sivusto käyttää evästeitä', 'evästeiden käyttö',
  'vi använder cookies', 'använder cookies', 'vi använder kakor', 'använder kakor',
  'we use cookies', 'uses cookies', 'use cookies', 'this website uses cookies', 'this site uses cookies', 'we and our partners use cookies', 'use of cookies',
  'wir verwenden cookies', 'verwendet cookies', 'nutzt cookies', 'wir nutzen cookies', 'wir setzen cookies', 'verwendung von cookies', 'einsatz von cookies',
  'vi bruger cookies', 'bruger cookies', 'vi bruker informasjonskapsler', 'bruker informasjonskapsler', 'vi bruker cookies', 'bruker cookies',
  'nous utilisons des cookies', 'utilise des cookies', 'utilisation des cookies', 'utilizziamo cookie', 'utilizziamo i cookie', 'utilizza cookie', 'utilizziamo cookie',
  'wij gebruiken cookies', 'we gebruiken cookies', 'maakt gebruik van cookies', 'gebruikt cookies', 'utilizamos cookies', 'usamos cookies', 'utiliza cookies', 'uso de cookies',
  'questo sito utilizza cookie', 'utilizza i cookie', 'este site utiliza cookies', 'utilizamos cookies', 'używamy plików cookie', 'używa plików cookie', 'korzysta z plików cookie',
  'kasutame küpsiseid', 'kasutab küpsiseid',
  "utilisation de cookies", 'utilise les cookies', 'wykorzystuje cookies', 'wykorzystuje pliki cookie', 'wykorzystujemy pliki cookie', 'wykorzystujemy cookies', 'używamy cookies', 'używa cookies', 'stosujemy pliki cookie',
  'utiliza cookies', 'utilizamos cookies propias', 'este sitio web utiliza cookies', 'este site usa cookies', 'usa cookies', 'questo sito usa cookie', 'deze website gebruikt cookies', 'diese website verwendet cookies',
  // sk
  'používame cookie*', 'používame súbory cookie*', 'používa cookie*', 'používa súbory cookie*', 'využívame cookie*', 'využívame súbory cookie*',
  'využíva súbory cookie*',
  // cs
  'používáme cookie*', 'používáme soubory cookie*', 'používá cookie*', 'používá soubory cookie*', 'využíváme cookie*', 'využíváme soubory cookie*',
  'využívá soubory cookie*',
  // ro
  'folosim cookie*', 'folosește cookie*', 'utilizăm cookie*', 'utilizează cookie*', 'folosim module cookie', 'utilizează module cookie',
  // hu
  'sütiket használ*', 'cookie-kat használ*', 'sütiket alkalmaz*', 'cookie-kat alkalmaz*', 'cookie-kat használunk',
  // lv, lt
  'izmantojam sīkdatn*', 'izmanto sīkdatn*', 'lietojam sīkdatn*', 'lieto sīkdatn*', 'izmantotas sīkdatn*', 'tiek izmantotas sīkdatn*',
  'sīkdatņu izmantošan*', 'izmantojam sīkfail*', 'izmanto sīkfail*', 'naudojame slapuk*', 'naudoja slapuk*', 'naudojami slapuk*',
  'slapukų naudojim*',
] as const;

/** Sentences of a notice that takes going on as consent ("By continuing to browse you accept cookies"): with a cookie
 *  word in the same line the sentence is the whole notice, whether or not a button closes it. */
/** "Du accepterer … brug af cookies, når du besøger …": acceptance tied to the visit, in the visitor's person.
 *  Both halves and a cookie word must stand in one short line (a policy page explains cookies at length). */
export const IMPLIED_ACCEPT = [
  'du accepterer', 'accepterer du', 'du godtar', 'godtar du', 'du aksepterer', 'aksepterer du', 'du godkänner', 'godkänner du', 'du accepterar', 'accepterar du', 'hyväksyt', 'you accept', 'you agree',
  'you consent', 'akzeptieren sie', 'sie akzeptieren', 'stimmen sie', 'vous acceptez', 'acceptez', 'gaat u akkoord', 'ga je akkoord', 'accepteert u', 'accepteer je', 'aceptas', 'acepta usted', 'accetti',
  'accetta', 'aceitas', 'aceita', 'akceptujesz', 'zgadzasz się', 'nõustute', 'nõustud',
  // lv, lt
  'jūs piekrītat', 'piekrītat', 'jūs sutinkate', 'sutinkate',
] as const;
export const IMPLIED_VISIT = [
  'når du besøger', 'når du bruger', 'når du benytter', 'når du besøker', 'når du bruker', 'när du besöker', 'när du använder', 'kun käytät', 'kun vierailet', 'when you visit', 'when you use',
  'wenn sie unsere', 'wenn sie diese', 'beim besuch', 'lorsque vous visitez', 'lorsque vous utilisez', 'quand vous visitez', 'als u onze', 'als u deze', 'wanneer u', 'cuando visitas', 'al visitar',
  'quando visiti', 'visitando', 'ao visitar', 'quando visita', 'odwiedzając', 'korzystając z naszych', 'külastades',
  // lv, lt
  'apmeklējot', 'izmantojot mūsu', 'lankydamiesi', 'naudodamiesi mūsų',
] as const;

export const IMPLIED_CONSENT = [
  'jatkamalla sivuston käyttöä', 'jatkamalla selaamista', 'käyttämällä sivustoa hyväksyt', 'genom att fortsätta', 'genom att använda webbplatsen', 'by continuing to use', 'by continuing to browse',
  'by continuing your visit', 'by using this site', 'by using our site', 'by using this website', 'by using our website', 'durch die weitere nutzung', 'durch die nutzung dieser website', 'wenn sie die website weiter nutzen',
  'ved at fortsætte', 'ved fortsat brug', 'ved å fortsette', 'ved å bruke nettstedet', 'en poursuivant votre navigation', 'en continuant à naviguer', 'en continuant votre navigation', 'en naviguant sur ce site',
  'door verder te gaan', 'door gebruik te maken van deze website', 'door deze website te gebruiken', 'al continuar navegando', 'si continúa navegando', 'si continúas navegando', 'continuando la navigazione',
  'proseguendo la navigazione', 'continuando a navegar', 'ao continuar a navegar', 'ao navegar neste site', 'korzystając ze strony', 'korzystając z serwisu', 'korzystając z witryny', 'kontynuując przeglądanie',
  'lehitsemist jätkates', 'veebilehe kasutamist jätkates', 'jätkates lehel',
  // sk, cs, ro, hu
  'pokračovaním v prehliadaní', 'používaním tejto stránky', 'prehliadaním súhlasíte', 'prehliadaním stránky súhlasíte',
  'používaním stránky súhlasíte', 'pokračováním v prohlížení', 'používáním tohoto webu', 'procházením webu souhlasíte', 'používáním webu souhlasíte', 'continuând navigarea',
  'prin continuarea navigării', 'folosind acest site', 'az oldal használatával', 'a weboldal használatával', 'a böngészés folytatásával',
  // lv, lt
  'turpinot lietot', 'turpinot izmantot', 'turpinot pārlūkot', 'turpinot apmeklēt', 'izmantojot šo vietni', 'izmantojot šo tīmekļa vietni',
  'naršydami toliau', 'toliau naršydami', 'tęsdami naršymą', 'naudodamiesi šia svetaine', 'naršydami šioje svetainėje', 'toliau naudodamiesi',
] as const;
