// The report as Markdown, for a ticket, a wiki or an e-mail. Every text is escaped (report/escape.ts):
// page text can never become a heading, a link, an image or raw HTML.
import { paragraphsOf } from '../brand/plain-text';
import type { Locale } from '../engine/rule';
import type { Comparison, ScoreRow } from '../history/compare';
import type { HistoryDelta } from '../history/delta';
import { historyText, painPointTitle, signedChange } from '../i18n/history';
import { scanTime, ui } from '../i18n/translate';
import { ASSET_NAMES, STAGE_NAMES } from '../i18n/ui';
import { rt } from '../i18n/report';
import { shortUrl } from '../i18n/describe';
import type { ReportDocument } from './document';
import { journeyMap } from './journey-map';
import { mdCode, mdText } from './escape';
import { coverRows, evidencePage, foundationGroups, painItems, pageRows } from './sections';

export function renderMarkdown(doc: ReportDocument): string {
  const { report, brand } = doc;
  const locale = report.locale;
  const out: string[] = [];
  out.push(`# ${mdText(rt(locale, 'title'))}`, '');
  if (brand) out.push(mdText(rt(locale, 'preparedBy', { name: brand.name }) + (brand.contact ? ` · ${brand.contact}` : '')), '');
  out.push(`- **${mdText(rt(locale, 'auditedPage'))}:** ${mdText(report.url)}`);
  for (const row of coverRows(report)) out.push(`- **${mdText(row.label)}:** ${mdText(row.value)}`);
  out.push('');
  if (brand?.intro) out.push(...paragraphsOf(brand.intro).map((p) => `${mdText(p)}\n`));
  if (!report.complete) out.push(`> ⚠ ${mdText(rt(locale, 'incomplete'))}`, '');

  out.push(`## ${mdText(rt(locale, 'stageScores'))}`, '');
  out.push(`| ${mdText(rt(locale, 'overall'))} | ${report.overall ?? '–'} / 100 |`, '|---|---|');
  for (const stage of report.stages) out.push(`| ${mdText(stage.name)} | ${stage.score ?? mdText(rt(locale, 'notAssessed'))} |`);
  out.push('');

  if (doc.changes) out.push(...changesLines(doc.changes, locale));

  out.push(`## ${mdText(rt(locale, 'mapTitle'))}`, '', mdText(rt(locale, 'mapHint')), '');
  for (const column of journeyMap(report)) {
    out.push(`### ${mdText(column.name)} (${column.score ?? '–'})`, '');
    for (const card of column.cards) {
      const where = card.page !== report.url ? ` (${mdText(rt(locale, 'foundOn', { page: shortUrl(card.page) }))})` : '';
      out.push(`- ✓ **${mdText(ASSET_NAMES[card.asset][locale])}:** ${mdText(card.detail)}${where}`);
    }
    for (const asset of column.holes) out.push(`- ✗ **${mdText(ASSET_NAMES[asset][locale])}:** ${mdText(rt(locale, 'hole'))}`);
    if (column.notApplicable.length > 0) {
      out.push(`- ${mdText(rt(locale, 'notExpected', { names: column.notApplicable.map((a) => ASSET_NAMES[a][locale]).join(', ') }))}`);
    }
    out.push('');
  }

  out.push(`## ${mdText(rt(locale, 'painTitle'))}`, '');
  const pains = painItems(report);
  out.push(mdText(rt(locale, pains.length === 0 ? 'noPainPoints' : 'painHint')), '');
  pains.forEach((item, i) => {
    out.push(`${i + 1}. **${mdText(item.title)}** · ${mdText(item.stageName)} · ${mdText(item.cost || item.outcomeText)}`);
    out.push(`   ${mdText(item.message)}`);
    for (const ev of item.evidence) {
      const page = evidencePage(report, ev);
      const parts = [ev.text ? mdText(`“${ev.text}”`) : '', ev.url ? mdCode(ev.url) : '', ev.selector ? mdCode(ev.selector) : '', page ? mdText(rt(locale, 'foundOn', { page })) : ''];
      out.push(`   - ${mdText(rt(locale, 'evidence'))}: ${parts.filter(Boolean).join(' ')}`);
    }
    if (item.fix) out.push(`   - **${mdText(rt(locale, 'fix'))}:** ${mdText(item.fix)}`);
  });
  out.push('');

  if (doc.comparison && doc.comparison.sites.length > 1) out.push(...comparisonLines(doc.comparison, locale));

  out.push(`## ${mdText(rt(locale, 'foundationTitle'))}`, '');
  for (const group of foundationGroups(report)) {
    out.push(`### ${mdText(group.name)} (${group.score ?? '–'})`, '');
    for (const check of group.checks) out.push(`- ${mdText(check.outcome)}: **${mdText(check.title)}** — ${mdText(check.message)}`);
    out.push('');
  }

  out.push(`## ${mdText(rt(locale, 'pagesTitle'))}`, '');
  out.push(`| ${mdText(rt(locale, 'role'))} | ${mdText(rt(locale, 'page'))} | ${mdText(rt(locale, 'outcome'))} |`, '|---|---|---|');
  for (const row of pageRows(report)) out.push(`| ${mdText(row.role)} | ${mdCode(row.url).replace(/\|/g, '\\|')} | ${mdText(row.outcome)} |`);
  out.push('', `_${mdText(rt(locale, 'colophon', { version: report.tool.version }))}_`, '');
  return out.join('\n');
}

