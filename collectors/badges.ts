// Trust seals and certificates: seal images (alt, title, file name), seal containers that a vendor
// script fills, and the scripts and frames of seal vendors.
import { cueMatcher, entriesByHost, hostIs } from '../cues/match';
import { ASSOCIATION_WORDS, BADGE_CONTAINER, MARK_NAMES, BADGE_GALLERY_HEADING, BADGE_ICON_LABELS, BADGE_VENDORS, BADGE_WORDS, BADGE_WORDS_FRAMED, MEMBER_OF, MEMBERSHIP_MARK_HOSTS, MEMBERSHIP_MARK_TEXT, NOT_BADGE } from '../cues/trust';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { isLinkLabel, isWholeLabel, labelOf, remembered } from './label-scan';
import { groupHeading, inProse } from './link-place';
import { fold, toUrl, visibleText, type PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';

const badgeWords = cueMatcher(BADGE_WORDS);
const framedWords = cueMatcher(BADGE_WORDS_FRAMED);
const notBadge = cueMatcher(NOT_BADGE);
const galleryHeading = cueMatcher(BADGE_GALLERY_HEADING);
const memberOf = cueMatcher(MEMBER_OF);
const association = cueMatcher(ASSOCIATION_WORDS);
const iconLabels = cueMatcher(BADGE_ICON_LABELS);
const markNames = cueMatcher(MARK_NAMES);

/** A name that is only a trust mark's, perhaps with the word logo ("Fevad", "Norsk Presseforbund, logo."). */
function isMarkName(name: string): boolean {
  const label = labelOf(name.slice(0, 80)).replace(/\blogo\w*/gu, '').replace(/[\s,.:;|-]+$/u, '').trim();
  return label.length > 0 && label.length <= 60 && isWholeLabel(markNames, label);
}

const CERTIFICATE_PATH = /zertifikat|certificat|certificate|seal|siegel|verify|validat/i;
/** A seal's own noun in a link's label: "Trusted-Shops-Zertifikat", not "Secure shopping" or "Bli medlem". */
const SEAL_NOUN = /zertifikat|siegel|certificat|certificate|certifikat|sertifikaatti|sertifikat|keurmerk|gütesiegel|trustmark|trust mark|seal\b/i;

/** Links that show a mark: an icon link named only by its aria-label or title ("Luotettava"), or a short link to a
 *  regulator's, evaluator's or association's page outside running prose ("Member SIPC", "Charity Navigator"). */
function markLinks(index: PageIndex, found: Found): void {
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    const visible = (link.el.textContent ?? '').trim();
    const label = labelOf(link.text);
    // A link that is only a mark's name ("Fevad", "Norsk Presseforbund, logo.") shows the mark, in text or as an icon.
    const markOnly = [visible, link.el.getAttribute('aria-label'), link.el.getAttribute('title')].some((name) => isMarkName(name ?? ''));
    // A seal named in a short link ("Trusted-Shops-Zertifikat"), or a link to a seal service's certificate page.
    const namesSeal = label.length > 0 && label.length <= 60 && SEAL_NOUN.test(label) && badgeWords.test(label) && !notBadge.test(label) && !inProse(link.el, 300);
    const sealHost = vendorHost(url.href, index) !== null;
    const certificate = sealHost && CERTIFICATE_PATH.test(url.pathname);
    // An icon link to a seal service, its mark drawn by a sprite or an icon font (<a href="…/empresas/shop.htm"><i class="s--badge-…">).
    const iconSeal = sealHost && visible === '' && link.el.querySelector('i, span, svg') !== null && !inProse(link.el, 300);
    if (namesSeal || certificate || iconSeal || markOnly || (visible === '' && label.length > 0 && label.length <= 60 && (isWholeLabel(iconLabels, label) || markNames.test(label)))) {
      found.add('content', { text: link.rawText, url: url.href, el: link.el });
      return;
    }
    // An image link's label is its alt or aria-label, which may be a whole sentence ("Visit Medicines and Healthcare …").
    if (label.length === 0 || (label.length > 60 && visible !== '') || !MEMBERSHIP_MARK_HOSTS.some((host) => hostIs(url.hostname, host))) continue;
    if (inProse(link.el, 300)) continue;
    found.add('content', { text: link.rawText, url: url.href, el: link.el });
    return;
  }
  const line = index.lines.find((l) => l.length <= 3000 && MEMBERSHIP_MARK_TEXT.test(l));
  if (line) found.add('content', { text: MEMBERSHIP_MARK_TEXT.exec(line)![0] });
}

// "Zertifiziert nach ISO 27001", "ISO 9001 -sertifioitu", "ISO 14001 certified": a management-system certificate stated
// in words, the number and a certified word within one short line.
const ISO_STANDARD = /\bISO(?:\/IEC)?[\s-]?(?:9001|14001|27001|45001|50001|22000|13485|20000)\b/;
const CERTIFIED = /zertifiziert|certified|certificad|certifié|certificat|certificering|gecertificeerd|sertifioitu|sertifikaatti|certifierad|certifierat|sertifisert|certificeret|certyfikat|certyfikowan|sertifitseeritud/i;

function certificationClaim(index: PageIndex, found: Found): void {
  const line = index.lines.find((l) => l.length <= 150 && ISO_STANDARD.test(l) && CERTIFIED.test(l));
  if (line) found.add('content', { text: line });
}

