// Texts of the site audit: key page roles, why a page was not read, progress.
import type { PageReason, PageRecord, PageRole } from '../engine/site';
import type { Locale, Text } from '../engine/rule';
import { shortUrl } from './describe';
import { format, ui } from './translate';
import { ASSET_NAMES } from './ui';

export const ROLE_NAMES: Record<PageRole, Text> = {
  start: { en: 'Audited page', fi: 'Auditoitu sivu' },
  contact: { en: 'Contact', fi: 'Yhteystiedot' },
  faq: { en: 'FAQ / help', fi: 'UKK / ohjeet' },
  pricing: { en: 'Prices', fi: 'Hinnasto' },
  delivery: { en: 'Delivery terms', fi: 'Toimitusehdot' },
  returns: { en: 'Returns', fi: 'Palautukset' },
  terms: { en: 'Terms', fi: 'Ehdot' },
  privacy: { en: 'Privacy policy', fi: 'Tietosuojaseloste' },
  company: { en: 'Company details', fi: 'Yritystiedot' },
  cart: { en: 'Cart / checkout', fi: 'Ostoskori / kassa' },
  product: { en: 'Product or service', fi: 'Tuote tai palvelu' },
  blog: { en: 'Blog', fi: 'Blogi' },
};

export const REASON_TEXTS: Record<PageReason, Text> = {
  httpError: { en: 'error page (HTTP {status})', fi: 'virhesivu (HTTP {status})' },
  offOrigin: { en: 'redirects to another address; not read', fi: 'ohjaa toiseen osoitteeseen; ei luettu' },
  otherOrigin: { en: 'on another address of the site; not read', fi: 'sivuston toisessa osoitteessa; ei luettu' },
  notHtml: { en: 'not a web page (a file); not read', fi: 'ei verkkosivu (tiedosto); ei luettu' },
  timeout: { en: 'no answer in 5 s; not read', fi: 'ei vastausta 5 s:ssa; ei luettu' },
  tooLarge: { en: 'larger than 3 MB; not read', fi: 'yli 3 Mt; ei luettu' },
  network: { en: 'could not be fetched', fi: 'ei saatu haettua' },
  scriptShell: { en: 'rendered by script, not read', fi: 'skriptin piirtämä, ei luettu' },
  unreadable: { en: 'could not be read', fi: 'ei voitu lukea' },
  stopped: { en: 'audit stopped before it', fi: 'auditointi keskeytyi ennen sitä' },
};

/** What became of a key page: why it was not read, or what it added to the site. */
export function pageOutcome(page: PageRecord, locale: Locale): string {
  if (page.role === 'start') return '';
  if (!page.read) return format(REASON_TEXTS[page.reason ?? 'unreadable'][locale], { status: page.status ?? '?' });
  const moved = page.finalUrl ? ` · ${ui(locale, 'redirectedTo', { url: shortUrl(page.finalUrl) })}` : '';
  const names = page.contributed.map((id) => ASSET_NAMES[id][locale]).join(', ');
  return (names ? ui(locale, 'contributed', { names }) : ui(locale, 'contributedNothing')) + moved;
}
