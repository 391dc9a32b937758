import { cueMatcher, entriesByHost, hostSet } from '../cues/match';
import { NETWORK_SHARE_SCRIPTS, SHARE_CLASSES, SHARE_WIDGET_STARTERS, SHARE_LINKS, SHARE_SCRIPTS, SHARE_SERVICES, SHARE_WORDS, SOCIAL_NETWORKS, type SocialNetwork } from '../cues/social';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { fold, toUrl, type PageIndex } from './page-index';

const shareWords = cueMatcher(SHARE_WORDS);
const SHARE_LABELS = new Set<string>(SHARE_WORDS.filter((w) => !w.endsWith('*')));
const NETWORK_NAME = /\b(?:facebook|twitter|x|pinterest|linkedin|whatsapp|messenger|e-?mail|sähköposti|e-post|mail)\b/;
/** A share control labelled only by its network ("Tweet", "Facebook") inside a block classed for sharing. */
const NETWORK_LABEL = /^(?:tweet|facebook|twitter|x|pinterest|pin it|linkedin|whatsapp|messenger|e-?mail|telegram)$/;
// Lightbox galleries (PhotoSwipe) ship a share button in their default template, whether the site uses it or not.
const GALLERY_CONTROL = /(?:^|\s)pswp__/;

const tldPatterns = new Map<string, RegExp>();
const networkHosts = entriesByHost(SOCIAL_NETWORKS);
const isShareService = hostSet(SHARE_SERVICES);
function networkOf(host: string): SocialNetwork | undefined {
  return SOCIAL_NETWORKS.find((n) => {
    if (networkHosts(host).includes(n)) return true;
    if (!n.anyTld) return false;
    let re = tldPatterns.get(n.anyTld);
    if (!re) tldPatterns.set(n.anyTld, (re = new RegExp(`(?:^|\\.)${n.anyTld}\\.(?:[a-z]{2,3}|com?\\.[a-z]{2})$`)));
    return re.test(host);
  });
}

/** `/tr` covers `/tr` and `/tr/…` but not `/trustpilot`: ignore rules name whole path segments. */
function startsWithSegment(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || '/?#.'.includes(next) || prefix.endsWith('/');
}

/** A control whose own label says "share" (a JS share button, a two-click share toggle). */
function isShareLabel(text: string): boolean {
  // Linear: the trailing run is matched only from where it starts (lookbehind), not rescanned from each of its characters.
  const label = fold(text).replace(/^[\s:|·•-]+/, '').replace(/(?<![\s:!.…|·•-])[\s:!.…|·•-]+$/, '');
  if (!label || label.length > 50) return false;
  if (SHARE_LABELS.has(label)) return true;
  return shareWords.test(label) && NETWORK_NAME.test(label);
}

