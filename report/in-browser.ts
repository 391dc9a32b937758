// The report JSON of an audit made in the extension: the same as the CLI's, with the device the tab
// was measured at and the scan's own timings (the popup runs no separate phases to time).
import { runAudit } from '../engine/audit';
import { DEFAULT_CONFIG } from '../engine/config';
import type { Facts } from '../engine/facts';
import { toReportJson, type ReportJson } from '../engine/report-json';
import type { Locale } from '../engine/rule';
import type { SiteKindId } from '../engine/site-kind';
import { PhaseTimer } from '../engine/timings';
import { reportRenderer } from '../i18n/translate';
import { RULES } from '../rules';

/** Narrower windows are phones (the CLI's phone is 360 px wide). */
const MOBILE_MAX_WIDTH = 700;

export function reportJsonOfFacts(facts: Facts, kind: SiteKindId | null, locale: Locale, version: string): ReportJson {
  const body = toReportJson(facts, runAudit(facts, RULES, DEFAULT_CONFIG, { kind }), locale, reportRenderer(locale), version);
  const viewport = facts.mobile?.viewport;
  const device = viewport
    ? { kind: viewport.width <= MOBILE_MAX_WIDTH ? ('mobile' as const) : ('desktop' as const), width: Math.max(1, Math.round(viewport.width)), height: Math.max(1, Math.round(viewport.height)) }
    : { kind: 'desktop' as const, width: 1280, height: 800 };
  const scanMs = facts.scan?.ms ?? 0;
  return { ...body, device, timings: new PhaseTimer().toJson(scanMs + (facts.site?.ms ?? 0), facts.scan) };
}
