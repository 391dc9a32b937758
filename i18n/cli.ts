// Texts about the command line: what it prints of the device, Lighthouse and timings, and the
// popup's pointer to it.
import type { MessageData, Locale, Text } from '../engine/rule';
import { format } from './translate';

export const CLI_TEXTS = {
  device_mobile: { en: 'Device: phone, {width} × {height} (touch); --desktop audits as a desktop', fi: 'Laite: puhelin, {width} × {height} (kosketus); --desktop auditoi pöytäkoneena' },
  device_desktop: { en: 'Device: desktop, {width} × {height}', fi: 'Laite: pöytäkone, {width} × {height}' },
  lighthouse: { en: 'Lighthouse {version} ({preset}; {throttling}), {seconds} s:', fi: 'Lighthouse {version} ({preset}; {throttling}), {seconds} s:' },
  lighthouseFailed: { en: 'Lighthouse ({preset}) failed after {seconds} s: {reason}', fi: 'Lighthouse ({preset}) epäonnistui {seconds} s:n jälkeen: {reason}' },
  preset_mobile: { en: 'mobile', fi: 'mobiili' },
  preset_desktop: { en: 'desktop', fi: 'pöytäkone' },
  throttling_simulate: { en: 'simulated throttling: {rtt} ms round trip, {mbps} Mbit/s, CPU {cpu}× slower', fi: 'simuloitu hidastus: {rtt} ms:n viive, {mbps} Mbit/s, suoritin {cpu}× hitaampi' },
  throttling_devtools: { en: 'DevTools throttling: {rtt} ms latency, {mbps} Mbit/s, CPU {cpu}× slower', fi: 'DevTools-hidastus: {rtt} ms:n viive, {mbps} Mbit/s, suoritin {cpu}× hitaampi' },
  throttling_provided: { en: 'no throttling', fi: 'ei hidastusta' },
  lighthouseScores: {
    en: 'Performance {performance} · Accessibility {accessibility} · Best practices {bestPractices} · SEO {seo}',
    fi: 'Suorituskyky {performance} · Saavutettavuus {accessibility} · Hyvät käytännöt {bestPractices} · SEO {seo}',
  },
  lighthouseMetrics: { en: 'LCP {lcp} s · TBT {tbt} ms · CLS {cls} · Speed Index {speedIndex} s · FCP {fcp} s', fi: 'LCP {lcp} s · TBT {tbt} ms · CLS {cls} · Speed Index {speedIndex} s · FCP {fcp} s' },
  timings: { en: 'Time: {total} s in all ({phases})', fi: 'Aika: yhteensä {total} s ({phases})' },
  phase_scan: { en: 'scan', fi: 'skannaus' },
  phase_keyPages: { en: 'key pages', fi: 'avainsivut' },
  phase_axe: { en: 'axe', fi: 'axe' },
  phase_rules: { en: 'rules', fi: 'säännöt' },
  phase_lighthouse: { en: 'Lighthouse', fi: 'Lighthouse' },
  // Progress and status on stderr (cli/main.ts, cli/deadline.ts, cli/load-page.ts).
  auditing: { en: 'Auditing {url} …', fi: 'Auditoidaan {url} …' },
  reportWritten: { en: 'Report written: {file}', fi: 'Raportti tallennettu: {file}' },
  stage_starting: { en: 'starting', fi: 'aloitus' },
  stage_chromium: { en: 'starting Chromium', fi: 'Chromiumin käynnistys' },
  stage_loading: { en: 'loading {url}', fi: 'sivun {url} lataus' },
  stage_settle: { en: 'waiting for the page to settle', fi: 'sivun asettumisen odotus' },
  stage_scan: { en: 'scanning the page', fi: 'sivun skannaus' },
  stage_checks: { en: 'checking accessibility and reading key pages', fi: 'saavutettavuuden tarkistus ja avainsivujen luku' },
  stage_lighthouse: { en: 'running Lighthouse', fi: 'Lighthouse-ajo' },
  stage_report: { en: 'writing the report', fi: 'raportin kirjoitus' },
  hint_notLoaded: { en: 'the page did not finish loading', fi: 'sivu ei latautunut loppuun' },
  hint_busy: { en: 'the page’s own scripts may be keeping it too busy to answer', fi: 'sivun omat skriptit voivat pitää sen liian kiireisenä vastaamaan' },
  load_timeout: { en: '{url} did not finish loading in {seconds} s', fi: '{url} ei latautunut {seconds} sekunnissa' },
  load_failed: { en: 'Could not open {url}: {reason}', fi: 'Sivua {url} ei voitu avata: {reason}' },
  load_httpError: { en: '{url} answered HTTP {status}: there is no page to audit', fi: '{url} vastasi HTTP {status}: auditoitavaa sivua ei ole' },
  load_notHtml: { en: '{url} is not an HTML page ({type})', fi: '{url} ei ole HTML-sivu ({type})' },
  net_unresolved: { en: 'the host name could not be resolved', fi: 'palvelimen nimeä ei löytynyt' },
  net_refused: { en: 'the server refused the connection', fi: 'palvelin torjui yhteyden' },
  net_closed: { en: 'the server closed the connection', fi: 'palvelin katkaisi yhteyden' },
  net_offline: { en: 'there is no network connection', fi: 'verkkoyhteyttä ei ole' },
  net_certificate: { en: 'the site’s TLS certificate is not valid', fi: 'sivuston TLS-varmenne ei ole kelvollinen' },
  net_redirectLoop: { en: 'the site redirects in a loop', fi: 'sivusto ohjaa kehässä' },
  net_unsafePort: { en: 'browsers refuse to open that port', fi: 'selaimet eivät avaa sitä porttia' },
  net_noFile: { en: 'the file does not exist', fi: 'tiedostoa ei ole' },
  net_download: { en: 'it is a download, not a web page', fi: 'se on ladattava tiedosto eikä verkkosivu' },
  // The popup's pointer to the deep audit (components/DeepAuditHint.tsx).
  deepAudit_title: { en: 'Deep audit with Lighthouse', fi: 'Syväauditointi Lighthousella' },
  deepAudit_body: {
    en: 'Lighthouse’s lab tests of speed, accessibility, SEO and best practices cannot run inside a browser extension. Run them from the command line, in Polku’s folder:',
    fi: 'Lighthousen laboratoriotestit nopeudesta, saavutettavuudesta, hakukonenäkyvyydestä ja hyvistä käytännöistä eivät toimi selainlaajennuksen sisällä. Aja ne komentoriviltä Polun kansiossa:',
  },
  deepAudit_copy: { en: 'Copy command', fi: 'Kopioi komento' },
  deepAudit_copied: { en: 'Copied', fi: 'Kopioitu' },
  deepAudit_copyFailed: { en: 'Could not copy: select the command and copy it by hand.', fi: 'Kopiointi ei onnistunut: valitse komento ja kopioi se itse.' },
} satisfies Record<string, Text>;

export type CliTextKey = keyof typeof CLI_TEXTS;

export function cliText(locale: Locale, key: CliTextKey, data?: MessageData): string {
  return format(CLI_TEXTS[key][locale], data);
}
