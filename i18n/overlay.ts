// Texts of the evidence overlay in the popup: the buttons that outline evidence on the page, and
// what they found there.
import type { Locale, MessageData, Text } from '../engine/rule';
import type { OverlayOutcome } from '../overlay/outcome';
import { format } from './translate';

export const OVERLAY_TEXTS = {
  showOnPage: { en: 'Show on page', fi: 'Näytä sivulla' },
  showAll: { en: 'Show all on page', fi: 'Näytä kaikki sivulla' },
  showAllHint: { en: 'Outline every touchpoint of this stage found on the audited page', fi: 'Korosta kaikki tämän vaiheen kohdat, jotka löytyivät auditoidulta sivulta' },
  showing: { en: 'Looking…', fi: 'Etsitään…' },
  shownOne: { en: 'Outlined on the page.', fi: 'Korostettu sivulla.' },
  hiddenOne: { en: 'On the page but hidden now (a closed menu or tab?).', fi: 'Sivulla, mutta nyt piilossa (suljettu valikko tai välilehti?).' },
  missingOne: { en: 'Not found on the page any more; it may have changed since the audit.', fi: 'Ei enää löydy sivulta; sivu on voinut muuttua auditoinnin jälkeen.' },
  shownSome: { en: 'Outlined {shown} of {total} on the page', fi: 'Korostettu sivulla {shown}/{total}' },
  hiddenSome: { en: '{count} hidden now', fi: '{count} nyt piilossa' },
  missingSome: { en: '{count} not found', fi: '{count} ei löydy' },
  failed: { en: 'Could not reach the page. Is the tab still open on the audited page?', fi: 'Sivulle ei päästy. Onko välilehti yhä auki auditoidulla sivulla?' },
} satisfies Record<string, Text>;

export type OverlayTextKey = keyof typeof OVERLAY_TEXTS;

export function overlayUi(locale: Locale, key: OverlayTextKey, data?: MessageData): string {
  return format(OVERLAY_TEXTS[key][locale], data);
}

/** One line on what a request outlined: for one element its fate, for several the counts. */
export function describeOutcome(locale: Locale, outcome: OverlayOutcome): string {
  if (outcome.kind === 'failed') return overlayUi(locale, 'failed');
  const { shown, hidden, missing } = outcome;
  const total = shown + hidden + missing;
  if (total === 1) return overlayUi(locale, shown ? 'shownOne' : hidden ? 'hiddenOne' : 'missingOne');
  const rest = [hidden ? overlayUi(locale, 'hiddenSome', { count: hidden }) : '', missing ? overlayUi(locale, 'missingSome', { count: missing }) : ''].filter(Boolean);
  const line = overlayUi(locale, 'shownSome', { shown, total });
  return rest.length > 0 ? `${line} (${rest.join(', ')}).` : `${line}.`;
}
