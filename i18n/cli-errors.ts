// What the command line says when it cannot go on: wrong usage, a missing setup step, a page that
// could not be audited. Technical details (a browser's own message) stay as the {detail} they are.
import type { Text } from '../engine/rule';

export const CLI_ERROR_TEXTS = {
  noTarget: { en: 'give a URL or an HTML file to audit.', fi: 'anna auditoitavan sivun osoite tai HTML-tiedosto.' },
  oneTarget: { en: 'give one URL or file at a time.', fi: 'anna yksi osoite tai tiedosto kerrallaan.' },
  badUrl: { en: 'not a valid URL: {text}', fi: 'osoite ei kelpaa: {text}' },
  badScheme: { en: 'only http(s) URLs and local files can be audited, not {scheme}:', fi: 'auditoida voi vain http(s)-osoitteita ja paikallisia tiedostoja, ei {scheme}:-osoitetta' },
  notAFile: { en: 'not a file: {file}', fi: 'ei ole tiedosto: {file}' },
  noSuchFile: { en: 'no such file: {file}', fi: 'tiedostoa ei ole: {file}' },
  badLang: { en: '--lang must be one of {choices}', fi: '--lang-valitsimen arvo on jokin näistä: {choices}' },
  badKind: { en: '--kind must be one of {choices} (got "{value}")', fi: '--kind-valitsimen arvo on jokin näistä: {choices} (annettu "{value}")' },
  badTimeout: { en: '--timeout takes a positive number of seconds', fi: '--timeout-valitsimelle annetaan positiivinen sekuntimäärä' },
  badSettle: { en: '--settle takes a number of milliseconds', fi: '--settle-valitsimelle annetaan millisekuntimäärä' },
  badPages: { en: '--pages takes a whole number from 0 to {max}', fi: '--pages-valitsimelle annetaan kokonaisluku 0–{max}' },
  badFormat: { en: '--format must be one of {choices} (got "{value}")', fi: '--format-valitsimen arvo on jokin näistä: {choices} (annettu "{value}")' },
  jsonAndFormat: { en: '--json is short for --format json: give one or the other', fi: '--json on lyhenne valitsimesta --format json: anna vain toinen' },
  batchAndTarget: { en: 'give either an address to audit or --batch FILE, not both', fi: 'anna joko auditoitava osoite tai --batch TIEDOSTO, ei molempia' },
  batchOnly: { en: '--shard goes with --batch FILE, --concurrency with --batch or --compare', fi: '--shard kuuluu valitsimen --batch TIEDOSTO kanssa, --concurrency valitsimen --batch tai --compare kanssa' },
  compareCount: { en: '--compare takes the site to audit and 1 to {max} competitors: polku --compare SITE RIVAL…', fi: '--compare ottaa auditoitavan sivuston ja 1–{max} kilpailijaa: polku --compare SIVUSTO KILPAILIJA…' },
  compareNeedsWeb: { en: '--compare tells sites apart by their web address; {url} has none', fi: '--compare erottaa sivustot niiden verkko-osoitteesta; osoitteella {url} sitä ei ole' },
  compareOwnFailed: { en: 'the site to compare could not be audited: {detail}', fi: 'verrattavaa sivustoa ei voitu auditoida: {detail}' },
  compareSkipped: { en: 'left out of the comparison: {url} ({detail})', fi: 'jätetty vertailun ulkopuolelle: {url} ({detail})' },
  badOut: { en: '--out takes a file name', fi: '--out-valitsimelle annetaan tiedoston nimi' },
  cannotWrite: { en: 'could not write {file}: {detail}', fi: 'tiedostoa {file} ei voitu kirjoittaa: {detail}' },
  badOption: { en: '{detail}', fi: 'tuntematon tai puutteellinen valitsin ({detail})' },
  notBuilt: { en: 'the {what} is not built ({file}). Run: npm run build', fi: '{what} puuttuu ({file}). Aja: npm run build' },
  what_scanner: { en: 'scanner', fi: 'Skanneri' },
  what_axe: { en: 'accessibility check', fi: 'Saavutettavuustarkistus' },
  what_reader: { en: 'key-page reader', fi: 'Avainsivujen lukija' },
  what_keyPages: { en: 'key-page fetch', fi: 'Avainsivujen haku' },
  noChromium: {
    en: 'Chromium was not found at {path}. Install it (Debian: apt-get install chromium) or set POLKU_CHROMIUM to its path.',
    fi: 'Chromiumia ei löytynyt polusta {path}. Asenna se (Debian: apt-get install chromium) tai anna sen polku muuttujassa POLKU_CHROMIUM.',
  },
  chromiumSlow: { en: 'Chromium did not start in {seconds} s', fi: 'Chromium ei käynnistynyt {seconds} sekunnissa' },
  chromiumFailed: { en: 'Chromium could not be started: {detail}', fi: 'Chromiumia ei voitu käynnistää: {detail}' },
  chromiumExited: { en: 'Chromium exited before it was ready ({detail})', fi: 'Chromium sulkeutui ennen kuin se oli valmis ({detail})' },
  scannerSilent: { en: 'the scanner got no answer from the page in {seconds} s: {hint}', fi: 'skanneri ei saanut sivulta vastausta {seconds} sekunnissa: {hint}' },
  scannerMalformed: { en: 'the page returned malformed facts: {detail}', fi: 'sivulta palasi virheellisiä tietoja: {detail}' },
  scriptThrew: { en: 'the {what} threw an error: {detail}', fi: '{what} kaatui virheeseen: {detail}' },
  gaveUp: {
    en: 'gave up after {seconds} s while {stage} (--timeout {timeout} covers the whole audit){hint}',
    fi: 'keskeytettiin {seconds} s:n jälkeen, vaihe: {stage} (--timeout {timeout} koskee koko auditointia){hint}',
  },
  // The batch list (--batch FILE) and the options that go with it (cli/batch/).
  batchTooLarge: { en: '{file} is too large for a batch list ({size} MB; at most {max} MB)', fi: '{file} on liian suuri eräajon listaksi ({size} Mt; enintään {max} Mt)' },
  batchEmpty: { en: '{file} lists no URLs (blank lines and lines starting with # are skipped)', fi: '{file} ei luettele yhtään osoitetta (tyhjät rivit ja #-merkillä alkavat rivit ohitetaan)' },
  batchTooMany: { en: '{file} lists more than {max} URLs; split it into smaller lists or share it out with --shard', fi: '{file} luettelee yli {max} osoitetta; jaa se pienempiin listoihin tai koneiden kesken --shard-valitsimella' },
  batchBadLines: { en: '{file} has lines that are not a URL, a host or a file:', fi: 'tiedostossa {file} on rivejä, jotka eivät ole osoite, palvelin tai tiedosto:' },
  batchLine: { en: 'line {line}: {detail}', fi: 'rivi {line}: {detail}' },
  batchMoreLines: { en: '… and {count} more', fi: '… ja {count} muuta' },
  batchLineTooLong: { en: 'longer than {max} characters', fi: 'yli {max} merkkiä pitkä' },
  batchOnePerLine: { en: 'give one URL, host or file per line', fi: 'anna yksi osoite, palvelin tai tiedosto riviä kohden' },
  badShard: { en: '--shard takes I/N, whole numbers with 1 ≤ I ≤ N ≤ {max} (got "{value}")', fi: '--shard-valitsimelle annetaan I/N, kokonaisluvut, joille 1 ≤ I ≤ N ≤ {max} (annettu "{value}")' },
  badConcurrency: { en: '--concurrency takes a whole number from 1 to {max} (got "{value}")', fi: '--concurrency-valitsimelle annetaan kokonaisluku 1–{max} (annettu "{value}")' },
  badFailUnder: { en: '--fail-under takes a score from 0 to 100 (got "{value}")', fi: '--fail-under-valitsimelle annetaan pistemäärä 0–100 (annettu "{value}")' },
  // Why Lighthouse did not give a report (shown after "Lighthouse failed after … s:").
  lh_notHttp: {
    en: 'not started: Lighthouse audits only http(s) addresses; serve the file (e.g. npx serve) and audit its address',
    fi: 'ei käynnistetty: Lighthouse auditoi vain http(s)-osoitteita; jaa tiedosto palvelimelta (esim. npx serve) ja auditoi sen osoite',
  },
  lh_noTime: {
    en: 'not started: {left} s of --timeout were left and Lighthouse needs at least {needed} s; give a longer --timeout',
    fi: 'ei käynnistetty: --timeout-aikaa oli jäljellä {left} s ja Lighthouse tarvitsee vähintään {needed} s; anna pidempi --timeout',
  },
  lh_timeout: {
    en: 'did not finish in the {left} s --timeout had left for it; give a longer --timeout',
    fi: 'ei valmistunut {left} sekunnissa, jotka --timeout jätti sille; anna pidempi --timeout',
  },
  lh_error: { en: '{detail}', fi: 'virhe: {detail}' },
  // The agency's brand file (--brand FILE); {problems} are the brand's own texts (i18n/brand.ts).
  brandMissing: { en: 'brand file not found: {file}', fi: 'brändin tiedostoa ei löydy: {file}' },
  brandTooBig: { en: 'brand file {file} is {size} KB; a brand file is at most {max} KB', fi: 'brändin tiedosto {file} on {size} kt; enintään {max} kt' },
  brandNotJson: { en: 'brand file {file} is not valid JSON: {detail}', fi: 'brändin tiedosto {file} ei ole kelvollista JSONia: {detail}' },
  brandNotJsonAt: {
    en: 'brand file {file} is not valid JSON (line {line}, column {column}): {detail}',
    fi: 'brändin tiedosto {file} ei ole kelvollista JSONia (rivi {line}, sarake {column}): {detail}',
  },
  brandUnknownField: {
    en: 'brand file {file}: unknown field "{field}" (the fields are {fields})',
    fi: 'brändin tiedosto {file}: tuntematon kenttä "{field}" (kentät ovat {fields})',
  },
  brandInvalid: { en: 'brand file {file}: {problems}', fi: 'brändin tiedosto {file}: {problems}' },
  brandLogoMissing: { en: 'brand file {file}: logo file not found: {logo}', fi: 'brändin tiedosto {file}: logotiedostoa ei löydy: {logo}' },
  brandLogoTooBig: {
    en: 'brand file {file}: the logo {logo} is {size} KB; the limit is {max} KB',
    fi: 'brändin tiedosto {file}: logo {logo} on {size} kt; enintään {max} kt',
  },
  brandLogoType: {
    en: 'brand file {file}: the logo {logo} is not a PNG, JPEG or WebP image (judged by its contents, not its name)',
    fi: 'brändin tiedosto {file}: logo {logo} ei ole PNG-, JPEG- tai WebP-kuva (sisällön, ei nimen perusteella)',
  },
  brandLogoRemote: {
    en: 'brand file {file}: "logo" takes a path to a PNG, JPEG or WebP file or a data: URL, not a web address',
    fi: 'brändin tiedosto {file}: "logo" on polku PNG-, JPEG- tai WebP-tiedostoon tai data:-osoite, ei verkko-osoite',
  },
} satisfies Record<string, Text>;

export type CliErrorKey = keyof typeof CLI_ERROR_TEXTS;
