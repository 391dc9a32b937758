// Texts of the batch CLI (--batch): its progress on stderr, its notes about the list and the headers of
// its summary table. Usage errors live with the others in i18n/cli-errors.ts.
import type { Locale, MessageData, Text } from '../engine/rule';
import { format } from './translate';

export const BATCH_TEXTS = {
  // Plain lines, one per finished site, when stderr is not a terminal.
  siteOk: { en: '[{done}/{total}] ok {score} {url}', fi: '[{done}/{total}] valmis {score} {url}' },
  siteFailed: { en: '[{done}/{total}] failed {url}: {error}', fi: '[{done}/{total}] epäonnistui {url}: {error}' },
  // The line redrawn in place on a terminal.
  barFailed: { en: '{failed} failed', fi: '{failed} epäonnistui' },
  barEta: { en: 'about {eta} left', fi: 'noin {eta} jäljellä' },
  barMore: { en: '(+{count})', fi: '(+{count})' },
  finished: { en: 'Audited {done} of {total} sites in {elapsed}; {failed} failed', fi: 'Auditoitu {done}/{total} sivustoa ajassa {elapsed}; {failed} epäonnistui' },
  duplicate: { en: 'line {line}: {url} is already on line {firstLine}; it is audited once', fi: 'rivi {line}: {url} on jo rivillä {firstLine}; se auditoidaan kerran' },
  notStarted: { en: 'not started: the batch was stopped', fi: 'ei aloitettu: eräajo keskeytettiin' },
  // The summary table.
  summaryTitle: { en: 'Purchase journey audits, {date}', fi: 'Ostopolun auditoinnit {date}' },
  col_site: { en: 'Site', fi: 'Sivusto' },
  col_overall: { en: 'Overall', fi: 'Kokonaisuus' },
  col_complete: { en: 'Complete', fi: 'Täydellinen' },
  col_error: { en: 'Error', fi: 'Virhe' },
  yes: { en: 'yes', fi: 'kyllä' },
  no: { en: 'no', fi: 'ei' },
} satisfies Record<string, Text>;

export type BatchTextKey = keyof typeof BATCH_TEXTS;

export function batchText(locale: Locale, key: BatchTextKey, data?: MessageData): string {
  return format(BATCH_TEXTS[key][locale], data);
}
