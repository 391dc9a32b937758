// Share bars a script fills in, and chats offered by a number or a bot link (issue 8, fourth session).
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en') => collectFacts(htmlDocument(page(body, '', lang), 'https://www.example.com.br/blog/post'));
const present = (body: string, id: AssetId, lang = 'en') => scan(body, lang).assets[id]!.present;

describe('advocacy.share: items known by their title', () => {
  it('counts list items titled "share on <network>" that a script turns into buttons', () => {
    expect(present('<ul class="bar"><li class="facebook" title="Compartilhe no Facebook"></li><li title="Compartilhe no Twitter"></li></ul>', 'advocacy.share', 'pt')).toBe('content');
    expect(present('<ul class="social-likes"><li class="facebook">Facebook</li></ul>', 'advocacy.share')).toBe('content');
  });
  it('does not take a network\'s name in a title for a share item', () => {
    expect(present('<ul><li title="Facebook">Facebook</li><li title="Follow us on Instagram">Instagram</li></ul>', 'advocacy.share')).toBe('none');
  });
});

describe('contact.chat: numbers and bots', () => {
  it('counts a number offered for WhatsApp in words, also behind a tel: link', () => {
    expect(present('<footer><p>WhatsApp: <a href="tel:+4916736933094">+49 167 369 33 094</a></p></footer>', 'contact.chat', 'de')).toBe('content');
    expect(present('<p>Whatsapp 040 123 4567</p>', 'contact.chat', 'fi')).toBe('content');
  });
  it('does not take WhatsApp named without a number, or a share link', () => {
    expect(present('<p>Follow our news on WhatsApp and Telegram since 2019.</p>', 'contact.chat')).toBe('none');
    expect(present('<a href="https://wa.me/?text=Read%20this">WhatsApp</a>', 'contact.chat')).toBe('none');
  });
  it('counts a ManyChat link as the Messenger conversation it opens', () => {
    expect(present('<nav><a href="https://manychat.com/l2/example.com.br">Messenger Facebook</a></nav>', 'contact.chat', 'pt')).toBe('content');
  });
});

describe('retention.newsletter: forms posted to a list service', () => {
  it('counts an e-mail-only form posted to Infusionsoft whatever its button says', () => {
    const form = '<aside><form method="POST" action="https://ab123.infusionsoft.com/app/form/process/abc"><input type="hidden" name="inf_field_FirstName" value=" "><input type="email" name="inf_field_Email" placeholder="Insira seu email aqui"><input type="submit" value="Download Gratuito!"></form></aside>';
    expect(present(form, 'retention.newsletter', 'pt')).toBe('content');
  });
  it('does not take a comment form posted to the same service', () => {
    const form = '<form method="POST" action="https://ab123.infusionsoft.com/app/form/process/abc"><input type="email" name="email"><textarea name="message"></textarea><input type="submit" value="Send"></form>';
    expect(present(form, 'retention.newsletter')).toBe('none');
  });
});

describe('more shops and widgets by their words', () => {
  it('takes a menu entry for the business\'s WhatsApp service as the chat\'s link, not a channel or a share link', () => {
    expect(present('<nav><a href="/service/whatsapp/">REWE WhatsApp</a></nav>', 'contact.chat', 'de')).toBe('link');
    expect(present('<footer><a href="https://www.whatsapp.com/channel/0029Va">WhatsApp</a></footer><p>Text.</p>', 'contact.chat', 'de')).toBe('none');
    expect(present('<p>Read how <a href="/blog/whatsapp-tips">WhatsApp</a> changed retail.</p>', 'contact.chat')).toBe('none');
  });
  it('takes a British trolley as the cart', () => {
    expect(present('<header><a href="/ecom/shop/trolley">Total £0.00</a></header>', 'commerce.cart')).toBe('link');
  });
  it('takes Hupso\'s share toolbar', () => {
    expect(present('<a class="hupso_toolbar" href="https://www.hupso.com/share/"><img alt="Share Button" src="/b.png"></a>', 'advocacy.share')).toBe('content');
  });
});

