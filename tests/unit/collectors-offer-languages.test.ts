// Prices, payment methods, loyalty, newsletter and proof in the words real pages use: menu prices,
// methods listed in a footer, programmes called by their brand, and the languages added in issue 8
// (nl, es, it, pt, pl, et). Each case has a trap beside it.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', head = '') => collectFacts(htmlDocument(page(body, head, lang), 'https://example.fi/'));
const present = (body: string, id: AssetId, lang = 'en', head = '') => scan(body, lang, head).assets[id]!.present;
const items = (body: string, lang = 'en') => [...scan(body, lang).assets['payment.methods']!.items].sort();
// A story carries its date; a page marked "article" without one is a site's own page (see collectors-offer-names).
const ARTICLE = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T08:00:00Z">';

describe('offer.pricing: menus and price lists', () => {
  it('reads lunch menus with the price closing each line', () => {
    expect(present('<h2>Tiistai</h2><p>Lohikeitto (L,G) 11,20 €</p><p>Kasvislasagne (VEG) 10,90 €</p>', 'offer.pricing', 'fi')).toBe('content');
    expect(present('<ul><li>Dagens lunch 115:-</li><li>Veckans vegetariska 109:-</li></ul>', 'offer.pricing', 'sv')).toBe('content');
    expect(present('<p>Zupa dnia 14,00 zł</p><p>Pierogi ruskie 29,00 zł</p>', 'offer.pricing', 'pl')).toBe('content');
    expect(present('<p>Lunch</p><p>132kr</p>', 'offer.pricing', 'sv')).toBe('content');
  });
  it('counts bare amounts with cents once one line shows the currency', () => {
    const menu = '<p>Paistetut muikut (L) 10,50</p><p>Broileriwokki (M) 13,00</p><p>Päivän jälkiruoka 1,50 €</p>';
    expect(present(menu, 'offer.pricing', 'fi')).toBe('content');
    // Results, times and versions without any priced line are no menu.
    expect(present('<p>Virtanen 10,50</p><p>Korhonen 12,30</p><p>Nieminen 13,05</p>', 'offer.pricing', 'fi')).toBe('none');
  });
  it('reads a price noun right before the amount in a long sentence', () => {
    const prose = '<p>Buffetlounas sisältää salaattipöydän, ruokajuomat sekä kahvin ja leivät, ja lounaan hinta on 10,50 €. Tervetuloa!</p>';
    expect(present(prose, 'offer.pricing', 'fi')).toBe('content');
    expect(present('<p>Een volledig menu met voorgerecht, hoofdgerecht en dessert naar keuze: de prijs is € 34,50 per persoon.</p>', 'offer.pricing', 'nl')).toBe('content');
    expect(present('<p>Vanaf € 12</p>', 'offer.pricing', 'nl')).toBe('content');
  });
  it('does not read years, phone numbers, postcodes, dates or donations as prices', () => {
    const footer = '<footer><p>© 2024 Ravintola Oy</p><p>Puh. 040 123 4567</p><p>Kyllikinportti 2, 00240 Helsinki</p><p>Päivitetty 12.10.2024</p><p>Tuotenro 123456</p></footer>';
    expect(present(footer, 'offer.pricing', 'fi')).toBe('none');
    expect(present('<p>Støt os med 100 kr.</p><p>Giv et bidrag på 200 kr.</p>', 'offer.pricing', 'da')).toBe('none');
  });
  it('does not take the products of an editorial test for the site\'s price list', () => {
    const test = '<h1>Testissä viisi pölynimuria</h1><p>Testivoittaja on hiljainen ja tehokas.</p><p>Imuri A 199 €</p><p>Imuri B 249 €</p><p>Imuri C 329 €</p>';
    expect(present(test, 'offer.pricing', 'fi', ARTICLE)).toBe('none');
  });
  it('follows price-list links in the added languages', () => {
    expect(present('<nav><a href="/cennik">Cennik</a></nav>', 'offer.pricing', 'pl')).toBe('link');
    expect(present('<nav><a href="/hinnakiri">Hinnakiri</a></nav>', 'offer.pricing', 'et')).toBe('link');
    expect(present('<nav><a href="/listino-prezzi">Listino prezzi</a></nav>', 'offer.pricing', 'it')).toBe('link');
  });
  it('counts a publisher\'s subscription offer on an article page', () => {
    expect(present('<p>Je m’abonne à partir de 1€</p><p>Le texte de l’article continue ici.</p>', 'offer.pricing', 'fr', ARTICLE)).toBe('content');
  });
});

