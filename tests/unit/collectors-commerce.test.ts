import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'en', url = 'https://example.fi/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, opts?: Parameters<typeof scan>[1]) => scan(body, opts).assets[id]!.present;
const items = (body: string, opts?: Parameters<typeof scan>[1]) => [...scan(body, opts).assets['payment.methods']!.items].sort();

describe('commerce.cart', () => {
  it('finds mini-cart buttons, cart links below a locale and empty-cart messages', () => {
    expect(present('<header><button title="Mon panier"><svg></svg></button></header>', 'commerce.cart', { lang: 'fr' })).toBe('content');
    expect(present('<header><a href="/fi/ostoskori">0,00 €</a></header>', 'commerce.cart', { lang: 'fi' })).toBe('link');
    expect(present('<aside><h2>Warenkorb</h2><p>Ihr Warenkorb ist leer.</p></aside>', 'commerce.cart', { lang: 'de' })).toBe('content');
    expect(present('<nav><a href="/commander">Commander</a></nav>', 'commerce.cart', { lang: 'fr' })).toBe('link');
  });
  it('does not take baskets in a blog, a "checkout my…" link or a "shop now" teaser for a cart', () => {
    expect(present('<a href="/blog/picnic-basket-ideas-for-summer-outings">Ten ideas for the perfect picnic basket this summer</a>', 'commerce.cart')).toBe('none');
    expect(present('<a href="/easter">Easter basket ideas</a><a href="https://instagram.com/x">Checkout my Instagram</a>', 'commerce.cart')).toBe('none');
    expect(present('<a href="https://partner.example.com/p/1">Shop now</a>', 'commerce.cart')).toBe('none');
  });
});

describe('commerce.delivery', () => {
  it('finds delivery promises in text and delivery pages behind links', () => {
    expect(present('<p>Ilmainen toimitus yli 50 € tilauksiin</p>', 'commerce.delivery', { lang: 'fi' })).toBe('content');
    expect(present('<p>Lieferzeit 1-3 Werktage</p>', 'commerce.delivery', { lang: 'de' })).toBe('content');
    expect(present('<footer><a href="/toimitusehdot">Toimitus- ja maksuehdot</a></footer>', 'commerce.delivery', { lang: 'fi' })).toBe('link');
    expect(present('<footer><a href="/help/shipping">Shipping</a></footer>', 'commerce.delivery')).toBe('link');
  });
  it('does not read a newsroom, food-delivery spam or ships in a harbour as delivery info', () => {
    expect(present('<footer><a href="/toimitus">Toimitus</a></footer>', 'commerce.delivery', { lang: 'fi' })).toBe('none');
    expect(present('<a href="https://food.example.com/">STREET FOOD DELIVERY</a>', 'commerce.delivery')).toBe('none');
    expect(present('<p>Three ships in the harbour were damaged on 12 May.</p>', 'commerce.delivery')).toBe('none');
    expect(present('<p>Une question sur votre livraison ?</p>', 'commerce.delivery', { lang: 'fr' })).toBe('none');
  });
});

describe('commerce.returns', () => {
  it('finds a returns right in text and returns pages behind links', () => {
    expect(present('<p>14 päivän palautusoikeus</p>', 'commerce.returns', { lang: 'fi' })).toBe('content');
    expect(present('<p>Free returns within 30 days</p>', 'commerce.returns')).toBe('content');
    expect(present('<footer><a href="/widerruf">Widerruf</a></footer>', 'commerce.returns', { lang: 'de' })).toBe('link');
    expect(present('<footer><a href="/pages/return-policy">Refund Policy</a></footer>', 'commerce.returns')).toBe('link');
  });
  it('does not read headlines, a password reset or a complaint form as a returns policy', () => {
    expect(present('<a href="/news/2024/05/tax-story">Senator releases tax returns</a>', 'commerce.returns')).toBe('none');
    expect(present('<a href="/salasana">Salasanan palautus</a>', 'commerce.returns', { lang: 'fi' })).toBe('none');
    expect(present('<a href="/kontakt/reklamasjon">Reklamasjonsskjema</a>', 'commerce.returns', { lang: 'no' })).toBe('none');
    expect(present('<p>Sie können Ihre Einwilligung jederzeit widerrufen.</p>', 'commerce.returns', { lang: 'de' })).toBe('none');
  });
});

// A story carries its date; a page marked "article" without one is a site's own page (see collectors-offer-names).
const STORY = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T08:00:00Z">';

describe('offer.pricing', () => {
  it('finds visible prices in several notations', () => {
    expect(present('<p>Kotisiivous 45 €/h</p>', 'offer.pricing', { lang: 'fi' })).toBe('content');
    expect(present('<div class="product-card"><span class="price">12,90 €</span></div>', 'offer.pricing', { lang: 'fi' })).toBe('content');
    expect(present('<p>from $ 9.95</p>', 'offer.pricing')).toBe('content');
    expect(present('<p>445 CHF</p>', 'offer.pricing', { lang: 'de' })).toBe('content');
  });
  it('finds a link to the price list or the buy page', () => {
    expect(present('<nav><a href="/hinnasto">Hinnasto</a></nav>', 'offer.pricing', { lang: 'fi' })).toBe('link');
    expect(present('<nav><a href="/plans">Pricing</a></nav>', 'offer.pricing')).toBe('link');
    expect(present('<a href="/products/app/buy/">Buy Now</a>', 'offer.pricing')).toBe('link');
  });
  it('ignores empty carts, promo credits, headlines and prices in an editorial test', () => {
    expect(present('<a href="/cart">€ 0,00</a><p>Newsletter – 10 € Gutschein sichern!</p>', 'offer.pricing', { lang: 'de' })).toBe('none');
    expect(present('<a href="/news/oil-prices-rise-again-in-may">Oil prices rise</a>', 'offer.pricing')).toBe('none');
    expect(present('<a href="#" class="btn">Buy Now</a><a href="https://mccormick.example/where-to-buy">Where to Buy</a>', 'offer.pricing')).toBe('none');
    const test = '<h1>Testissä viisi pölynimuria</h1><p>Testivoittaja: Imuri X, hinta 199 €</p><span class="price">249 €</span>';
    expect(present(test, 'offer.pricing', { lang: 'fi', head: STORY })).toBe('none');
  });
});

