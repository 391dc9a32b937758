import type { SiteKind, SiteKindId } from '../engine/site-kind';
import { SITE_KINDS } from '../engine/site-kind';
import { kindName, kindUi, kindWhy } from '../i18n/site-kind';
import { useLocale } from './locale';

/** "Site kind: Online shop (because: shopping cart, payment methods)", with a select to judge the site as another kind. */
export function SiteKindControl({ kind, onChange }: { kind: SiteKind; onChange: (next: SiteKindId | null) => void }) {
  const locale = useLocale();
  return (
    <section className="site-kind" data-testid="site-kind" data-kind={kind.id} data-inferred={kind.inferred}>
      <label>
        {kindUi(locale, 'siteKind')}:{' '}
        <select
          data-testid="site-kind-select"
          aria-label={kindUi(locale, 'changeKind')}
          value={kind.id}
          // Choosing the inferred kind again clears the choice: the audit follows the facts again.
          onChange={(e) => {
            const next = e.currentTarget.value as SiteKindId;
            onChange(next === kind.inferred ? null : next);
          }}
        >
          {SITE_KINDS.map((id) => (
            <option key={id} value={id}>
              {kindName(locale, id)}
            </option>
          ))}
        </select>
      </label>
      <span className="site-kind-why" data-testid="site-kind-why">({kindWhy(locale, kind)})</span>
    </section>
  );
}
