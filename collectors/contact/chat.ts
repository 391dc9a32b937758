// contact.chat: chat widgets by vendor, messaging links (WhatsApp, Messenger), and their launchers.
import { CHAT_PROMPT } from '../../cues/contact';
import { cueMatcher, entriesByHost } from '../../cues/match';
import { CHAT_VENDORS, MESSAGING_LINK_HOSTS } from '../../cues/vendors';
import { Found } from '../found';
import { elementText, fold, type PageIndex } from '../page-index';
import { scanVendors } from '../vendor-scan';
import { addSightings } from '../vendor-sightings';

const chatPrompt = cueMatcher(CHAT_PROMPT);

export function detectChat(index: PageIndex): Found {
  const found = new Found();
  for (const link of index.links) {
    const url = link.url;
    const vendor = url && entriesByHost(MESSAGING_LINK_HOSTS)(url.hostname)[0];
    if (!url || !vendor) continue;
    // wa.me/?text=… with no number shares a page rather than opening a chat with the business.
    const sharesOnly = url.searchParams.has('text') && !/\d{6,}/.test(url.pathname + (url.searchParams.get('phone') ?? ''));
    if (!sharesOnly) found.add('content', { text: link.rawText, url: url.href, el: link.el }, [vendor.item]);
  }
  scanVendors(index, CHAT_VENDORS, found);
  addSightings(index, 'chat', found);
  // A "Chat with us" button is the widget's launcher in the page: shown, when a chat tool backs it.
  if (found.found) {
    const launchers = [...index.links.map((l) => ({ el: l.el, text: l.text })), ...[...index.query('button, [role="button"]')].map((el) => ({ el, text: fold(elementText(el)) }))];
    const launcher = launchers.find(({ text }) => text.length > 0 && text.length <= 40 && chatPrompt.test(text));
    if (launcher) found.add('content', { text: launcher.text, el: launcher.el });
  }
  return found;
}