/** A short footer line that states a membership of an association ("Membre de l'Association de commerce")
 *  or names a mark ("Vi arbeider etter Vær Varsom-plakatens regler"). */
function statedMembership(index: PageIndex, found: Found): void {
  for (const footer of index.query('footer, [role="contentinfo"]', 3)) {
    // The association's name may wrap onto the next line ("membre de<br>l'Association …").
    const lines = visibleText(footer).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const text = `${lines[i]!} ${lines[i + 1] ?? ''}`;
      // A link's own text in the footer is a headline or a page about the mark, not the mark shown.
      const named = lines[i]!.length <= 120 && markNames.test(lines[i]!) && !isLinkLabel(index, lines[i]!);
      if (named || (lines[i]!.length <= 200 && memberOf.test(lines[i]!) && association.test(text.slice(0, 300)))) {
        found.add('content', { text, el: footer });
        return;
      }
    }
  }
}
const FRAME = 'footer, header, aside, [class*="footer" i], [id*="footer" i], [class*="header" i], [class*="trust" i], [class*="seal" i], [class*="badge" i], [class*="award" i]';

/** A small image (a seal is a few hundred pixels at most) or one in the page frame. */
function inFrameOrSmall(img: Element): boolean {
  const sizes = [img.getAttribute('width'), img.getAttribute('height')].map(Number).filter((n) => Number.isFinite(n) && n > 0);
  return (sizes.length > 0 && sizes.every((n) => n <= 250)) || img.closest(FRAME) !== null;
}

/** Alt, title and file name of an image, camelCase and separators split ("Handelsverband_Siegel-1" → "handelsverband siegel 1").
 *  A long alt is a photo caption ("…seal the jar…"), not the name of a seal, so it is left out. */
export function sealWords(el: Element): string {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const name = file.replace(/\.\w+$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  const short = (value: string | null) => (value && value.length <= 90 ? value : '');
  const labels = [short(el.getAttribute('alt')), short(el.getAttribute('title')), short(el.getAttribute('aria-label'))].join(' ').trim();
  // Labels also as written: seal names keep their hyphen ("Trygg e-handel", "E-mærket").
  const split = `${labels} ${name}`.replace(/[_-]+/g, ' ');
  return fold(/[_-]/.test(labels) ? `${split} ${labels}` : split);
}

function vendorHost(href: string, index: PageIndex): string | null {
  let known = vendorHosts.get(index);
  if (!known) vendorHosts.set(index, (known = new Map()));
  return remembered(known, href, () => vendorUrl(href, index));
}

/** Images share sources (icons, placeholders) and links repeat: each address is parsed once per page. */
const vendorHosts = new WeakMap<PageIndex, Map<string, string | null>>();

function vendorUrl(href: string, index: PageIndex): string | null {
  const url = toUrl(href, index.base);
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  return entriesByHost(BADGE_VENDORS)(url.hostname).length > 0 ? url.href : null;
}

/** A logo in a group headed "Sertifikaatit", "Certificates", "Awards": the heading says what the logos are. */
function inGallery(img: Element): boolean {
  const heading = groupHeading(img);
  return heading.length > 0 && isWholeLabel(galleryHeading, heading.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim());
}

function detect(index: PageIndex): Found {
  const found = new Found();
  // Galleries are looked for only on pages that name one somewhere: most pages have no such heading.
  const galleries = galleryHeading.test(index.text);
  for (const img of index.images) {
    const words = sealWords(img);
    const link = img.closest('a');
    const vendorUrl = vendorHost(img.getAttribute('src') ?? img.getAttribute('data-src') ?? '', index) ?? (link ? vendorHost(link.getAttribute('href') ?? '', index) : null);
    const named = !notBadge.test(words) && (badgeWords.test(words) || isWholeLabel(iconLabels, words) || (framedWords.test(words) && inFrameOrSmall(img)) || (galleries && inGallery(img)));
    if (vendorUrl || named) found.add('content', { text: words.slice(0, 120), url: vendorUrl ?? undefined, el: img });
  }
  // A seal drawn as a button of a form that posts to the certificate ("trustedshops.com/shop/certificate.php").
  for (const form of index.forms) {
    const action = form.getAttribute('action') ?? '';
    if (action && vendorHost(action, index)) found.add('content', { url: action, el: form });
  }
  // Seal links that open the certificate in a pop-up: <a onclick="window.open('https://seal.verisign.com/…')">.
  for (const el of index.query('a[onclick*="seal" i], a[onclick*="certificate" i]')) {
    const href = /https?:\/\/[^'"\s)]+/.exec(el.getAttribute('onclick') ?? '')?.[0];
    if (href && vendorHost(href, index)) found.add('content', { url: href, el });
  }
  const selector = BADGE_CONTAINER.flatMap((m) => [`[id*="${m}" i]`, `[class*="${m}" i]`]).join(', ');
  for (const el of index.query(selector)) {
    found.add(el.querySelector('img, svg') ? 'content' : 'script', { text: el.getAttribute('id') ?? el.getAttribute('class') ?? '', el });
  }
  statedMembership(index, found);
  certificationClaim(index, found);
  markLinks(index, found);
  scanVendors(index, BADGE_VENDORS, found);
  return found;
}

export const badgesCollector: AssetCollector = {
  id: 'badges',
  assets: ['trust.badges'],
  // The corpus names no items for seals; the vendor stays in the evidence.
  collect: (index) => ({ 'trust.badges': { ...detect(index).result(), items: [] } }),
};
