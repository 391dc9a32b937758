import type { SiteProgress } from '../site/read-site';
import { ROLE_NAMES } from '../i18n/site';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';

/** "Reading 3 / 8: Delivery terms" while key pages are read; the audit above already shows. */
export function SiteProgressLine({ progress }: { progress: SiteProgress }) {
  const locale = useLocale();
  const reading = progress.current && progress.total > 0;
  return (
    <div className="site-progress" data-testid="site-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {reading
        ? ui(locale, 'readingPage', { done: Math.min(progress.done + 1, progress.total), total: progress.total, role: ROLE_NAMES[progress.current!.role][locale] })
        : ui(locale, 'scanning')}
      {progress.total > 0 ? <progress max={progress.total} value={progress.done} /> : null}
    </div>
  );
}
