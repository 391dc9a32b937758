// Picks the key pages to read from the links the collectors judged on the start page: same origin
// only (a request from the audited tab may read nothing else), each address once, in the order of
// ROLE_SOURCES, at most `max`.
import type { Facts } from '../engine/facts';
import { clip, LIMITS } from '../engine/limits';
import type { PageRole } from '../engine/site';
import { siteOf } from '../collectors/page-index';
import { ROLE_SOURCES } from './roles';

export interface KeyPage {
  url: string;
  role: Exclude<PageRole, 'start'>;
  /** The link's text on the start page. */
  label: string;
}

export interface Picked {
  /** Pages to read, in order. */
  read: KeyPage[];
  /** Roles whose only link leads to another address of the same site (a subdomain): listed, not read. */
  elsewhere: KeyPage[];
}

export function pickKeyPages(facts: Facts, max: number): Picked {
  const start = parseUrl(facts.page?.url ?? '');
  if (!start || max <= 0) return { read: [], elsewhere: [] };
  const seen = new Set([withoutHash(start)]);
  const read: KeyPage[] = [];
  const elsewhere: KeyPage[] = [];
  for (const { role, asset } of ROLE_SOURCES) {
    const links = (facts.assets[asset]?.evidence ?? []).filter((e) => e.kind === 'link' && e.url);
    let otherAddress: KeyPage | null = null;
    let taken = false;
    for (const link of links) {
      const url = parseUrl(link.url!, start);
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
      const page = { url: withoutHash(url), role, label: clip((link.text ?? '').trim(), LIMITS.pageLabel) };
      if (url.origin !== start.origin) {
        if (sameSite(url, start)) otherAddress ??= page;
        continue;
      }
      taken = true;
      // Already read for an earlier role (delivery terms are terms too), or the start page itself: a
      // further link of this role may lead to a page of its own.
      if (seen.has(page.url)) continue;
      seen.add(page.url);
      if (read.length < max) read.push(page);
      break;
    }
    if (!taken && otherAddress && !seen.has(otherAddress.url)) elsewhere.push(otherAddress);
  }
  return { read, elsewhere };
}

function parseUrl(href: string, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function sameSite(a: URL, b: URL): boolean {
  return siteOf(a.hostname) === siteOf(b.hostname);
}
