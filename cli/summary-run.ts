// The summary's lines about how the audit ran: the device, Lighthouse's results, the timings.
import type { ReportJson } from '../engine/report-json';
import { PHASES } from '../engine/timings';
import { cliText } from '../i18n/cli';
import { cliErrorText } from './cli-error';

import type { Locale } from '../engine/rule';

/** A number in the locale's own decimal mark ("6,3" in Finnish). */
const decimal = (locale: Locale, n: number, digits: number) =>
  new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
const secondsIn = (locale: Locale) => (ms: number | null) => (ms === null ? '–' : decimal(locale, ms / 1000, 1));

export function deviceLine(json: ReportJson): string {
  const { kind, width, height } = json.device;
  return cliText(json.locale, kind === 'mobile' ? 'device_mobile' : 'device_desktop', { width, height });
}

export function lighthouseLines(json: ReportJson): string[] {
  const lh = json.lighthouse;
  if (!lh) return [];
  const locale = json.locale;
  const seconds = secondsIn(locale);
  const preset = cliText(locale, lh.preset === 'mobile' ? 'preset_mobile' : 'preset_desktop');
  if (lh.status === 'failed') {
    const reason = lh.reasonId ? cliErrorText(locale, `lh_${lh.reasonId}`, lh.reasonData) : lh.reason;
    return [cliText(locale, 'lighthouseFailed', { preset, seconds: seconds(lh.ms), reason })];
  }
  const t = lh.throttling;
  const throttling = cliText(locale, `throttling_${t.method}`, { rtt: Math.round(t.rttMs), mbps: decimal(locale, t.throughputKbps / 1024, 1), cpu: t.cpuSlowdown });
  const score = (n: number | null) => (n === null ? '–' : n);
  const m = lh.metrics;
  return [
    cliText(locale, 'lighthouse', { version: lh.version, preset, throttling, seconds: seconds(lh.ms) }),
    `  ${cliText(locale, 'lighthouseScores', { performance: score(lh.scores.performance), accessibility: score(lh.scores.accessibility), bestPractices: score(lh.scores.bestPractices), seo: score(lh.scores.seo) })}`,
    `  ${cliText(locale, 'lighthouseMetrics', { lcp: seconds(m.lcp), tbt: m.tbt === null ? '–' : Math.round(m.tbt), cls: m.cls === null ? '–' : decimal(locale, m.cls, 2), speedIndex: seconds(m.speedIndex), fcp: seconds(m.fcp) })}`,
  ];
}

/** One line: the total and each phase that ran. */
export function timingsLine(json: ReportJson): string {
  const { totalMs, phases } = json.timings;
  const seconds = secondsIn(json.locale);
  const parts = PHASES.filter((p) => phases[p] !== null).map((p) => `${cliText(json.locale, `phase_${p}`)} ${seconds(phases[p])} s`);
  return cliText(json.locale, 'timings', { total: seconds(totalMs), phases: parts.join(', ') });
}