describe('a WhatsApp icon among the social profiles', () => {
  it('is a channel, not a chat', () => {
    expect(present('<footer><ul><li><a href="https://www.instagram.com/example/" aria-label="Instagram"><img src="/i.svg" alt=""></a></li><li><a href="/artikel/wir-schreiben-euch-bei-whatsapp" aria-label="Whatsapp"><img src="/w.svg" alt=""></a></li></ul></footer>', 'contact.chat', 'de')).toBe('none');
  });
});

describe('a menu entry masked as a posting button', () => {
  it('takes "REWE WhatsApp" in a menu list as the chat\'s link, not a share button in an article', () => {
    expect(present('<ul><li><form method="post" action="/api/prg"><input type="hidden" name="redirectUrl"><button type="submit"><span>REWE WhatsApp</span></button></form></li></ul>', 'contact.chat', 'de')).toBe('link');
    expect(present('<article><p>Text.</p><button aria-label="Share via WhatsApp">WhatsApp teilen</button></article>', 'contact.chat', 'de')).toBe('none');
  });
});

describe('offer.pricing: a marketplace\'s price in an affiliate box', () => {
  it('does not take the price of a product sold on Amazon from a recipe blog', () => {
    const box = '<ul><li><a href="https://www.amazon.fr/dp/B000?tag=blog-21"><span class="title">Riz pour risotto ... sur Amazon</span><span class="price">5.34€</span></a></li></ul><p>Recette.</p>';
    expect(present(box, 'offer.pricing', 'fr')).toBe('none');
  });
  it('still takes the site\'s own price beside it', () => {
    const page = '<div class="product"><span class="price">24,90 €</span><a href="/panier">Ajouter au panier</a></div><a href="https://amzn.to/x"><span class="price">5.34€</span></a>';
    expect(present(page, 'offer.pricing', 'fr')).toBe('content');
  });
});

describe('proof.reviews: a rating seal linking the shop\'s reviews', () => {
  it('takes Shopper Approved\'s seal, not its home page', () => {
    expect(present('<footer><a href="https://www.shopperapproved.com/reviews/osibatteries.example"><img src="/seal.gif" alt="Customer ratings"></a></footer>', 'proof.reviews')).toBe('link');
    expect(present('<p>We compared <a href="https://www.shopperapproved.com/">Shopper Approved</a> with other services.</p>', 'proof.reviews')).toBe('none');
  });
});

describe('contact.phone: a number with its opening hours', () => {
  it('takes a national number followed by the hours to call', () => {
    expect(present('<header><span>800-626-4173 Hours: 8am-5pm CST M-F</span></header>', 'contact.phone')).toBe('content');
    expect(present('<header><p>09 123 4567 ma–pe 8–16</p></header>', 'contact.phone', 'fi')).toBe('content');
  });
  it('does not take an order number or a count followed by other words', () => {
    expect(present('<p>Order 800-626-4173 shipped yesterday.</p>', 'contact.phone')).toBe('none');
  });
});

describe('southern European addresses, phone lines and list pages', () => {
  it('takes a street written with a comma before its number ("Via Monte Gleno, 2/L - 24125 Bergamo")', () => {
    expect(present('<footer><p>Sede: c/o Casa dello Sport - Via Monte Gleno, 2/L - 24125 Bergamo (BG)</p></footer>', 'contact.address', 'it')).toBe('content');
    expect(present('<footer><p>Calle Mayor, 5 - 28013 Madrid</p></footer>', 'contact.address', 'es')).toBe('content');
    expect(present('<p>In 2019, 12 Monate lang, 80331 München feierte.</p>', 'contact.address', 'de')).toBe('none');
  });
  it('takes a number under "Servicio de atención telefónica"', () => {
    expect(present('<div>SERVICIO DE ATENCION TELEFONICA: 91 464 93 88</div>', 'contact.phone', 'es')).toBe('content');
  });
  it('takes a link to a MailUp landing page as the newsletter signup', () => {
    expect(present('<p>Iscriviti alla NEWSLETTER <a href="https://h0a6g.mailupclient.com/frontend/forms/Subscription.aspx">[CLICCANDO QUI]</a></p>', 'retention.newsletter', 'it')).toBe('link');
  });
});