describe('payment.methods in words', () => {
  it('counts every method a footer lists in words', () => {
    expect(items('<p>✔ Bezahlung gegen Rechnung, PayPal oder Kreditkarte</p>', 'de')).toEqual(['creditcard', 'invoice', 'paypal']);
    expect(items('<h4>Betaalmethoden</h4><p>iDEAL, Bancontact, creditcard en achteraf betalen</p>', 'nl')).toEqual(['bancontact', 'creditcard', 'ideal', 'invoice']);
    expect(items('<p>Płatności: BLIK, Przelewy24, karta płatnicza lub za pobraniem</p>', 'pl')).toEqual(['blik', 'cod', 'creditcard', 'przelewy24']);
    expect(items('<p>Makseviisid: pangalink, krediitkaart või järelmaks</p>', 'et')).toEqual(['bank', 'creditcard', 'invoice']);
    expect(items('<p>Maksaa voit kortilla, verkkopankissa tai laskulla.</p>', 'fi')).toEqual(['bank', 'creditcard', 'invoice']);
  });
  it('reads card logos drawn by an icon font', () => {
    expect(items('<footer><i class="fab fa-cc-visa"></i><i class="fab fa-cc-mastercard"></i><i class="fab fa-paypal"></i><i class="fa fa-user"></i></footer>')).toEqual(['mastercard', 'paypal', 'visa']);
  });
  it('reads shown bank details as payment by transfer, not any long code', () => {
    expect(items('<p>Bank: IBAN: AT22 1200 0006 8414 9701</p>', 'de')).toEqual(['bank']);
    expect(items('<p>IBAN AT22 12000 006841 49701</p>', 'de')).toEqual(['bank']);
    expect(present('<p>Artikelnummer: AT22 1200 0006 8414 9701</p>', 'payment.methods', 'de')).toBe('none');
  });
  it('reads a link that names a method', () => {
    expect(items('<a href="https://help.example.ch/articles/1">Achats sur facture</a>', 'fr')).toEqual(['invoice']);
  });
  it('counts unnamed logos under a payment label as shown, without inventing methods', () => {
    const row = '<div><div class="font-bold">Zahlungsmöglichkeiten</div><div class="flex"><svg viewBox="0 0 36 24"><path d="M0 0h36v24H0z"/></svg><svg viewBox="0 0 36 24"><path d="M0 0h36v24H0z"/></svg></div></div>';
    expect(scan(row, 'de').assets['payment.methods']).toMatchObject({ present: 'content', items: [] });
  });
  it('does not read a Dutch tin, a visa application or a story about a bank as payment options', () => {
    expect(present('<p>Een blik tomaten en twee uien.</p>', 'payment.methods', 'nl')).toBe('none');
    expect(present('<p>Visa ansökan steg för steg</p>', 'payment.methods', 'sv')).toBe('none');
    expect(present('<h1>Pankki nosti korkoja</h1><p>Verkkopankki oli tiistaina poikki koko päivän, kertoi pankki.</p>', 'payment.methods', 'fi', ARTICLE)).toBe('none');
  });
});

describe('retention.loyalty by brand name', () => {
  it('finds a programme named by its brand when the page speaks of earning', () => {
    const page = '<nav><a href="/bonus/">Kauppa Bonus</a></nav><p>Sammel Bonus-Guthaben bei jedem Einkauf</p>';
    expect(present(page, 'retention.loyalty', 'de')).not.toBe('none');
    expect(present('<p>gagnez 35 points Club Lavande – 100 points = 5 € de réduction</p>', 'retention.loyalty', 'fr')).toBe('content');
    expect(present('<a href="/stammiskort">Stammis? Vi tar stammiskortet!</a>', 'retention.loyalty', 'sv')).toBe('link');
    expect(present('<a href="/program-lojalnosciowy">Program lojalnościowy</a>', 'retention.loyalty', 'pl')).toBe('link');
  });
  it('does not take a football club or a match report for a loyalty programme', () => {
    expect(present('<nav><a href="/club/">FC Club</a></nav><p>Virtanen scored 35 points in the final.</p>', 'retention.loyalty')).toBe('none');
    expect(present('<nav><a href="/plus/">Uutiset Plus</a></nav><p>Lue kaikki jutut.</p>', 'retention.loyalty', 'fi')).toBe('none');
  });
});

