// contact.chat: chat widgets by vendor, messaging links (WhatsApp, Messenger), and their launchers.
import { CHAT_PROMPT } from '../../cues/contact';
import { cueMatcher, entriesByHost } from '../../cues/match';
import { CHAT_VENDORS, MESSAGING_LINK_HOSTS } from '../../cues/vendors';
import { Found } from '../found';
import { linkPlace } from '../link-place';
import { elementText, fold, type LinkInfo, type PageIndex } from '../page-index';
import { scanVendors } from '../vendor-scan';
import { addSightings } from '../vendor-sightings';

const chatPrompt = cueMatcher(CHAT_PROMPT);
const BARE_CHAT = new Set(['live chat', 'livechat', 'live-chat', 'chatti', 'chat']);
/** A customer-service host: a bare "Live chat" there is the service's chat, not a product page. */
const HELP_HOST = /^(?:help|support|customerservice|customer-service|service|kundeservice|kundservice|kundenservice|asiakaspalvelu|hjelp|hilfe|aide|ayuda|aiuto|ajuda|pomoc|abi)\./;

/** A menu entry for the business's WhatsApp: the word, perhaps with the brand or "service"/"chat" beside it. */
const WHATSAPP_PAGE = /^(?:[\p{L}&]+\s)?whats ?app(?:[\s-](?:service|chat|kundenservice|asiakaspalvelu|kundservice|support))?$/u;

/** "WhatsApp: +358 40 …", "WhatsApp 0401234567": the word, then a number within a few characters. */
const WHATSAPP_NUMBER = /\bwhats ?app\b[^\d+\n]{0,12}\+?\d[\d \u00a0()./-]{6,20}\d/i;

/** A link in the site's menus, with words of its own, to the site's page about its WhatsApp service. */
function isWhatsAppServiceLink(link: LinkInfo): boolean {
  const url = link.url;
  if (!url || !/^https?:$/.test(url.protocol) || !WHATSAPP_PAGE.test(link.text) || !(link.el.textContent ?? '').trim()) return false;
  // wa.me links are counted as conversations above; whatsapp.com pages are channels and downloads.
  if (entriesByHost(MESSAGING_LINK_HOSTS)(url.hostname).length > 0 || /(?:^|\.)whatsapp\.com$/.test(url.hostname)) return false;
  return linkPlace(link.el) !== 'body' || link.el.closest('nav, [role="menu"], [role="navigation"]') !== null;
}

/** A script file or folder named for a chat: "proactive-oracle-livechat.js", "/webchat/", "virtual-assistant/init.js". */
const CHAT_SCRIPT = /(?:^|[-_./])(?:live-?chat|web-?chat|chat-?widget|chat-?bot|virtual-?assistant)(?:[-_./]|$)/i;
const SCRIPTED_CONTROL = 'a[href^="javascript:" i], [onclick]';

/** The first scripted control whose label begins with a chat prompt ("Czat na żywo pon.-pt. 8–21"); a bare "Chat" says too little. */
function scriptedLauncher(index: PageIndex): { text: string; el: Element } | null {
  for (const el of index.query(SCRIPTED_CONTROL, 300)) {
    const label = fold(elementText(el));
    if (label.length === 0 || label.length > 60 || BARE_CHAT.has(label)) continue;
    const phrase = chatPrompt.find(label);
    if (phrase !== null && label.indexOf(phrase) <= 2) return { text: label, el };
  }
  return null;
}

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
  // A service page for WhatsApp in the site's menus ("REWE WhatsApp", "WhatsApp-Service"): the chat is there. An icon
  // among the social profiles is a channel the site broadcasts on.
  for (const link of index.links) {
    if (isWhatsAppServiceLink(link)) found.add('link', { text: link.rawText, url: link.url!.href, el: link.el }, ['whatsapp']);
  }
  // The same entry masked as a button that posts a redirect (PRG link masking: <form action="/api/prg"><button>…).
  for (const el of index.query('li button, nav button', 300)) {
    const text = fold(el.textContent ?? '');
    if (WHATSAPP_PAGE.test(text)) found.add('link', { text, el }, ['whatsapp']);
  }
  // A number offered for WhatsApp in words ("WhatsApp: +49 167 369 33 094"), often behind a tel: link.
  const whatsappLine = index.lines.find((line) => line.length <= 120 && WHATSAPP_NUMBER.test(line));
  if (whatsappLine) found.add('content', { text: whatsappLine }, ['whatsapp']);
  scanVendors(index, CHAT_VENDORS, found);
  addSightings(index, 'chat', found);
  // A self-hosted or unlisted chat known by its script's name ("/livechat/rocketchat-livechat.min.js").
  // Scripts only: the resources a live page loaded hold its images too ("chatbot-illustration.png").
  const chatScript = index.resourceUrls.find((url) => /\.m?js$/i.test(url.pathname) && CHAT_SCRIPT.test(url.pathname.split('/').slice(-2).join('/')));
  if (chatScript) found.add('script', { url: chatScript.href });
  const backed = found.found;
  // A link to the page where the chat lives ("Live chat" in the help menu, "Chat" on a chat. host).
  // In the body a bare "Live chat" may be a chat product's feature page: there it must address the visitor.
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol) || link.href.startsWith('#') || link.text.length > 40) continue;
    // The cheap questions first: where a link sits is asked only of the few that name a chat.
    const prompt = chatPrompt.test(link.text);
    const chatHost = link.text === 'chat' && url.hostname.startsWith('chat.');
    if (!prompt && !chatHost) continue;
    const framed = linkPlace(link.el) !== 'body';
    if ((prompt && (framed || !BARE_CHAT.has(link.text) || HELP_HOST.test(url.hostname))) || (chatHost && framed)) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
  // A control that opens a chat through the page's own script ("javascript:window.Ebbot.openChatWindow()",
  // onclick="startConversation(event)"), labelled for chatting: the launcher is there, whichever tool it opens.
  if (!found.found) {
    const launcher = scriptedLauncher(index);
    if (launcher) found.add('content', launcher);
  }
  // A "Chat with us" button is the widget's launcher in the page: shown, when a chat tool backs it.
  if (backed) {
    const launchers = [...index.links.map((l) => ({ el: l.el, text: l.text })), ...[...index.query('button, [role="button"]')].map((el) => ({ el, text: fold(elementText(el)) }))];
    const launcher = launchers.find(({ text }) => text.length > 0 && text.length <= 40 && chatPrompt.test(text));
    if (launcher) found.add('content', { text: launcher.text, el: launcher.el });
  }
  return found;
}
