// Texts of the options page, where the agency sets the brand its reports carry.
import type { Locale, MessageData, Text } from '../engine/rule';
import { format } from './translate';

export const OPTIONS_TEXTS = {
  pageTitle: { en: 'Polku: your agency on the report', fi: 'Polku: toimistosi raportissa' },
  heading: { en: 'Your agency on the report', fi: 'Toimistosi raportissa' },
  intro: {
    en: 'The report and its exports carry your name, logo and colour. They are kept in this browser only and never sent anywhere.',
    fi: 'Raportissa ja sen vienneissä näkyvät toimistosi nimi, logo ja väri. Ne säilytetään vain tässä selaimessa, eikä niitä lähetetä minnekään.',
  },
  nameLabel: { en: 'Agency name', fi: 'Toimiston nimi' },
  nameHint: { en: 'Required, at most {max} characters.', fi: 'Pakollinen, enintään {max} merkkiä.' },
  logoLabel: { en: 'Logo', fi: 'Logo' },
  logoHint: { en: 'PNG, JPEG or WebP, at most {max} KB. The file stays in this browser.', fi: 'PNG, JPEG tai WebP, enintään {max} kt. Tiedosto pysyy tässä selaimessa.' },
  logoRemove: { en: 'Remove logo', fi: 'Poista logo' },
  logoPreviewAlt: { en: 'Logo preview', fi: 'Logon esikatselu' },
  logoUnreadable: { en: 'The file could not be read.', fi: 'Tiedostoa ei voitu lukea.' },
  accentLabel: { en: 'Accent colour', fi: 'Korostusväri' },
  accentPicker: { en: 'Pick the accent colour', fi: 'Valitse korostusväri' },
  accentHint: {
    en: 'Written #rrggbb; leave empty for Polku’s blue. Text on it is white or black, whichever reads better.',
    fi: 'Muodossa #rrggbb; tyhjä käyttää Polun sinistä. Sen päällä teksti on valkoinen tai musta sen mukaan, kumpi erottuu paremmin.',
  },
  contactLabel: { en: 'Contact line', fi: 'Yhteystietorivi' },
  contactHint: { en: 'For example name, email and phone; at most {max} characters.', fi: 'Esimerkiksi nimi, sähköposti ja puhelin; enintään {max} merkkiä.' },
  introLabel: { en: 'Intro paragraph', fi: 'Johdantokappale' },
  introHint: { en: 'Plain text; each line is a paragraph. At most {max} characters.', fi: 'Pelkkää tekstiä; jokainen rivi on oma kappaleensa. Enintään {max} merkkiä.' },
  count: { en: '{count} / {max}', fi: '{count} / {max}' },
  save: { en: 'Save', fi: 'Tallenna' },
  reset: { en: 'Reset', fi: 'Tyhjennä' },
  resetHint: { en: 'Removes the brand: reports go back to Polku’s own look.', fi: 'Poistaa brändin: raportit palaavat Polun omaan ilmeeseen.' },
  statusSaved: { en: 'Saved. Reports carry this brand.', fi: 'Tallennettu. Raporteissa näkyy tämä brändi.' },
  statusCleared: { en: 'Brand removed. Reports carry Polku’s own look.', fi: 'Brändi poistettu. Raporteissa on Polun oma ilme.' },
  statusNone: { en: 'No brand saved: reports carry Polku’s own look.', fi: 'Brändiä ei ole tallennettu: raporteissa on Polun oma ilme.' },
  statusUnsaved: { en: 'Unsaved changes.', fi: 'Tallentamattomia muutoksia.' },
  statusFix: { en: 'Fix the marked fields, then save.', fi: 'Korjaa merkityt kentät ja tallenna sitten.' },
  statusFailed: { en: 'Saving failed: {detail}', fi: 'Tallennus epäonnistui: {detail}' },
  previewHeading: { en: 'Cover preview', fi: 'Kannen esikatselu' },
  previewNamePlaceholder: { en: 'Your agency', fi: 'Toimistosi' },
  previewTitle: { en: 'Purchase journey audit', fi: 'Ostopolun auditointi' },
  previewSite: { en: 'www.example.com · {date}', fi: 'www.esimerkki.fi · {date}' },
} satisfies Record<string, Text>;
export type OptionsKey = keyof typeof OPTIONS_TEXTS;

export function optionsText(locale: Locale, key: OptionsKey, data?: MessageData): string {
  return format(OPTIONS_TEXTS[key][locale], data);
}