describe('payment.methods', () => {
  it('reads inline SVG icons: <title>, data-icon and icon classes in a payment block', () => {
    const svgTitles = '<ul class="footer-icons"><li><svg class="payment-icon" role="img"><title>American Express</title></svg></li><li><svg class="payment-icon" role="img"><title>Discover</title></svg></li></ul>';
    expect(items(svgTitles)).toEqual(['amex', 'discover']);
    const dataIcons = '<div class="footer__payment-icons"><svg data-icon="visa"></svg><svg data-icon="mastercard"></svg><svg data-icon="applepay"></svg></div>';
    expect(items(dataIcons)).toEqual(['applepay', 'mastercard', 'visa']);
    const classes = '<div class="column payment"><h5>Bequem bezahlen</h5><span class="icon-masterCard" title="Mastercard"></span><span class="icon-cash" title="Barzahlung bei Abholung">Bar</span><span class="icon-voucher" title="Geschenkkarte/Gutschein"></span></div>';
    expect(items(classes, { lang: 'de' })).toEqual(['cash', 'giftcard', 'mastercard']);
  });
  it('reads logo files and CSS background logos in a row of payment logos', () => {
    const row = '<span class="payment-logos"><img src="/i/logo_visa.png"><img src="/i/logo_ec.png"><img src="/i/logo_twint.png"><img src="/i/logo_rechnung.png"></span>';
    expect(items(row, { lang: 'de' })).toEqual(['ec', 'invoice', 'twint', 'visa']);
    expect(items('<p><span>We now accept </span><em style="background:url(/g/paypal-small.png)">PayPal</em><span> for all orders</span></p>')).toEqual(['paypal']);
  });
  it('counts a "payment methods" heading over a logo image that names no method', () => {
    expect(scan('<div><p role="heading" aria-level="2">Méthode de paiement</p><ul><li><img src="/m/Payment_Method.png" alt="undefined"></li></ul></div>', { lang: 'fr' }).assets['payment.methods']).toMatchObject({ present: 'content', items: [] });
  });
  it('reads the payment sentence of a long "delivery and payment" paragraph', () => {
    const filler = 'Les articles sont expédiés depuis notre entrepôt en France métropolitaine, y compris en Corse. '.repeat(4);
    const body = `<div class="drawer"><h2>Livraison et paiement</h2><p>LIVRAISON : ${filler}PAIEMENT : nous acceptons les cartes Mastercard et Visa. Vous pouvez aussi payer avec PayPal.</p></div>`;
    expect(items(body, { lang: 'fr' })).toEqual(['mastercard', 'paypal', 'visa']);
    // A long story that names a card brand in passing is still no list of methods.
    const story = `<article><p>${'La banque a publié ses résultats du trimestre et les analystes restent prudents. '.repeat(5)}Le réseau Visa a annoncé une panne hier.</p></article>`;
    expect(present(story, 'payment.methods', { lang: 'fr' })).toBe('none');
  });
  it('counts instalments offered as a way to pay', () => {
    expect(items('<ul class="reassurance"><li>Livraison express</li><li>Paiement en 3x/4x</li></ul>', { lang: 'fr' })).toEqual(['invoice']);
    expect(items('<p>Pay in 3 interest-free payments at checkout</p>')).toEqual(['invoice']);
    expect(present('<p>Suomen lippu liehui 3 kertaa erissä</p>', 'payment.methods', { lang: 'fi' })).toBe('none');
  });
  it('names Finnish methods in a payment context', () => {
    expect(items('<h3>Maksutavat</h3><p>Paytrail, MobilePay, verkkopankki ja lasku</p>', { lang: 'fi' })).toEqual(['bank', 'invoice', 'mobilepay', 'paytrail']);
  });
  it('does not take news about a payment brand or the German "sofort" for payment options', () => {
    expect(present('<h2>Apple Pay comes to more banks in Finland this spring</h2><img src="/news/phone.jpg" alt="PayPal logo on a phone screen">', 'payment.methods')).toBe('none');
    expect(items('<p>Versandfertig in 24 Stunden, Lieferzeit 2-4 Werktage</p><p>Bezahlen Sie per PayPal</p>', { lang: 'de' })).toEqual(['paypal']);
    expect(present('<img src="/visa-ansokan.jpg" alt="Visa ansökan steg för steg"><p>Visa alla recept</p>', 'payment.methods', { lang: 'sv' })).toBe('none');
  });
  it('does not take a news story on card payments for the site\'s own payment methods', () => {
    const story = '<h1>Card outage</h1><p>Visa and Mastercard payments failed across Europe on Friday.</p><img src="/img/visa.jpg" alt="Visa">';
    expect(present(story, 'payment.methods', { head: STORY })).toBe('none');
    expect(present(story, 'payment.methods')).toBe('content');
  });
});
