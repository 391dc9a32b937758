// Finds third-party tools by the hosts they load from and the markers their snippets leave.
import { entriesByHost } from '../cues/match';
import type { Vendor } from '../cues/vendors';
import type { Found } from './found';
import type { PageIndex } from './page-index';

export function scanVendors(index: PageIndex, vendors: readonly Vendor[], found: Found): void {
  const seen = new Set<string>();
  for (const url of index.resourceUrls) {
    const vendor = entriesByHost(vendors)(url.hostname)[0];
    if (vendor && !seen.has(vendor.item)) {
      seen.add(vendor.item);
      found.add('script', { url: url.href }, [vendor.item]);
    }
  }
  const inline = index.inlineScripts.join('\n');
  const html = markerHaystack(index);
  for (const vendor of vendors) {
    if (seen.has(vendor.item)) continue;
    const marker = vendor.markers?.find((m) => inline.includes(m) || html.includes(m.toLowerCase()));
    const hostInInline = vendor.hosts.find((h) => mentionsHost(inline, h));
    if (marker || hostInInline) {
      seen.add(vendor.item);
      found.add('script', { text: marker ?? hostInInline }, [vendor.item]);
    }
  }
}

/** The host as a whole name in script text ("cdn.rule.io/x.js"), not inside another ("schedule.io"). */
export function mentionsHost(text: string, host: string): boolean {
  for (let at = text.indexOf(host); at !== -1; at = text.indexOf(host, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + host.length] ?? ' ';
    if (!/[a-z0-9-]/i.test(before) && !/[a-z0-9-]/i.test(after)) return true;
  }
  return false;
}

const haystacks = new WeakMap<PageIndex, string>();

/** Ids, classes and data attributes of the page, for vendor markers left on elements. */
function markerHaystack(index: PageIndex): string {
  let text = haystacks.get(index);
  if (text === undefined) {
    const parts: string[] = [];
    for (const el of index.query('[id], [class], [data-bv-show], [data-widget-id]')) {
      parts.push(el.getAttribute('id') ?? '', el.getAttribute('class') ?? '');
      if (el.hasAttribute('data-bv-show')) parts.push('data-bv-show');
    }
    text = parts.join(' ').toLowerCase();
    haystacks.set(index, text);
  }
  return text;
}
