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
