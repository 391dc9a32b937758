// Texts of the audit history and the competitor comparison (popup), and how a saved audit's pain
// point and date read. Snapshots keep ids only; this renders them in the language of the moment.
import type { Locale, MessageData, Text } from '../engine/rule';
import type { SnapshotPainPoint } from '../history/snapshot';
import { findingTitleId, format, message } from './translate';

export const HISTORY_TEXTS = {
  changesSince: { en: 'Changes since {date}', fi: 'Muutokset edellisestä auditoinnista ({date})' },
  firstAudit: { en: 'First saved audit of this site: the next one will show what changed.', fi: 'Sivuston ensimmäinen tallennettu auditointi: seuraava näyttää, mikä muuttui.' },
  unchangedStages: { en: 'Unchanged: {names}', fi: 'Ennallaan: {names}' },
  fixed: { en: 'Fixed ({count})', fi: 'Korjattu ({count})' },
  added: { en: 'New ({count})', fi: 'Uudet ({count})' },
  noPainPointChanges: { en: 'No pain points fixed or added.', fi: 'Ei korjattuja eikä uusia kipupisteitä.' },
  previousIncomplete: { en: 'One of the two audits was incomplete: part of the change may come from checks that could not run.', fi: 'Toinen auditoinneista jäi kesken: osa muutoksesta voi johtua tarkistuksista, joita ei voitu tehdä.' },
  droppedEntries: { en: '{count} saved audits could not be read and were removed.', fi: '{count} tallennettua auditointia ei voitu lukea, ja ne poistettiin.' },
  competitors: { en: 'Competitors', fi: 'Kilpailijat' },
  addCompetitor: { en: 'Add a competitor', fi: 'Lisää kilpailija' },
  chooseSite: { en: 'Choose a saved site…', fi: 'Valitse tallennettu sivusto…' },
  auditedOn: { en: '{site} (audited {date})', fi: '{site} (auditoitu {date})' },
  removeCompetitor: { en: 'Remove {site}', fi: 'Poista {site}' },
  competitorsFull: { en: 'Up to {max} competitors at a time.', fi: 'Enintään {max} kilpailijaa kerrallaan.' },
  noSavedSites: { en: 'Audit other sites to compare them here: every finished audit is saved in this browser.', fi: 'Auditoi muita sivustoja, niin voit verrata niitä tässä: jokainen valmis auditointi tallennetaan tähän selaimeen.' },
  stage: { en: 'Stage', fi: 'Vaihe' },
  thisSite: { en: 'this site', fi: 'tämä sivusto' },
  best: { en: 'best', fi: 'paras' },
  othersHave: { en: 'Others have, this site lacks: {assets}', fi: 'Muilla on, tältä puuttuu: {assets}' },
  assetAt: { en: '{asset} ({sites})', fi: '{asset} ({sites})' },
} satisfies Record<string, Text>;

export type HistoryTextKey = keyof typeof HISTORY_TEXTS;

export function historyText(locale: Locale, key: HistoryTextKey, data?: MessageData): string {
  return format(HISTORY_TEXTS[key][locale], data);
}

/** A saved pain point's heading, as the popup showed it when it was found. */
export function painPointTitle(locale: Locale, point: SnapshotPainPoint): string {
  return message(locale, findingTitleId({ ruleId: point.rule, outcome: point.outcome, messageId: point.messageId ?? `${point.rule}/` }));
}

/** A score change with its sign: "+5", "−3" (a real minus), "±0"; "–" when either side was not scored. */
export function signedChange(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return '±0';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** The day of an audit in the language's own format ("4.12.2026", "4 Dec 2026"). */
export function auditDay(locale: Locale, ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'medium', timeZone }).format(ms);
}
