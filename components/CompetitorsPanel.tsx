// Competitors of the audited site: choose saved sites (at most three), remove them, and see this
// site beside them per stage.
import type { AssetId } from '../engine/assets';
import { compareSites, latestPerSite } from '../history/compare';
import { HISTORY_LIMITS } from '../history/store';
import type { SiteKey, Snapshot } from '../history/snapshot';
import { auditDay, historyText } from '../i18n/history';
import { CompetitorTable } from './CompetitorTable';
import { useLocale } from './locale';

export interface CompetitorsPanelProps {
  current: Snapshot;
  /** Every saved audit. */
  entries: readonly Snapshot[];
  /** The sites marked as competitors of this one. */
  competitors: readonly SiteKey[];
  /** Assets this site's kind is not judged on: not listed as lacking. */
  notJudged?: readonly AssetId[];
  onMark: (site: SiteKey) => void;
  onUnmark: (site: SiteKey) => void;
}

export function CompetitorsPanel({ current, entries, competitors, notJudged, onMark, onUnmark }: CompetitorsPanelProps) {
  const locale = useLocale();
  const latest = latestPerSite(entries);
  const bySite = new Map(latest.map((s) => [s.site, s]));
  const choices = latest.filter((s) => s.site !== current.site && !competitors.includes(s.site));
  const full = competitors.length >= HISTORY_LIMITS.competitors;
  const shown = competitors.map((site) => bySite.get(site)).filter((s): s is Snapshot => s !== undefined);
  return (
    <section className="competitors" data-testid="competitors">
      <h2>{historyText(locale, 'competitors')}</h2>
      {competitors.length > 0 ? (
        <ul className="competitor-list">
          {competitors.map((site) => (
            <li key={site} data-testid="competitor" data-site={site}>
              <span>{site}</span>
              <button type="button" className="link-button" data-testid="remove-competitor" onClick={() => onUnmark(site)} aria-label={historyText(locale, 'removeCompetitor', { site })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {choices.length === 0 && competitors.length === 0 ? (
        <p className="empty">{historyText(locale, 'noSavedSites')}</p>
      ) : full ? (
        <p className="empty">{historyText(locale, 'competitorsFull', { max: HISTORY_LIMITS.competitors })}</p>
      ) : choices.length > 0 ? (
        <label className="add-competitor">
          {historyText(locale, 'addCompetitor')}{' '}
          <select
            data-testid="add-competitor"
            value=""
            onChange={(e) => {
              if (e.currentTarget.value) onMark(e.currentTarget.value);
            }}
          >
            <option value="">{historyText(locale, 'chooseSite')}</option>
            {choices.map((s) => (
              <option key={s.site} value={s.site}>
                {historyText(locale, 'auditedOn', { site: s.site, date: auditDay(locale, s.scannedAt) })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {shown.length > 0 ? <CompetitorTable comparison={compareSites(current, shown, { notJudged })} /> : null}
    </section>
  );
}
