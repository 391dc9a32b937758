// Prices split by their markup, legal names with "&", ids under their label, chat launchers the page's own script
// opens, help lines (issue 8, fifth session).
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en') => collectFacts(htmlDocument(page(body, '', lang), 'https://www.kauppa.example/p/123'));
const present = (body: string, id: AssetId, lang = 'en') => scan(body, lang).assets[id]!.present;

describe('offer.pricing: an amount split over elements, above the tax note', () => {
  it('counts "349,<sup>06</sup>" and "319<span>.</span>00*" followed by "inkl. MwSt."', () => {
    expect(present('<main><h1>Monitor 27"</h1><div><span>349,</span><div>06</div><p>inkl. 20% MwSt., zzgl. Versandkosten</p></div></main>', 'offer.pricing', 'de')).toBe('content');
    expect(present('<main><h1>Waschmaschine</h1><div><span>319</span><span>.</span><span>00</span><span>*</span><p>inkl. MwSt. zzgl. Versand</p></div></main>', 'offer.pricing', 'de')).toBe('content');
  });
  it('does not take a legal note with no amount above it, or a year or a count above the note', () => {
    expect(present('<main><h1>Über uns</h1><p>Bitte beachten Sie:</p><p>Alle Preise inkl. MwSt.</p></main>', 'offer.pricing', 'de')).toBe('none');
    expect(present('<main><h1>Über uns</h1><p>Seit</p><p>2024</p><p>inkl. MwSt. Hinweise</p></main>', 'offer.pricing', 'de')).toBe('none');
  });
});

describe('trust.company: names with an ampersand, ids under their label', () => {
  it('counts "Falu Energi & Vatten AB" standing above its address', () => {
    const footer = '<footer><h3>Postadress</h3><p>Norra Energi &amp; Vatten AB</p><p>Box 213, 791 25 Falun</p><h3>Besöksadress</h3><p>Västermalmsvägen 12,</p><p>791 77 Falun</p></footer>';
    expect(present(footer, 'trust.company', 'sv')).toBe('content');
  });
  it('counts an organisation number on the line under its label, not a lone label', () => {
    expect(present('<footer><dl><dt>Org. nr.</dt><dd>797300-0370</dd></dl></footer>', 'trust.company', 'sv')).toBe('content');
    expect(present('<footer><dl><dt>Org. nr.</dt><dd>Se nedan</dd></dl></footer>', 'trust.company', 'sv')).toBe('none');
  });
});

describe('contact.chat: a launcher the page\'s own script opens', () => {
  it('counts a chat prompt on a javascript: link or a clickable block', () => {
    expect(present('<footer><a href="javascript:window.Assist.openChatWindow();" title="Chatta med oss"><span class="icon"></span></a></footer>', 'contact.chat', 'sv')).toBe('content');
    expect(present('<header><div onclick="startConversation(event)"><i class="icon-chat"></i> Czat na żywo <small>pon.-pt. 8:00-21:00</small></div></header>', 'contact.chat', 'pl')).toBe('content');
  });
  it('does not take a bare "Chat" control, or a prompt inside a longer text', () => {
    expect(present('<div onclick="toggle()">Chat</div>', 'contact.chat')).toBe('none');
    expect(present('<div onclick="toggle()">Read how our team built live chat for the city library in 2019</div>', 'contact.chat')).toBe('none');
  });
});

describe('marks and logos drawn by sprites, chats known by their script', () => {
  it('counts an icon link to a seal service and sprite classes naming payment methods', () => {
    expect(present('<footer><a href="https://www.confianzaonline.es/empresas/tienda.htm"><i class="s s--badge-confianza-online"></i></a></footer>', 'trust.badges', 'es')).toBe('content');
    const payment = scan('<footer><div class="col"><i class="s s--badge-paypal-2"></i></div><div class="col"><i class="s s--badge-visa"></i></div></footer>', 'es').assets['payment.methods']!;
    expect(payment.present).toBe('content');
    expect(payment.items).toContain('paypal');
  });
  it('does not take a text link to the seal service, or a sprite of a social network', () => {
    expect(present('<main><p>Read <a href="https://www.confianzaonline.es/que-es">what the association does</a> for shoppers.</p></main>', 'trust.badges', 'es')).toBe('none');
    expect(present('<footer><i class="s s--badge-facebook"></i></footer>', 'payment.methods', 'es')).toBe('none');
  });
  it('counts a script named for a live chat, not an image so named', () => {
    expect(present('<main><p>Shop</p></main><script src="https://chat.example.at/livechat/rocketchat-livechat.min.js"></script>', 'contact.chat', 'de')).toBe('script');
    expect(present('<main><p>Bank</p></main><script src="/static/virtual-assistant/init.js"></script>', 'contact.chat', 'sv')).toBe('script');
    expect(present('<main><img src="/img/chatbot-illustration.png" alt=""></main>', 'contact.chat')).toBe('none');
  });
});

