import { cueMatcher, hostIs } from '../cues/match';
import { SHARE_SERVICES, SHARE_WORDS, SOCIAL_NETWORKS } from '../cues/social';
import type { AssetCollector } from './collector';
import { Found } from './found';
import type { PageIndex } from './page-index';

const shareWords = cueMatcher(SHARE_WORDS);

function detect(index: PageIndex): { profiles: Found; share: Found } {
  const profiles = new Found();
  const share = new Found();
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    const network = SOCIAL_NETWORKS.find((n) => n.hosts.some((h) => hostIs(url.hostname, h)));
    if (network) {
      const path = `${url.pathname}${url.search}`.toLowerCase();
      if (network.sharePaths.some((p) => path.startsWith(p.toLowerCase()))) share.add('content', { url: url.href, el: link.el }, [network.item]);
      else if (url.pathname.length > 1 && !network.ignorePaths?.some((p) => path.startsWith(p))) profiles.add('content', { text: link.rawText, url: url.href, el: link.el }, [network.item]);
      continue;
    }
    if (SHARE_SERVICES.some((h) => hostIs(url.hostname, h))) share.add('content', { url: url.href, el: link.el });
  }
  for (const url of index.resourceUrls) {
    if (SHARE_SERVICES.some((h) => hostIs(url.hostname, h))) share.add('script', { url: url.href });
  }
  // Native share buttons (navigator.share) carry only their label.
  for (const el of index.doc.querySelectorAll('button[class*="share" i], button[aria-label*="share" i], button[data-share]')) {
    const label = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (shareWords.test(label)) share.add('content', { text: label, el });
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
