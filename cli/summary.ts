// The CLI's readable summary: scores as bars, pain points ranked with their fix, what was found.
import { A11Y_IMPACTS } from '../engine/accessibility';
import type { ReportJson } from '../engine/report-json';
import { DEFAULT_CONFIG } from '../engine/config';
import { ASSET_NAMES } from '../i18n/ui';
import { describeDetection, shortUrl } from '../i18n/describe';
import { pageOutcome, ROLE_NAMES } from '../i18n/site';
import { incompleteReasons } from '../i18n/incomplete';
import { points, scanTime, ui } from '../i18n/translate';
import { kindLine, kindUi } from '../i18n/site-kind';
import { deviceLine, lighthouseLines, timingsLine } from './summary-run';

const BAR = 20;

function bar(score: number | null): string {
  if (score === null) return '·'.repeat(BAR);
  const filled = Math.round((score / 100) * BAR);
  return '█'.repeat(filled) + '░'.repeat(BAR - filled);
}

/** `maxPainPoints` limits the list (with a line saying how many more); by default every pain point is listed. */
export function formatSummary(json: ReportJson, maxPainPoints = Infinity): string {
  const locale = json.locale;
  const lines: string[] = [];
  lines.push(`Polku · ${json.url}`, ui(locale, 'scannedAt', { time: scanTime(locale, Date.parse(json.scannedAt)) }), deviceLine(json));
  lines.push(`${ui(locale, 'overall')}: ${json.overall ?? '–'}/100${json.complete ? '' : ` (⚠ ${ui(locale, 'incompleteStage')})`}`);
  lines.push(kindLine(locale, json.siteKind), '');
  const width = Math.max(...json.stages.map((s) => s.name.length));
  for (const stage of json.stages) {
    const mark = stage.unchecked.length > 0 ? `  ⚠ ${ui(locale, 'incompleteStage')}` : '';
    lines.push(`  ${stage.name.padEnd(width)}  ${bar(stage.score)}  ${stage.score === null ? ui(locale, 'notAssessed') : String(stage.score).padStart(3)}${mark}`);
    if (stage.groups.length > 0) lines.push(`    ${stage.groups.map((g) => `${g.name} ${g.score ?? '–'}`).join(' · ')}`);
  }
  const lighthouse = lighthouseLines(json);
  if (lighthouse.length > 0) lines.push('', ...lighthouse);
  const a11y = accessibilityLine(json);
  if (a11y) lines.push('', a11y);
  lines.push('', `${ui(locale, 'painPoints')}:`);
  if (json.painPoints.length === 0) lines.push(`  ${ui(locale, 'noPainPoints')}`);
  const stageName = new Map(json.stages.map((s) => [s.id, s.name]));
  const shown = json.painPoints.slice(0, maxPainPoints);
  // Numbers right-aligned, so that the message and fix of item 10 line up with those of item 9.
  const digits = String(shown.length).length;
  const indent = ' '.repeat(digits + 4);
  shown.forEach((p, i) => {
    const cost = p.overallCost > 0 ? `  ${ui(locale, 'costPoints', { cost: points(locale, p.overallCost) })}` : '';
    lines.push(`  ${String(i + 1).padStart(digits)}. ${p.title} [${stageName.get(p.stage)}]${cost}`);
    lines.push(`${indent}${p.message}`);
    if (p.outcome === 'fail') lines.push(`${indent}${ui(locale, 'fix')}: ${p.fix}`);
  });
  if (json.painPoints.length > maxPainPoints) lines.push(`  ${ui(locale, 'morePainPoints', { count: json.painPoints.length - maxPainPoints })}`);
  lines.push('', `${ui(locale, 'found')}:`);
  for (const stage of json.stages) {
    const assets = DEFAULT_CONFIG[stage.id].assets;
    if (assets.length === 0) continue;
    lines.push(`  ${stage.name}:`);
    for (const id of assets) {
      // Missing but not expected of this kind of site: not applicable, never reported as missing.
      const notApplicable = json.assets[id].present === 'none' && json.siteKind.assetsNotApplicable.includes(id);
      lines.push(`    ${ASSET_NAMES[id][locale]}: ${notApplicable ? `– ${kindUi(locale, 'notApplicable')}` : describeDetection(locale, json.assets[id])}`);
    }
  }
  if (json.pages.length > 1) {
    lines.push('', `${ui(locale, 'pagesRead')} (${ui(locale, 'pagesReadCount', { read: json.pages.filter((p) => p.read).length, total: json.pages.length })}):`);
    for (const page of json.pages) lines.push(`  ${ROLE_NAMES[page.role][locale]}: ${shortUrl(page.url)}${page.role === 'start' ? '' : ` — ${pageOutcome(page, locale)}`}`);
  }
  const reasons = incompleteReasons(locale, {
    incomplete: !json.complete,
    errors: json.errors,
    scan: json.scan,
    unchecked: json.stages.reduce((sum, stage) => sum + stage.unchecked.length, 0),
  });
  if (reasons.length > 0) lines.push('', `⚠ ${ui(locale, 'incompleteTitle')}:`, ...reasons.map((line) => `  ${line}`));
  lines.push('', timingsLine(json));
  return lines.join('\n');
}

const IMPACT_KEYS = { critical: 'a11yCritical', serious: 'a11ySerious', moderate: 'a11yModerate', minor: 'a11yMinor' } as const;

/** Violated axe rules by their worst impact ("2 critical, 1 serious"), and rules that never ran. */
function accessibilityLine(json: ReportJson): string | null {
  const a11y = json.accessibility;
  if (!a11y) return null;
  const worst = new Map<string, (typeof A11Y_IMPACTS)[number]>();
  for (const v of a11y.violations) {
    const seen = worst.get(v.id);
    if (!seen || A11Y_IMPACTS.indexOf(v.impact) < A11Y_IMPACTS.indexOf(seen)) worst.set(v.id, v.impact);
  }
  const counts = A11Y_IMPACTS.map((impact) => [impact, [...worst.values()].filter((i) => i === impact).length] as const)
    .filter(([, n]) => n > 0)
    .map(([impact, n]) => ui(json.locale, IMPACT_KEYS[impact], { n }));
  if (counts.length === 0) counts.push(ui(json.locale, 'a11yNone'));
  if (a11y.rulesNotRun.length > 0) counts.push(ui(json.locale, 'a11yNotRun', { n: a11y.rulesNotRun.length }));
  return ui(json.locale, 'a11ySummary', { counts: counts.join(', ') });
}
