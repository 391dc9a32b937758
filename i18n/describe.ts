// One line per detection for "what was found", shared by the popup and the CLI summary:
// the items, or what the evidence says, and where it was seen ("Yhteystiedot → /yhteystiedot (linked)").
import type { Detection } from '../engine/assets';
import type { Locale } from '../engine/rule';
import { ui } from './translate';

export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'tel:' || u.protocol === 'mailto:') return url;
    return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url.slice(0, 80);
  }
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname === '/' ? u.hostname : u.pathname;
  } catch {
    return url.slice(0, 60);
  }
}

export function describeDetection(locale: Locale, detection: Detection | null): string {
  if (detection === null) return ui(locale, 'notChecked');
  if (detection.present === 'none') return ui(locale, 'none');
  const first = detection.evidence[0];
  const where = ui(locale, `presence_${detection.present}`);
  let detail = detection.items.length > 0 ? detection.items.join(', ') : (first?.text ?? (first?.url ? shortUrl(first.url) : ''));
  if (detection.present === 'link' && first?.url && detection.items.length === 0) detail = `${first.text ? `${first.text} → ` : ''}${pathOf(first.url)}`;
  detail = detail.length > 80 ? `${detail.slice(0, 79)}…` : detail;
  return detail ? `${detail} (${where})` : where;
}
