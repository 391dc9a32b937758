// Texts of the popup and the engine itself. Rule texts live beside each rule (rules/*.ts).
import type { AssetId } from '../engine/assets';
import type { FoundationGroup, StageId } from '../engine/config';
import type { Text } from '../engine/rule';

export const STAGE_NAMES: Record<StageId, Text> = {
  awareness: { en: 'Awareness', fi: 'Tietoisuus' },
  consideration: { en: 'Consideration', fi: 'Harkinta' },
  conversion: { en: 'Purchase', fi: 'Ostopäätös' },
  retention: { en: 'Retention', fi: 'Oston jälkeen' },
  advocacy: { en: 'Advocacy', fi: 'Suosittelu' },
  foundation: { en: 'Site foundation', fi: 'Perusta' },
};

export const GROUP_NAMES: Record<FoundationGroup, Text> = {
  speed: { en: 'Speed', fi: 'Nopeus' },
  mobile: { en: 'Mobile', fi: 'Mobiili' },
  accessibility: { en: 'Accessibility', fi: 'Saavutettavuus' },
  security: { en: 'Security', fi: 'Tietoturva' },
  measurement: { en: 'Measurement', fi: 'Mittaus' },
};

export const STAGE_HINTS: Record<StageId, Text> = {
  awareness: { en: 'Finding the site', fi: 'Sivuston löytäminen' },
  consideration: { en: 'Comparing and trusting', fi: 'Vertailu ja luottamus' },
  conversion: { en: 'Contacting, booking, paying', fi: 'Yhteydenotto, varaus, maksu' },
  retention: { en: 'Staying in touch', fi: 'Yhteyden pitäminen' },
  advocacy: { en: 'Recommending', fi: 'Suositteleminen' },
  foundation: { en: 'Speed, mobile, security', fi: 'Nopeus, mobiili, tietoturva' },
};

export const ASSET_NAMES: Record<AssetId, Text> = {
  'contact.phone': { en: 'Phone', fi: 'Puhelin' },
  'contact.email': { en: 'Email', fi: 'Sähköposti' },
  'contact.form': { en: 'Contact form', fi: 'Yhteydenottolomake' },
  'contact.chat': { en: 'Chat', fi: 'Chat' },
  'contact.address': { en: 'Address', fi: 'Osoite' },
  'contact.booking': { en: 'Online booking', fi: 'Ajanvaraus' },
  'proof.testimonials': { en: 'Testimonials', fi: 'Asiakaskokemukset' },
  'proof.reviews': { en: 'Ratings and reviews', fi: 'Arvosanat ja arvostelut' },
  faq: { en: 'FAQ', fi: 'UKK' },
  'offer.pricing': { en: 'Prices', fi: 'Hinnat' },
  'payment.methods': { en: 'Payment methods', fi: 'Maksutavat' },
  'trust.privacy': { en: 'Privacy policy', fi: 'Tietosuojaseloste' },
  'trust.terms': { en: 'Terms', fi: 'Ehdot' },
  'trust.company': { en: 'Company identity', fi: 'Yritystiedot' },
  'trust.badges': { en: 'Trust badges', fi: 'Luottamusmerkit' },
  'trust.consent': { en: 'Cookie consent', fi: 'Evästesuostumus' },
  'commerce.cart': { en: 'Shopping cart', fi: 'Ostoskori' },
  'commerce.delivery': { en: 'Delivery info', fi: 'Toimitustiedot' },
  'commerce.returns': { en: 'Returns policy', fi: 'Palautusehdot' },
  'retention.newsletter': { en: 'Newsletter', fi: 'Uutiskirje' },
  'retention.account': { en: 'Customer account', fi: 'Asiakastili' },
  'retention.loyalty': { en: 'Loyalty programme', fi: 'Kanta-asiakasohjelma' },
  'advocacy.share': { en: 'Share buttons', fi: 'Jakopainikkeet' },
  'advocacy.referral': { en: 'Referral programme', fi: 'Suositteluohjelma' },
  'social.profiles': { en: 'Social profiles', fi: 'Someprofiilit' },
  'content.blog': { en: 'Blog or articles', fi: 'Blogi tai artikkelit' },
  'measure.analytics': { en: 'Analytics', fi: 'Analytiikka' },
  'measure.heatmap': { en: 'Heatmaps', fi: 'Lämpökartat' },
  'measure.adPixels': { en: 'Ad pixels', fi: 'Mainospikselit' },
};

