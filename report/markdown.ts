// The report as Markdown, for a ticket, a wiki or an e-mail. Every text is escaped (report/escape.ts):
// page text can never become a heading, a link, an image or raw HTML.
import { ASSET_NAMES } from '../i18n/ui';
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
  if (brand?.intro) out.push(...brand.intro.split(/\n{2,}/).map((p) => `${mdText(p)}\n`));
  if (!report.complete) out.push(`> ⚠ ${mdText(rt(locale, 'incomplete'))}`, '');

  out.push(`## ${mdText(rt(locale, 'stageScores'))}`, '');
  out.push(`| ${mdText(rt(locale, 'overall'))} | ${report.overall ?? '–'} / 100 |`, '|---|---|');
  for (const stage of report.stages) out.push(`| ${mdText(stage.name)} | ${stage.score ?? mdText(rt(locale, 'notAssessed'))} |`);
  out.push('');

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
