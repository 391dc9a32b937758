import type { SiteProgress } from '../site/read-site';
import { ROLE_NAMES } from '../i18n/site';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';

/** "Reading 3 / 8: Delivery terms" while key pages are read, then the accessibility check; the audit above already shows. */
export function SiteProgressLine({ progress }: { progress: SiteProgress }) {
  const locale = useLocale();
  // Key pages first; once they are all in, only the accessibility check is left.
  const reading = progress.current && progress.done < progress.total;
  return (
    <div className="site-progress" data-testid="site-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {reading
        ? ui(locale, 'readingPage', { done: Math.min(progress.done + 1, progress.total), total: progress.total, role: ROLE_NAMES[progress.current!.role][locale] })
        : ui(locale, 'checkingAccessibility')}
      {progress.total > 0 ? <progress max={progress.total} value={progress.done} /> : null}
    </div>
  );
}