describe('retention.newsletter', () => {
  it('finds signup links, buttons that open one and tick boxes in other forms', () => {
    expect(present('<footer><a href="/nieuwsbrief">Nieuwsbrief</a></footer>', 'retention.newsletter', 'nl')).toBe('link');
    expect(present('<footer><form action="/nl/redirect"><button type="submit">Newsletter</button></form></footer>', 'retention.newsletter', 'de')).toBe('link');
    const register = '<form><input type="email" name="email"><input type="password" name="pw"><ul><li><input type="checkbox" id="nl"><label for="nl"></label><label>Rezepte per Newsletter erhalten</label></li></ul></form>';
    expect(present(register, 'retention.newsletter', 'de')).toBe('content');
    expect(present('<form action="/EmailSubscription" id="EmailOffersForm"><input type="email" name="email"><button>Go</button></form>', 'retention.newsletter')).toBe('content');
    expect(present('<a href="/uudiskiri">Telli uudiskiri</a>', 'retention.newsletter', 'et')).toBe('link');
  });
  it('does not take a paid "Subscribe" button or a blog post about a newsletter for a signup', () => {
    expect(present('<header><button>Subscribe</button></header>', 'retention.newsletter')).toBe('none');
    expect(present('<a href="/blog/2024/why-our-newsletter-changed-this-year">Why our newsletter changed</a>', 'retention.newsletter')).toBe('none');
  });
});

describe('the added languages', () => {
  it('finds carts, delivery and returns', () => {
    expect(present('<button>In winkelwagen</button>', 'commerce.cart', 'nl')).toBe('content');
    expect(present('<button>Dodaj do koszyka</button>', 'commerce.cart', 'pl')).toBe('content');
    expect(present('<a href="/ostukorv">Ostukorv</a>', 'commerce.cart', 'et')).toBe('link');
    expect(present('<p>Darmowa dostawa od 200 zł</p>', 'commerce.delivery', 'pl')).toBe('content');
    expect(present('<footer><a href="/info/tarneinfo">Tarneinfo</a></footer>', 'commerce.delivery', 'et')).toBe('link');
    expect(present('<p>Devoluciones gratuitas en 30 días</p>', 'commerce.returns', 'es')).toBe('content');
    expect(present('<footer><a href="/zwroty">Zwroty</a></footer>', 'commerce.returns', 'pl')).toBe('link');
  });
  it('does not take a mention of delivery in prose or a "back" link for shop terms', () => {
    expect(present('<p>La consegna delle nuove navi è stata rinviata di un anno, secondo il cantiere.</p>', 'commerce.delivery', 'it')).toBe('none');
    expect(present('<a href="/">Retour</a>', 'commerce.returns', 'fr')).toBe('none');
  });
  it('finds accounts, share buttons, referral, testimonials and reviews', () => {
    expect(present('<a href="/mijn-account">Mijn account</a>', 'retention.account', 'nl')).toBe('link');
    expect(present('<a href="/logowanie">Zaloguj się</a>', 'retention.account', 'pl')).toBe('link');
    expect(present('<button>Condividi</button>', 'advocacy.share', 'it')).toBe('content');
    expect(present('<h3>Poleć znajomemu i otrzymaj 20 zł</h3>', 'advocacy.referral', 'pl')).toBe('content');
    expect(present('<h2>Dicono di noi</h2><p>Servizio ottimo!</p>', 'proof.testimonials', 'it')).toBe('content');
    expect(present('<p>4,6/5 (128 recensioni)</p>', 'proof.reviews', 'it')).toBe('content');
    expect(present('<p>4.8/5 – 120 opinii</p>', 'proof.reviews', 'pl')).toBe('content');
  });
  it('finds referral sections of the account page', () => {
    expect(present('<a href="/account#referrals">Free meals</a>', 'advocacy.referral')).toBe('link');
  });
});

