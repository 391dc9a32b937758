// Contact cues by language: fi, sv, en, de, da, no, fr.
export const CONTACT_PAGE = [
  // fi
  'yhteystiedot', 'yhteystie*', 'ota yhteyttä', 'yhteydenot*', 'asiakaspalvelu', 'pyydä tarjous', 'tarjouspyyn*', 'soittopyyn*',
  // sv
  'kontakta oss', 'kontakt', 'kontaktuppgifter', 'kundtjänst', 'begär offert', 'offertförfrågan',
  // en
  'contact', 'contact us', 'contact*', 'get in touch', 'customer service', 'request a quote', 'get a quote', 'enquir*', 'inquir*',
  // de
  'kontakt*', 'kundenservice', 'kundendienst', 'angebot anfordern', 'anfrage*',
  // da, no
  'kontakt os', 'kontakt oss', 'kundeservice', 'kundesenter', 'få et tilbud', 'få tilbud',
  // fr
  'nous contacter', 'contactez-nous', 'service client', 'demande de devis',
] as const;

/** Words that name a message field or a form's purpose. */
export const MESSAGE_FIELD = [
  'viesti', 'viestisi', 'kysymys*', 'lisätiedot', 'message', 'your message', 'comments', 'enquiry', 'inquiry', 'question',
  'meddelande', 'nachricht', 'ihre nachricht', 'anliegen', 'besked', 'melding', 'henvendelse', 'votre message',
] as const;

export const PHONE_LABEL = [
  'puh', 'puhelin', 'puhelinnumero', 'soita', 'gsm', 'tel', 'tel.', 'telefon', 'telephone', 'phone', 'call us', 'call',
  'ring', 'ring oss', 'ring os', 'fon', 'fernsprecher', 'mobil', 'mobile', 'téléphone', 'tél', 'asiakaspalvelu',
  'kundtjänst', 'kundeservice', 'hotline', 'servicenummer', 'vaihde',
] as const;

export const EMAIL_LABEL = ['sähköposti', 'email', 'e-mail', 'e-post', 'epost', 'mail', 'courriel', 's-posti'] as const;
