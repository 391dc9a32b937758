// Trust cues by language (fi, sv, en, de, da, no, fr, it): legal pages, company identity, trust seals.
import type { Vendor } from './vendors';

export const PRIVACY = [
  'tietosuoja*', 'rekisteriseloste', 'yksityisyy*',
  'integritetspolicy', 'integritet*', 'personuppgift*', 'dataskydd',
  'privacy', 'privacy policy', 'privacy notice', 'data protection', 'privacy statement',
  'datenschutz*',
  'privatlivspolitik', 'privatliv*', 'persondatapolitik', 'personvern*', 'personopplysning*',
  'confidentialité', 'données personnelles', 'vie privée',
] as const;

/** Terms and conditions, terms of sale or use. */
export const TERMS = [
  // fi
  'käyttöehdot', 'toimitusehdot', 'myyntiehdot', 'tilausehdot', 'sopimusehdot', 'yleiset ehdot', 'yleiset sopimusehdot', 'palveluehdot', 'ostoehdot', 'verkkokaupan ehdot', 'ehdot', '*ehdot', '*ehtomme',
  // sv
  'villkor', 'köpvillkor', 'allmänna villkor', 'användarvillkor', 'försäljningsvillkor', 'användarvillkoren', 'köpvillkoren', '*villkor', '*villkoren',
  // en
  'terms', 'terms and conditions', 'terms & conditions', 't&cs', 't & cs', 't&c', 'terms of use', 'terms of service', 'terms of sale', 'conditions of use', 'conditions of sale',
  'terms of purchase', 'purchase terms', 'legal message', 'legal terms', 'user agreement', 'privacy & terms', 'privacy and terms', 'terms & privacy', 'terms and privacy',
  'terms & policies', 'terms and policies',
  // de
  'agb', "agb's", 'allgemeine geschäftsbedingungen', 'geschäftsbedingungen', 'nutzungsbedingungen', 'verkaufsbedingungen', 'lieferbedingungen', 'teilnahmebedingungen', '*bedingungen',
  // da, no
  'handelsbetingelser', 'salgsbetingelser', 'forretningsbetingelser', 'vilkår', 'kjøpsvilkår', 'brukervilkår', 'vilkår og betingelser', 'betingelser', '*betingelser', '*vilkår',
  // fr, it
  'conditions générales', 'conditions générales de vente', "conditions générales d'utilisation", 'conditions d’utilisation', "conditions d'utilisation", 'cgv', 'cgu',
  'conditions de vente', 'termini e condizioni', 'condizioni generali', 'condizioni di vendita',
] as const;

/** Path tokens of terms pages ("/agb", "/terms-of-service", "/kayttoehdot"). */
export const TERMS_PATH_TOKENS = [
  'terms', 'agb', 'kayttoehdot', 'toimitusehdot', 'myyntiehdot', 'tilausehdot', 'ehdot', 'villkor', 'kopvillkor', 'handelsbetingelser',
  'salgsbetingelser', 'kjopsvilkar', 'vilkar', 'cgv', 'cgu', 'nutzungsbedingungen', 'geschaeftsbedingungen',
] as const;

/** Links to the company's identity page: Impressum, legal notice, company information. */
export const COMPANY_LINK = [
  'impressum', 'imprint', 'legal notice', 'legal notices', 'legal information', 'legal info', 'legal', 'company info', 'company information', 'company details',
  'yritystiedot', 'yhtiön tiedot', 'företagsinformation', 'företagsuppgifter', 'virksomhedsoplysninger', 'firmaopplysninger', 'anbieterkennzeichnung', 'firmeninformationen',
  'mentions légales', 'informations légales', 'note legali',
] as const;

export const COMPANY_PATH_TOKENS = ['impressum', 'imprint', 'legales', 'legalnotice', 'yritystiedot'] as const;

/** Labels in front of a business or registration number. */
export const COMPANY_ID_LABEL = [
  // fi
  'y-tunnus', 'y-tunnuksemme', 'y-tunnuksella', 'ly-tunnus', 'alv-numero', 'alv-nro', 'alv-rekisteröity',
  // sv, no, da
  'org.nr', 'org. nr', 'org nr', 'org.nr.', 'orgnr', 'organisationsnummer', 'organisasjonsnummer', 'org.nummer', 'momsreg.nr', 'momsregistreringsnummer', 'cvr', 'cvr-nr', 'cvr nr', 'mva', 'foretaksregisteret',
  // en
  'business id', 'company number', 'company no', 'registered in england and wales', 'registered in england & wales', 'registered in scotland', 'registered in ireland', 'company reg', 'company registration', 'registration number', 'registration no', 'reg. no', 'reg no', 'vat', 'vat no', 'vat number',
  'vat id', 'vat reg', 'charity id', 'charity number', 'charity no', 'registered charity', 'abn', 'registered in england', 'registered office', 'company registered',
  // de
  'ust-idnr', 'ust-id', 'ust.-idnr', 'ust-id-nr', 'ustid', 'umsatzsteuer-identifikationsnummer', 'umsatzsteuer-id', 'steuernummer', 'handelsregister', 'registergericht', 'hrb', 'hra',
  'firmenbuchnummer', 'firmenbuch', 'uid', 'uid-nr',
  // fr, it, nl
  'siret', 'siren', 'rcs', 'tva', 'n° tva', 'tva intracommunautaire', 'p.iva', 'p. iva', 'partita iva', 'codice fiscale', 'kvk', 'btw',
] as const;

