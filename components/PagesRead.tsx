import type { SiteFacts } from '../engine/site';
import { shortUrl } from '../i18n/describe';
import { pageOutcome, ROLE_NAMES } from '../i18n/site';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';

/** Each page the site audit tried: its role, what became of it and what it added. Text only. */
export function PagesRead({ site }: { site: SiteFacts }) {
  const locale = useLocale();
  const keyPages = site.pages.filter((p) => p.role !== 'start');
  const read = keyPages.filter((p) => p.read).length;
  return (
    <details className="pages-read" data-testid="pages-read" open={keyPages.some((p) => !p.read)}>
      <summary>
        {ui(locale, 'pagesRead')} · {ui(locale, 'pagesReadCount', { read: read + 1, total: site.pages.length })}
      </summary>
      <ul>
        {site.pages.map((page, i) => (
          <li key={i} data-role={page.role} data-read={page.read} data-reason={page.reason ?? ''} className={page.read ? 'read' : 'not-read'}>
            <span className="page-role">{ROLE_NAMES[page.role][locale]}</span>
            <code title={page.url}>{shortUrl(page.url)}</code>
            <span className="page-outcome">{pageOutcome(page, locale)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