function changesLines(delta: HistoryDelta, locale: Locale): string[] {
  const out = [`## ${mdText(historyText(locale, 'changesSince', { date: scanTime(locale, delta.since) }))}`, ''];
  const score = (n: number | null) => (n === null ? '–' : String(n));
  out.push(`| | | | |`, '|---|---|---|---|');
  out.push(`| ${mdText(ui(locale, 'overall'))} | ${score(delta.overall.before)} | ${score(delta.overall.now)} | ${signedChange(delta.overall.change)} |`);
  for (const stage of delta.stages) out.push(`| ${mdText(STAGE_NAMES[stage.id][locale])} | ${score(stage.before)} | ${score(stage.now)} | ${signedChange(stage.change)} |`);
  out.push('');
  for (const [key, points] of [['fixed', delta.fixed], ['added', delta.added]] as const) {
    if (points.length === 0) continue;
    out.push(`**${mdText(historyText(locale, key, { count: points.length }))}**`, '');
    for (const p of points) out.push(`- ${mdText(painPointTitle(locale, p))} · ${mdText(STAGE_NAMES[p.stage][locale])}`);
    out.push('');
  }
  return out;
}

function comparisonLines(comparison: Comparison, locale: Locale): string[] {
  const [self] = comparison.sites;
  const name = (site: string) => (site === self ? historyText(locale, 'thisSite') : site);
  const cell = (row: ScoreRow) => row.scores.map((s) => `${s.score ?? '–'}${row.best.includes(s.site) ? ' ★' : ''}`).join(' | ');
  const out = [`## ${mdText(historyText(locale, 'competitors'))}`, '', mdText(rt(locale, 'comparisonHint')), ''];
  out.push(`| ${mdText(historyText(locale, 'stage'))} | ${comparison.sites.map((s) => mdText(name(s))).join(' | ')} |`, `|---|${comparison.sites.map(() => '---').join('|')}|`);
  out.push(`| ${mdText(ui(locale, 'overall'))} | ${cell(comparison.overall)} |`);
  for (const stage of comparison.stages) out.push(`| ${mdText(STAGE_NAMES[stage.id][locale])} | ${cell(stage)} |`);
  out.push('');
  for (const stage of comparison.stages.filter((s) => s.missing.length > 0)) {
    const assets = stage.missing.map((m) => historyText(locale, 'assetAt', { asset: ASSET_NAMES[m.asset][locale], sites: m.haveIt.join(', ') })).join('; ');
    out.push(`- **${mdText(STAGE_NAMES[stage.id][locale])}:** ${mdText(historyText(locale, 'othersHave', { assets }))}`);
  }
  out.push('');
  return out;
}