/** Legal forms that end a company name, matched with their case ("AS", "Oy", "GmbH"). */
export const LEGAL_FORMS = [
  'Oy', 'OY', 'Oyj', 'OYJ', 'Ab', 'AB', 'Abp', 'Ky', 'KY', 'Tmi', 'AS', 'ASA', 'A/S', 'ApS', 'I/S', 'GmbH', 'GMBH', 'gGmbH', 'mbH', 'AG', 'KG', 'OHG', 'UG', 'e.K.', 'e.V.',
  'LLC', 'L.L.C.', 'Inc', 'Inc.', 'INC', 'INC.', 'Ltd', 'Ltd.', 'LTD', 'LTD.', 'Limited', 'LIMITED', 'plc', 'PLC', 'LLP', 'Corp.', 'Corporation', 'S.A.', 'SA', 'SAS', 'S.A.S.',
  'SARL', 'S.a.r.l.', 'Sàrl', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'SRL', 'SNC', 'BV', 'B.V.', 'NV', 'N.V.', 'Pty Ltd',
] as const;

/** Words on trust-seal images: shop seals, security seals, association marks. */
export const BADGE_WORDS = [
  'siegel', 'gütesiegel', 'shopsiegel', 'käufersiegel', 'trust seal', 'security seal', 'secure seal', 'site seal', 'ssl seal', 'trusted seal', 'seal of approval', 'trustmark', 'trust mark',
  'trustbadge', 'trusted shop', 'trusted shops', 'trustedshops', 'certified shop', 'certified store', 'zertifizierter online-shop', 'zertifizierter shop', 'geprüfter shop', 'geprüfter online-shop',
  'verisign', 'norton secured', 'mcafee secure', 'trustedsite', 'thawte', 'geotrust', 'digicert', 'comodo secure', 'sectigo', 'trustwave', 'ssl secured', 'secure ssl', 'bizrate',
  'ehi', 'bevh', 'händlerbund', 'handelsverband', 'shopauskunft', 'trygg e-handel', 'tryggehandel', 'e-mærket', 'emaerket', 'e-handelscertifiering', 'certifierad e-handel',
  'luotettava kumppani', 'vahvaa tietoturvaa', 'suomen asiakastieto', 'suomen vahvimmat', 'avainlippu', 'avis vérifiés', 'avis verifies', 'fia-net', 'bbb', 'better business bureau',
  'ecommerce europe', 'safe shop', 'safe shopping', 'secure shopping', 'sicher einkaufen',
  // craft and trade memberships shown as seals
  'meisterbetrieb', 'innung', '*innung', 'handwerkskammer', 'mitgliedsbetrieb', 'jäsenyritys', 'auktorisoitu', 'hyväksytty jäsen', 'medlem av', 'godkänd av', 'autorisert',
  'medlem i', 'medlem af', 'member of', 'registered member', 'registrerat', 'registreret', 'auktoriserad', 'autoriseret', 'accredited', 'approved member', 'trusted trader',
  'checkatrade', 'gas safe', 'which? trusted trader', 'trustmark', 'niceic', 'federation of master builders',
  '*liiton jäsen', '*liiton jäsenyritys', 'jäsenkoulu', 'jäsenliike', '*liitto ry', 'iso 27001', 'iso/iec 27001', 'iso 9001', 'iso 14001', 'sertifisert', 'sertifiseret', 'certifierade',
] as const;

/** Words that name a seal only on a small image or in the page frame (footer, header): an award or a
 *  certificate in an article photo ("Academy Awards ceremony") is news, not a trust seal. */
export const BADGE_WORDS_FRAMED = [
  'award', 'awards', 'auszeichnung*', 'zertifiziert*', 'zertifikat', 'geprüft*', 'certificat*', 'certificazion*', 'certificato', 'sertifikaatti', 'sertifioitu', 'sertifikat',
  'certifierad', 'certified', 'pci', 'pci dss', 'kauppakamari',
] as const;

/** Seal and certificate services: their scripts, frames, seal images and verify links. */
export const BADGE_VENDORS: readonly Vendor[] = [
  { item: 'trustedshops', hosts: ['widgets.trustedshops.com', 'trustedshops.com', 'trustedshops.de'], markers: ['trustbadge'] },
  { item: 'ehi', hosts: ['ehi-siegel.de'] },
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
  { item: 'treeday', hosts: ['treeday.net'] },
  { item: 'sra', hosts: ['yoshki.com'] },
];

/** Images that carry a seal word but are no trust seal. */
export const NOT_BADGE = [
  'gift certificate', 'gift certificates', 'giftcertificate', 'certificat cadeau', 'geschenkzertifikat', 'app store', 'google play', 'award winning', 'award-winning',
] as const;

/** Class or id fragments of seal containers that a script fills ("shop-trustbadge", "trusted-shops"). */
export const BADGE_CONTAINER = ['trustbadge', 'trusted-shops', 'trustedshops', 'trust-seal', 'trustseal', 'trust-badge', 'gutesiegel', 'guetesiegel'] as const;
