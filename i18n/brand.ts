// What is wrong with an agency's brand settings (brand/brand.ts), and the notices about the stored
// ones. Shown in the options page beside the field, and after the field's name by the CLI.
import type { BrandProblemId } from '../brand/brand';
import type { Locale, MessageData, Text } from '../engine/rule';
import { format } from './translate';

export const BRAND_PROBLEM_TEXTS = {
  notObject: { en: 'Brand settings must be an object of fields.', fi: 'Brändin asetusten pitää olla kenttien joukko (objekti).' },
  notText: { en: 'Must be text.', fi: 'Arvon pitää olla tekstiä.' },
  nameMissing: { en: 'The agency name is required.', fi: 'Toimiston nimi on pakollinen.' },
  nameTooLong: { en: 'The name is {length} characters; the limit is {max}.', fi: 'Nimessä on {length} merkkiä; enintään {max}.' },
  contactTooLong: { en: 'The contact line is {length} characters; the limit is {max}.', fi: 'Yhteystietorivillä on {length} merkkiä; enintään {max}.' },
  introTooLong: { en: 'The intro is {length} characters; the limit is {max}.', fi: 'Johdannossa on {length} merkkiä; enintään {max}.' },
  accentInvalid: { en: 'The accent colour must be written #rrggbb, e.g. #1d4ed8.', fi: 'Korostusväri kirjoitetaan muodossa #rrggbb, esim. #1d4ed8.' },
  logoNotDataUrl: {
    en: 'The logo must be an image file (PNG, JPEG or WebP), not a web address.',
    fi: 'Logon pitää olla kuvatiedosto (PNG, JPEG tai WebP), ei verkko-osoite.',
  },
  logoWrongType: {
    en: 'The logo must be a PNG, JPEG or WebP image; SVG and other formats are not accepted.',
    fi: 'Logon pitää olla PNG-, JPEG- tai WebP-kuva; SVG:tä ja muita muotoja ei hyväksytä.',
  },
  logoTooBig: { en: 'Logo is {size} KB; the limit is {max} KB.', fi: 'Logo on {size} kt; enintään {max} kt.' },
  logoBroken: { en: 'The logo image is damaged (its data is not valid base64).', fi: 'Logokuva on vioittunut (sen data ei ole kelvollista base64:ää).' },
} satisfies Record<BrandProblemId, Text>;

export const BRAND_NOTICE_TEXTS = {
  storedCorrupt: {
    en: 'The saved brand settings could not be read and are not used. Enter them again and save.',
    fi: 'Tallennettuja brändin asetuksia ei voitu lukea, eikä niitä käytetä. Syötä ne uudelleen ja tallenna.',
  },
} satisfies Record<string, Text>;
export type BrandNoticeId = keyof typeof BRAND_NOTICE_TEXTS;

export function brandProblemText(locale: Locale, id: BrandProblemId, data?: MessageData): string {
  return format(BRAND_PROBLEM_TEXTS[id][locale], data);
}

export function brandNoticeText(locale: Locale, id: BrandNoticeId): string {
  return BRAND_NOTICE_TEXTS[id][locale];
}
