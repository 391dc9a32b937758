// The batch summary as a page of its own (--format html or pdf): each site's scores, linked to its report.
import { STAGE_IDS } from '../../engine/config';
import type { Locale } from '../../engine/rule';
import { batchText } from '../../i18n/batch';
import { rt } from '../../i18n/report';
import { STAGE_NAMES } from '../../i18n/ui';
import { escapeHtml, htmlPage } from '../../report/html';
import { shortUrl } from '../../i18n/describe';
import type { BatchSummary } from './summary-table';

/** `files`: each site's report file name in the same folder (ours, made of [a-z0-9.-] only), or null. */
export function summaryHtml(summary: BatchSummary, files: readonly (string | null)[], title: string, version: string): string {
  const locale: Locale = summary.locale;
  const head = [batchText(locale, 'col_site'), batchText(locale, 'col_overall'), ...STAGE_IDS.map((id) => STAGE_NAMES[id][locale]), batchText(locale, 'col_complete'), batchText(locale, 'col_error')];
  const score = (n: number | null) => (n === null ? '–' : String(n));
  const rows = summary.sites.map((site, i) => {
    const file = files[i];
    const shown = escapeHtml(shortUrl(site.url));
    const name = file ? `<a href="${escapeHtml(file)}" title="${escapeHtml(site.url)}">${shown}</a>` : `<span title="${escapeHtml(site.url)}">${shown}</span>`;
    const complete = site.complete === null ? '' : batchText(locale, site.complete ? 'yes' : 'no');
    const cells = [name, score(site.overall), ...STAGE_IDS.map((id) => score(site.stages[id])), escapeHtml(complete), escapeHtml(site.error ?? '')];
    return `<tr>${cells.map((c, k) => `<td${k === 0 ? ' class="url"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const body = [
    `<article class="report batch-summary"><section class="pages"><h1>${escapeHtml(title)}</h1>`,
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<p class="colophon">${escapeHtml(rt(locale, 'colophon', { version }))}</p>`,
    '</section></article>',
  ].join('\n');
  return htmlPage(locale, title, body);
}