export const UI = {
  appName: { en: 'Polku', fi: 'Polku' },
  tagline: { en: 'Purchase journey audit', fi: 'Ostopolun auditointi' },
  overall: { en: 'Overall', fi: 'Kokonaisuus' },
  notAssessed: { en: 'Not assessed', fi: 'Ei arvioitu' },
  notAssessedHint: { en: 'No check applies to this page.', fi: 'Mikään tarkistus ei koske tätä sivua.' },
  painPoints: { en: 'Pain points', fi: 'Kipupisteet' },
  noPainPoints: { en: 'No pain points found on this page.', fi: 'Tältä sivulta ei löytynyt kipupisteitä.' },
  a11ySummary: { en: 'Accessibility (axe-core, WCAG 2 A/AA), violated rules: {counts}', fi: 'Saavutettavuus (axe-core, WCAG 2 A/AA), rikotut säännöt: {counts}' },
  a11yNone: { en: 'no violations', fi: 'ei virheitä' },
  a11yCritical: { en: '{n} critical', fi: 'kriittisiä {n}' },
  a11ySerious: { en: '{n} serious', fi: 'vakavia {n}' },
  a11yModerate: { en: '{n} moderate', fi: 'kohtalaisia {n}' },
  a11yMinor: { en: '{n} minor', fi: 'vähäisiä {n}' },
  a11yNotRun: { en: '{n} rules not run', fi: 'ajamatta jääneitä sääntöjä {n}' },
  found: { en: 'What was found', fi: 'Mitä löytyi' },
  fix: { en: 'Fix', fi: 'Korjaus' },
  evidence: { en: 'Evidence', fi: 'Näyttö' },
  none: { en: 'none', fi: 'ei löytynyt' },
  notChecked: { en: 'not checked', fi: 'ei tarkistettu' },
  presence_content: { en: 'on the page', fi: 'sivulla' },
  presence_link: { en: 'linked', fi: 'linkin takana' },
  presence_script: { en: 'installed', fi: 'asennettu' },
  outcome_fail: { en: 'Fails', fi: 'Puute' },
  outcome_review: { en: 'Check by hand', fi: 'Tarkista itse' },
  outcome_error: { en: 'Could not check', fi: 'Ei voitu tarkistaa' },
  costPoints: { en: '−{cost} pts', fi: '−{cost} p' },
  rescan: { en: 'Rescan', fi: 'Skannaa uudelleen' },
  scanning: { en: 'Reading the page…', fi: 'Luetaan sivua…' },
  scannedAt: { en: 'Scanned {time}', fi: 'Skannattu {time}' },
  language: { en: 'Language', fi: 'Kieli' },
  technicalDetails: { en: 'Technical details', fi: 'Tekniset tiedot' },
  retry: { en: 'Try again', fi: 'Yritä uudelleen' },
  // Why a page cannot be audited.
  blocked_browserPage: { en: 'This is a browser page. Polku audits websites: open a site and click the icon again.', fi: 'Tämä on selaimen oma sivu. Polku auditoi verkkosivustoja: avaa sivusto ja napsauta kuvaketta uudelleen.' },
  blocked_store: { en: 'Browsers do not let extensions read the extension store. Open another site to audit it.', fi: 'Selain ei anna laajennusten lukea laajennuskauppaa. Avaa jokin toinen sivusto auditoitavaksi.' },
  blocked_file: { en: 'Polku cannot read local files unless you allow “Access to file URLs” for it on the extensions page.', fi: 'Polku ei voi lukea paikallisia tiedostoja, ellei sille sallita ”Salli pääsy tiedostojen URL-osoitteisiin” laajennussivulla.' },
  blocked_pdf: { en: 'This is a PDF document, not a web page. Open the site that links to it.', fi: 'Tämä on PDF-asiakirja eikä verkkosivu. Avaa sivusto, joka linkittää siihen.' },
  blocked_notHtml: { en: 'This tab shows a file, not a web page. Open a website and click the icon again.', fi: 'Välilehdellä on tiedosto eikä verkkosivu. Avaa verkkosivusto ja napsauta kuvaketta uudelleen.' },
  blocked_blank: { en: 'This tab has no page yet. Open a website and click the icon again.', fi: 'Välilehdellä ei ole vielä sivua. Avaa verkkosivusto ja napsauta kuvaketta uudelleen.' },
  blocked_viewSource: { en: 'This is a source view. Open the page itself to audit it.', fi: 'Tämä on lähdekoodinäkymä. Avaa itse sivu auditoitavaksi.' },
  blocked_errorPage: { en: 'The site did not load: the tab shows the browser’s error page (for example the site redirects in a loop or does not answer). Reload the page, and audit it once it opens.', fi: 'Sivusto ei latautunut: välilehdellä on selaimen virhesivu (esimerkiksi sivusto ohjaa kehässä tai ei vastaa). Lataa sivu uudelleen ja auditoi se, kun se aukeaa.' },
  blocked_unloaded: { en: 'This tab has no page running: it crashed or the browser unloaded it. Reload the tab and try again.', fi: 'Välilehdellä ei ole käynnissä sivua: se kaatui tai selain poisti sen muistista. Lataa välilehti uudelleen ja yritä uudestaan.' },
  blocked_navigated: { en: 'The page changed while Polku was reading it. Wait until it has loaded and try again.', fi: 'Sivu vaihtui, kun Polku luki sitä. Odota, että se on latautunut, ja yritä uudelleen.' },
  blocked_noTab: { en: 'No tab to audit was found.', fi: 'Auditoitavaa välilehteä ei löytynyt.' },
  blocked_denied: { en: 'The browser did not let Polku read this page. Some pages are protected; try another site.', fi: 'Selain ei antanut Polun lukea tätä sivua. Osa sivuista on suojattu; kokeile toista sivustoa.' },
  blocked_timeout: { en: 'The page kept Polku waiting for 15 seconds: a script on it may be busy without pause. Polku stopped reading and left the page as it was. Reload it and try again.', fi: 'Sivu piti Polkua odottamassa 15 sekuntia: jokin sen skripti voi olla jatkuvasti varattuna. Polku lopetti lukemisen ja jätti sivun ennalleen. Lataa sivu uudelleen ja yritä uudestaan.' },
  blocked_malformed: { en: 'The page returned something Polku could not read. Reload it and try again.', fi: 'Sivu palautti jotain, mitä Polku ei osannut lukea. Lataa se uudelleen ja yritä uudestaan.' },
  blocked_failed: { en: 'The audit failed: {detail}', fi: 'Auditointi epäonnistui: {detail}' },
  collectorErrors: { en: 'Some checks could not run: {names}.', fi: 'Osa tarkistuksista ei toiminut: {names}.' },
  // Why an audit is incomplete (i18n/incomplete.ts).
  uiCrashed: { en: 'Polku ran into an unexpected problem showing this audit. Try again; if it happens again, rescan the page.', fi: 'Polku kohtasi odottamattoman ongelman tämän auditoinnin näyttämisessä. Yritä uudelleen; jos ongelma toistuu, skannaa sivu uudelleen.' },
  incompleteTitle: { en: 'Incomplete audit', fi: 'Keskeneräinen auditointi' },
  incompleteScores: { en: 'Checks that could not run count as not met, so the full scores may be higher.', fi: 'Tarkistukset, joita ei voitu tehdä, lasketaan puutteiksi, joten täydet pisteet voivat olla korkeammat.' },
  stoppedTime: { en: 'Partial: the scan stopped after {ms} ms so that the page stays responsive.', fi: 'Osittainen: skannaus pysähtyi {ms} ms:n jälkeen, jotta sivu pysyy käytettävänä.' },
  stoppedNodes: { en: 'Partial: the page is larger than Polku reads; the rest of it was not read.', fi: 'Osittainen: sivu on suurempi kuin Polku lukee; loppua ei luettu.' },
  stoppedCancelled: { en: 'Partial: the scan was called off after {ms} ms before it finished.', fi: 'Osittainen: skannaus keskeytettiin {ms} ms:n jälkeen ennen kuin se valmistui.' },
  truncated: { en: 'The page holds more than Polku reads; its end was not read.', fi: 'Sivulla on enemmän kuin Polku lukee; sen loppua ei luettu.' },
  skippedSteps: { en: 'Not checked: {names}.', fi: 'Ei tarkistettu: {names}.' },
  stillLoading: { en: 'The page had not finished loading when it was read.', fi: 'Sivu ei ollut latautunut loppuun, kun se luettiin.' },
  incompleteStage: { en: 'Incomplete', fi: 'Keskeneräinen' },
  incompleteStageHint: { en: '{count} checks could not run; they count as not met.', fi: '{count} tarkistusta ei voitu tehdä; ne lasketaan puutteiksi.' },
} satisfies Record<string, Text>;

export type UiKey = keyof typeof UI;

export const ENGINE_MESSAGES: Record<string, Text> = {
  missingFacts: { en: 'Could not check: the page facts it needs ({facts}) were not collected.', fi: 'Ei voitu tarkistaa: tarvittavia sivun tietoja ({facts}) ei saatu kerättyä.' },
  ruleCrashed: { en: 'The check failed with an error: {error}', fi: 'Tarkistus päättyi virheeseen: {error}' },
  unknownRule: { en: 'The configuration names an unknown check: {rule}.', fi: 'Asetukset viittaavat tuntemattomaan tarkistukseen: {rule}.' },
};