describe('advocacy.share: icon links that say what they do, the WhatsApp app', () => {
  it('counts an icon link titled "share on <network>" and a whatsapp://send link with a text', () => {
    expect(present('<ul><li><a href="http://twitter.com/" onclick="share(\'tw\'); return false;"><img src="/i/tw.svg" alt="Icon Twitter" title="Bei Twitter teilen"></a></li></ul>', 'advocacy.share', 'de')).toBe('content');
    expect(present('<a href="whatsapp://send?text=Read%20this%20http%3A%2F%2Fexample.de">WhatsApp</a>', 'advocacy.share', 'de')).toBe('content');
  });
  it('does not take an icon link to the brand\'s profile', () => {
    expect(present('<footer><a href="https://twitter.com/kauppa"><img src="/i/tw.svg" alt="Twitter" title="Folgen Sie uns auf Twitter"></a></footer>', 'advocacy.share', 'de')).toBe('none');
  });
});

describe('retention.account: a login box opened from a form', () => {
  it('counts a scripted login link inside a comment form, not a form\'s own submit button', () => {
    const form = (control: string) => `<form action="/comment/reply/1"><div><span>Visiteur anonyme</span> ${control}</div><input type="text" name="subject"><button type="submit">Envoyer</button></form>`;
    expect(present(form('<a onclick="openLogin(\'/loginBox.php\')">Se connecter/créer un compte</a>'), 'retention.account', 'fr')).toBe('link');
    expect(present('<form action="/newsletter"><input type="email" name="email"><button type="submit">Anmelden</button></form>', 'retention.account', 'de')).toBe('none');
  });
});

describe('retention.loyalty: paid memberships called by the brand', () => {
  it('counts "<brand> Prime" and "<brand> MAX" in a shop\'s menu, not "Prime Day" or "Max 2 per order"', () => {
    const shop = (link: string) => collectFacts(htmlDocument(page(`<header><nav><a href="/cart">Cart</a>${link}</nav></header><main><p>Laptop 899,00 €</p><button>Add to cart</button></main>`, '', 'en'), 'https://www.kauppa.example/p/1')).assets['retention.loyalty']!.present;
    expect(shop('<a href="/prime">Kauppa Prime</a>')).not.toBe('none');
    expect(shop('<a href="/max">Kauppa MAX</a>')).not.toBe('none');
    expect(shop('<a href="/deals">Prime Day deals</a>')).toBe('none');
    expect(shop('<a href="/rules">Max 2 per order</a>')).toBe('none');
  });
});

describe('contact.address: a shop\'s street and town above its opening hours', () => {
  it('counts "A.H.Tammsaare tee 116, Tallinn" over "E-L 10:00 - 20:00", not the same street in a sentence', () => {
    expect(present('<footer><p>Mustika esinduspood</p><p>A.H.Tammsaare tee 116, Tallinn</p><p>E-L</p><p>10:00 - 20:00</p></footer>', 'contact.address', 'et')).toBe('content');
    expect(present('<main><p>Read why Pärnu mnt 10, Tallinn was closed between 10:00 - 12:00 today.</p></main>', 'contact.address', 'et')).toBe('none');
  });
});

describe('trust.company: state agencies', () => {
  it('counts an agency named "Statens …" with its address', () => {
    expect(present('<footer><p>Statens autorisasjonskontor for helsepersonell</p><p>Postboks 8100 Dep, 0032 Oslo</p><p>Besøksadresse: Akersgata 59, 0180 Oslo</p></footer>', 'trust.company', 'no')).toBe('content');
  });
});

describe('contact.phone: help lines', () => {
  it('counts a number under "Need help?", the first of two written in a row', () => {
    expect(present('<header><p>¿Necesitas ayuda?</p><p>910 887 898 / 900 264 267</p></header>', 'contact.phone', 'es')).toBe('content');
  });
  it('keeps a German area code set apart by a slash as part of the number', () => {
    expect(scan('<main><p>24h Hotline 0 96 04 / 40 86 33</p></main>', 'de').assets['contact.phone']!.evidence[0]!.text).toContain('40 86 33');
  });
  it('does not take a count under the same question', () => {
    expect(present('<main><p>Need help?</p><p>Over 120 articles in our guides</p></main>', 'contact.phone')).toBe('none');
  });
});