describe('policy links and lines', () => {
  it('reads a link by its visible words when an aria-label adds others', () => {
    expect(present('<footer><a href="/terms#refundpolicy" aria-label="footer link: Help and support: Refunds"><span>Refunds</span></a></footer>', 'commerce.returns')).toBe('link');
  });
  it('does not take news about free delivery for the site\'s delivery terms', () => {
    const story = '<h1>Shops race before Christmas</h1><p>Retailers now offer free delivery on orders over 20 €, analysts say.</p>';
    expect(present(story, 'commerce.delivery', 'en', ARTICLE)).toBe('none');
    expect(present(story, 'commerce.delivery')).toBe('content');
  });
  it('does not take an editor\'s grade of someone else\'s product for the site\'s reviews', () => {
    expect(present('<h1>Testissä kahvinkeitin</h1><p>Arviomme: 4/5</p>', 'proof.reviews', 'fi', ARTICLE)).toBe('none');
  });
});

describe('cart controls and quotes by structure', () => {
  it('finds an icon-only cart by its class, not a menu card or a cartoon', () => {
    expect(present('<header><a class="header__cart" href="#"><svg></svg><span>0</span></a></header>', 'commerce.cart')).toBe('content');
    expect(present('<header><button id="miniCartToggle"><svg></svg></button></header>', 'commerce.cart')).toBe('content');
    expect(present('<a class="carte-du-jour" href="/menu">La carte</a><a class="cartoon-link" href="/comics">Comics</a>', 'commerce.cart', 'fr')).toBe('none');
  });
  it('does not take a story\'s pull quotes for testimonials', () => {
    const story = '<h1>Council votes on new bridge</h1><blockquote>This bridge will change the whole town.</blockquote><p>Text.</p><blockquote>We have waited for this for twenty years.</blockquote><blockquote>The cost is far too high for a small town.</blockquote>';
    expect(present(story, 'proof.testimonials', 'en', ARTICLE)).toBe('none');
  });
});

describe('programme-like names on shops', () => {
  it('does not take a warranty plan or a recipe club of a shop for a loyalty programme', () => {
    expect(present('<header><a href="/cart">Cart</a></header><nav><a href="/care-plus">Care Plus</a><a href="/cookbook-club">Cookbook Club</a></nav>', 'retention.loyalty')).toBe('none');
  });
  it('does not take a recipe widget\'s basket button for the site\'s cart', () => {
    expect(present('<article><h1>Pasta</h1><button class="whisk-basket">Add ingredients</button></article>', 'commerce.cart')).toBe('none');
  });
});

describe('forms that sign up or give', () => {
  it('does not take a newsletter form\'s "Anmelden" button for a customer account', () => {
    const form = '<form action="/newsletter"><input type="email" name="email"><button type="submit">Anmelden</button></form>';
    expect(present(form, 'retention.account', 'de')).toBe('none');
    expect(present(form, 'retention.newsletter', 'de')).toBe('content');
  });
  it('does not take the amounts of a donation form for prices', () => {
    const gift = '<form action="https://pay.example.dk/donate"><label><input type="radio" name="a" value="100"> 100 kr.</label><label><input type="radio" name="a" value="150"> 150 kr.</label></form>';
    expect(present(gift, 'offer.pricing', 'da')).toBe('none');
    expect(present('<div class="offer"><p>100 kr.</p></div>', 'offer.pricing', 'da')).toBe('content');
  });
});

describe('a form around the whole page', () => {
  it('still reads the login button inside a page-wide form', () => {
    const fields = Array.from({ length: 8 }, (_, i) => `<input name="f${i}">`).join('');
    expect(present(`<form id="pageForm"><header><button>Log in</button></header>${fields}<main><p>Welcome.</p></main></form>`, 'retention.account')).toBe('link');
  });
});