// "Del annonsen", "Partager l'annonce", "Condividi annuncio", "Anzeige teilen": a share verb and what is shared, on a
// button that opens the device's or the site's share sheet (no network named). Letters only: "Del 2" is a part.
const SHARE_VERB_FIRST = /^(?:share|jaa|dela|del|partager|partage|compartir|comparte|compartilhe|compartilhar|partilhar|partilhe|condividi|udostępnij|deel|delen)\s(?:(?:the|this|la|le|l'|l’|il|o|a|este|esta|ce|cette|dit|deze|tämä)\s?)?\p{L}{3,20}$/u;
const SHARE_VERB_LAST = /^(?:\p{L}{3,20}\s){1,2}(?:teilen|delen|dela|jakaminen|udostępnij)$/u;
const NOT_SHARED = /^del\s(?:av|i|på|med|en|ett)\b|\b(?:experience|story|stories|feedback|opinion|idea|ideas|erfahrung|meinung|kokemuksesi|avis)$/u;

function isGenericShareButton(text: string): boolean {
  const label = fold(text).trim();
  return label.length > 0 && label.length <= 40 && (SHARE_VERB_FIRST.test(label) || SHARE_VERB_LAST.test(label)) && !NOT_SHARED.test(label);
}

/** A network's share address in one of a control's data attributes ("https://www.facebook.com/sharer.php?u=…"). */
function sharedAddress(el: Element): URL | null {
  for (const attr of Array.prototype.slice.call(el.attributes, 0, 20) as Attr[]) {
    if (!attr.name.startsWith('data-') || !/^https?:\/\//i.test(attr.value)) continue;
    const url = toUrl(attr.value, null);
    if (url && isShareAddress(url)) return url;
  }
  return null;
}

function isShareAddress(url: URL): boolean {
  const path = `${url.pathname}${url.search}`.toLowerCase();
  const network = networkOf(url.hostname.toLowerCase());
  return network?.sharePaths.some((p) => path.startsWith(p)) === true || entriesByHost(SHARE_LINKS)(url.hostname.toLowerCase()).some((s) => s.path.test(path));
}

const HANDLER_URL = /https?:\/\/[^\s'"()<>]{4,300}/g;

/** A control whose click handler opens a network's share address: "pin_this(event, 'https://pinterest.com/pin/create/…')". */
function handlerShare(index: PageIndex): Element | null {
  for (const el of index.query('[onclick]', 300)) {
    for (const m of (el.getAttribute('onclick') ?? '').slice(0, 2000).matchAll(HANDLER_URL)) {
      const url = toUrl(m[0], null);
      if (url && isShareAddress(url)) return el;
    }
  }
  return null;
}

/** Links and controls that only act on the page (no destination of their own). */
function isInPageControl(el: Element): boolean {
  if (el.tagName !== 'A') return true;
  const href = (el.getAttribute('href') ?? '').trim().toLowerCase();
  return href === '' || href.startsWith('#') || href.startsWith('javascript:');
}

/** A share widget's class as a whole class name or its prefix ("a2a_button_facebook"), not inside
 *  another ("ast-custom-button" is a theme's menu button). */
function hasShareClass(el: Element): boolean {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
  // Facebook's like box ("fb-like-box") shows the brand's page: a profile, not a share button.
  return tokens.some((t) => t !== 'fb-like-box' && SHARE_CLASSES.some((c) => t === c || t.startsWith(`${c}_`) || t.startsWith(`${c}-`)));
}

/** A network's page plugin shows the brand's profile on the page: Facebook's page box (<div class="fb-page"
 *  data-href>, or its frame /plugins/page.php?href=…) names the profile it shows. */
function pagePlugins(index: PageIndex, profiles: Found): void {
  const targets: { href: string; el?: Element }[] = [];
  for (const el of index.query('.fb-page[data-href], .fb-like-box[data-href], .fb-follow[data-href]', 20)) targets.push({ href: el.getAttribute('data-href') ?? '', el });
  for (const url of index.frameUrls) {
    if (networkOf(url.hostname)?.item === 'facebook' && /^\/(?:v[\d.]+\/)?plugins\/(?:page|likebox|follow)\.php$/.test(url.pathname)) targets.push({ href: url.searchParams.get('href') ?? '' });
  }
  for (const { href, el } of targets) {
    const url = toUrl(href, null);
    if (url && networkOf(url.hostname)?.item === 'facebook' && url.pathname.length > 1) profiles.add('content', { url: url.href, ...(el ? { el } : {}) }, ['facebook']);
  }
}

function detect(index: PageIndex): { profiles: Found; share: Found } {
  const profiles = new Found();
  const share = new Found();
  for (const link of index.links) {
    const href = link.href.toLowerCase();
    // mailto: without a recipient, sms: or the WhatsApp app with a body: "send this page to a friend".
    if (/^mailto:\s*\?(?:.*&)?(?:subject|body)=/.test(href) || /^sms:[^?]*\?(?:.*&)?body=/.test(href) || /^whatsapp:\/\/send\/?\?(?:.*&)?text=/.test(href)) {
      share.add('content', { text: link.rawText, url: link.href, el: link.el });
      continue;
    }
    // An icon link whose image says what it does ("Bei Twitter teilen"), whatever address the script sends it to.
    const icon = link.el.querySelector('img[title], img[alt]');
    if (icon && !(link.el.textContent ?? '').trim() && [icon.getAttribute('title'), icon.getAttribute('alt')].some((l) => isShareLabel(l ?? ''))) {
      share.add('content', { text: icon.getAttribute('title') ?? icon.getAttribute('alt') ?? '', url: link.href, el: link.el });
      continue;
    }
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    const host = url.hostname.toLowerCase();
    const path = `${url.pathname}${url.search}`.toLowerCase();
    const network = networkOf(host);
    if (network) {
      if (network.sharePaths.some((p) => path.startsWith(p))) share.add('content', { url: url.href, el: link.el }, [network.item]);
      else if (url.pathname.length > 1 && !network.ignorePaths?.some((p) => startsWithSegment(path, p))) {
        profiles.add('content', { text: link.rawText, url: url.href, el: link.el }, [network.item]);
      }
      continue;
    }
    if (entriesByHost(SHARE_LINKS)(host).some((s) => s.path.test(path))) share.add('content', { url: url.href, el: link.el });
    else if (isShareService(host)) share.add('content', { url: url.href, el: link.el });
  }
  pagePlugins(index, profiles);
  for (const url of index.resourceUrls) {
    const sameSite = index.base !== null && url.hostname === index.base.hostname;
    const networkScript = entriesByHost(NETWORK_SHARE_SCRIPTS)(url.hostname).some((s) => s.path.test(url.pathname));
    if (isShareService(url.hostname) || networkScript || (sameSite && SHARE_SCRIPTS.test(url.pathname))) share.add('script', { url: url.href });
  }
  // A share widget started from the page's own script ("addthis.init()", "var a2a_config = …"): its buttons come later.
  const starter = index.inlineScripts.find((script) => SHARE_WIDGET_STARTERS.some((marker) => script.includes(marker)));
  if (starter) share.add('script', { text: SHARE_WIDGET_STARTERS.find((marker) => starter.includes(marker)) });
  // Share buttons that carry only a label or a widget class (native share, AMP, AddThis, AddToAny, …).
  const widgetClasses = SHARE_CLASSES.map((c) => `[class*="${c}"]`).join(', ');
  const controls = [...index.query(`button, [role="button"], a:not([href]), amp-social-share, ${widgetClasses}`)];
  // A share bar's items a script turns into buttons carry only a title ("<li title='Compartilhe no Facebook'>").
  for (const el of index.query('li[title], span[title], div[title]', 300)) if (isShareLabel(el.getAttribute('title') ?? '')) controls.push(el);
  for (const link of index.links) if (isInPageControl(link.el)) controls.push(link.el);
  for (const el of controls) {
    if (el.tagName === 'AMP-SOCIAL-SHARE' || hasShareClass(el)) {
      share.add('content', { text: el.getAttribute('type') ?? el.getAttribute('class') ?? '', el });
      continue;
    }
    if (!isInPageControl(el) || GALLERY_CONTROL.test(el.getAttribute('class') ?? '')) continue;
    // The network's share address kept in a data attribute for the widget's script (Social Snap: data-ss-ss-link).
    const kept = sharedAddress(el);
    if (kept) {
      share.add('content', { url: kept.href, el });
      continue;
    }
    const labels = [el.textContent ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
    // "social-sharing btn-twitter" labelled "Tweet": the class says share, the label names the network.
    const classed = /shar(?:e|ing)|teilen/i.test(el.getAttribute('class') ?? '') || el.hasAttribute('data-share');
    const button = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
    if (labels.some(isShareLabel) || (classed && labels.some((l) => shareWords.test(fold(l)) || NETWORK_LABEL.test(fold(l)))) || (button && labels.some(isGenericShareButton))) {
      share.add('content', { text: labels.join(' '), el });
    }
  }
  if (!share.found) {
    const clicked = handlerShare(index);
    if (clicked) share.add('content', { text: (clicked.getAttribute('onclick') ?? '').slice(0, 120), el: clicked });
  }
  return { profiles, share };
}

export const socialCollector: AssetCollector = {
  id: 'social',
  assets: ['social.profiles', 'advocacy.share'],
  collect(index: PageIndex) {
    const { profiles, share } = detect(index);
    return { 'social.profiles': profiles.result(), 'advocacy.share': share.result() };
  },
};
