import type { Evidence } from '../engine/assets';
import { shortUrl } from '../i18n/describe';
import { ui } from '../i18n/translate';
import { evidenceTarget } from '../overlay/targets';
import { useLocale, useStartPage } from './locale';
import { EvidenceButton } from './ShowOnPage';

/** Page text and URLs shown as plain text: nothing from the page becomes markup or a live link.
 *  Evidence on the audited page is a button that outlines it there. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const locale = useLocale();
  const startPage = useStartPage();
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.slice(0, 3).map((ev, i) => (
        <li key={i} title={ev.selector}>
          <EvidenceButton target={evidenceTarget(ev, startPage)}>
            {ev.text ? <q>{ev.text}</q> : null}
            {ev.url ? <code>{shortUrl(ev.url)}</code> : null}
          </EvidenceButton>
          {ev.page && ev.page !== startPage ? <span className="on-page">{ui(locale, 'foundOnPage', { page: shortUrl(ev.page) })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
