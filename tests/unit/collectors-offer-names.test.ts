// Second session of issue 8: programmes called by a brand or a card, plain menu prices in more
// currencies, e-mail alerts and formless newsletter boxes, delivery and returns in the added languages,
// payment widgets and share controls labelled by network. Every mechanism has a trap beside it.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { brandKey, brandKeys, namesProgramme } from '../../collectors/loyalty-names';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', head = '', url = 'https://www.example.fi/') => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, lang = 'en', head = '', url?: string) => scan(body, lang, head, url).assets[id]!.present;
const CART = '<header><a href="/cart">Cart</a></header>';
const WP_PAGE = '<meta property="og:type" content="article">';
const STORY = '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-01T10:00:00Z">';

describe('retention.loyalty: programmes called by a name', () => {
  it('reads the brand from the host', () => {
    expect(brandKey('www.kauppa-talo.fi')).toBe('kauppatalo');
    expect(brandKey('shop.example.co.uk')).toBe('example');
    expect(brandKeys('www1.paper.portal.com.br', 'Folha de S.Paulo')).toEqual(['portal', 'folha']);
  });
  it('takes the brand beside a card, club or bonus word for the programme', () => {
    expect(present('<nav><a href="/kortit/talo">TALO Kortti</a></nav>', 'retention.loyalty', 'fi', '', 'https://www.talo.fi/')).toBe('link');
    expect(present('<footer><a href="/cartao">Cartão Livraria</a></footer>', 'retention.loyalty', 'pt', '', 'https://www.livraria.pt/')).toBe('link');
    expect(present('<a href="/bonus/">Tapas-bonus</a>', 'retention.loyalty', 'sv', '', 'http://www.tapas.se/lunch/')).toBe('link');
    expect(present('<h3>Die Markt Vorteile</h3>', 'retention.loyalty', 'de', '', 'https://www.markt.ch/')).toBe('content');
  });
  it('takes a card or points word beside a proper name in a shop, not a pickup point or a gift card', () => {
    expect(present(`${CART}<a href="https://www.tahtipisteet.example/">Puntos Estrella</a>`, 'retention.loyalty', 'es')).toBe('link');
    expect(present(`${CART}<a href="/tiendas">Puntos de retiro</a><a href="/relais">Points Relais</a>`, 'retention.loyalty', 'fr')).toBe('none');
    expect(present(`${CART}<a href="/lahjakortti">Lahjakortti</a><a href="/gift">Example Gift Card</a>`, 'retention.loyalty', 'en', '', 'https://www.example.com/')).toBe('none');
    // Without a cart a capitalised name beside "Card" is anything (a map, a menu card of a restaurant).
    expect(present('<a href="/kort">Kort Stockholm</a>', 'retention.loyalty', 'sv')).toBe('none');
    expect(present(`${CART}<nav><a href="/carte-graphique">Carte Graphique</a><a href="/carte-mere">Carte Mère</a><a href="/carte-controleur">Carte Controleur</a></nav>`, 'retention.loyalty', 'fr')).toBe('none');
  });
  it('does not take a bank card, a sports club or another brand\'s club for the site\'s programme', () => {
    expect(namesProgramme('example credit card', 'Example Credit Card', ['example'], true)).toBe(false);
    expect(namesProgramme('example golf club', 'Example Golf Club', ['examplegolf'], false)).toBe(false);
    expect(namesProgramme('other club', 'Other Club', ['example'], false)).toBe(false);
    expect(namesProgramme('my example rewards', 'My Example Rewards', ['example'], false)).toBe(true);
    expect(namesProgramme('clubefolha', 'ClubeFolha', ['folha'], false)).toBe(true);
    // Swedish "Kort om …" is "In short, about …": a preposition makes it a phrase, not a programme's name.
    expect(namesProgramme('kort om yrkeshogskolan', 'Kort om yrkeshögskolan', ['yrkeshogskolan'], false)).toBe(false);
    expect(namesProgramme('kort yrkeshogskolan', 'Kort Yrkeshögskolan', ['yrkeshogskolan'], false)).toBe(true);
    expect(namesProgramme('examplestore', 'ExampleStore', ['example'], false)).toBe(false);
  });
  it('reads programme phrases in a line of text, in every added language', () => {
    expect(present('<p>Vos points de fidélité sont valables sur nos sites partenaires !</p>', 'retention.loyalty', 'fr')).toBe('content');
    expect(present('<p>Liitu meie lojaalsusprogrammiga ja saa soodustusi.</p>', 'retention.loyalty', 'et')).toBe('content');
    expect(present('<a href="https://program.example.pl">Programy lojalnościowe</a>', 'retention.loyalty', 'pl')).toBe('link');
  });
  it('reads earning a programme\'s currency without a number, outside stories', () => {
    expect(present('<p>TreueSterne sammeln und exklusive Vorteile sichern.</p>', 'retention.loyalty', 'de')).toBe('content');
    expect(present('<p>Click & collect points in over 300 stores.</p>', 'retention.loyalty')).toBe('none');
    expect(present('<p>Kunden sammeln Treuepunkte, sagt die Studie.</p>', 'retention.loyalty', 'de', STORY)).toBe('none');
  });
  it('does not take a story about loyalty schemes or "customer loyalty" in prose for the site\'s programme', () => {
    expect(present('<p>Why customer loyalty matters more than ever for small shops.</p>', 'retention.loyalty')).toBe('none');
    expect(present('<p>Supermarkets expand their loyalty programs, analysts say.</p>', 'retention.loyalty', 'en', STORY)).toBe('none');
  });
});

describe('offer.pricing: plain prices on menus and product pages', () => {
  it('reads Czech, Hungarian and Romanian currencies, with or without a space', () => {
    expect(present('<p>Polévka dne</p><p>45 Kč</p><p>Svíčková na smetaně</p><p>139Kč</p>', 'offer.pricing', 'cs')).toBe('content');
    expect(present('<p>Goulash soup 1 290 HUF</p><p>Chicken paprikash 2 490 HUF</p>', 'offer.pricing')).toBe('content');
    expect(present('<p>Ciorbă de burtă 25 lei</p><p>Sarmale cu mămăligă 38 lei</p>', 'offer.pricing', 'ro')).toBe('content');
  });
  it('reads a price after "för", "für", "za" in a long line', () => {
    expect(present('<p><em>Vardagar 11.00-14.00 serverar vi dagens rätt för 95 kr inklusive sallad, bröd och kaffe</em></p>', 'offer.pricing', 'sv')).toBe('content');
    expect(present('<p><em>Lunch på vardagar mellan klockan 11.30-13.30 för 89 kr inklusive dryck, sallad och kaffe</em></p>', 'offer.pricing', 'sv')).toBe('content');
    expect(present('<p>Unser Mittagstisch mit Suppe, Hauptgericht und Getränk gibt es heute für 8,50 € im Bistro</p>', 'offer.pricing', 'de')).toBe('content');
  });
  it('does not read "for" far from an amount, feet or a year as a price', () => {
    expect(present('<p>We have been cooking for our guests since 1998 and serve up to 120 people in our hall today.</p>', 'offer.pricing')).toBe('none');
    expect(present('<p>The tower is 300 ft tall and was built for the exhibition in 1889.</p>', 'offer.pricing')).toBe('none');
    // A multi-buy promotion in a long banner line is no item's price.
    expect(present('<p>Pick any of our summer barbecue favourites this week: 5 for £25 on selected lines while stocks last</p>', 'offer.pricing')).toBe('none');
  });
  it('reads a lunch page marked "article" without a date as the site\'s own page', () => {
    expect(present('<h4>Pris: 98 kr</h4>', 'offer.pricing', 'sv', WP_PAGE)).toBe('content');
    expect(present('<h4>Pris: 98 kr</h4>', 'offer.pricing', 'sv', STORY)).toBe('none');
  });
  it('counts a publisher\'s "Assine" link and media kit as its price links, not a newsletter\'s "Subscribe"', () => {
    expect(present('<a href="//secure.paper.example/subs" title="Assine a Folha">Assine</a><p>Texto.</p>', 'offer.pricing', 'pt', STORY)).toBe('link');
    expect(present('<a href="/newsletter">Subscribe</a><p>Text.</p>', 'offer.pricing', 'en', STORY)).toBe('none');
    // Off an article, the address must say subscription too: a channel's "Abonnieren" is no offer.
    expect(present('<a href="/abo/digital">Abonnieren</a>', 'offer.pricing', 'de')).toBe('link');
    expect(present('<a href="https://www.youtube.com/c/beispiel?sub_confirmation=1">Abonnieren</a>', 'offer.pricing', 'de')).toBe('none');
    expect(present('<footer><a href="https://media.example.fi/">Mediatiedot</a></footer>', 'offer.pricing', 'fi')).toBe('link');
  });
  it('counts prices set on lines of their own under the dishes, even in a dated post', () => {
    const menu = '<p>Montag</p><p>Hühnerfrikassee mit Reis</p><p>5,60 €</p><p>Dienstag</p><p>Gyros mit Pommes</p><p>6,10 €</p><p>Mittwoch</p><p>Kohlroulade</p><p>5,90 €</p>';
    expect(present(menu, 'offer.pricing', 'de', STORY)).toBe('content');
  });
});

describe('retention.newsletter: alerts, formless boxes and offers in words', () => {
  it('counts e-mail alerts of job boards and price comparisons', () => {
    expect(present('<a href="https://forms.example.com/x">crear alerta</a>', 'retention.newsletter', 'es')).toBe('link');
    expect(present('<a href="/?alarm=1">Preisalarm setzen</a>', 'retention.newsletter', 'de')).toBe('link');
    expect(present('<a href="/hakuvahti/uusi">Tallenna hakuvahti</a>', 'retention.newsletter', 'fi')).toBe('link');
  });
  it('counts a formless signup box whose field is known only by its newsletter class', () => {
    const box = '<div class="footer__newsletter"><p class="title">NEWSLETTER</p><p>Inscrivez-vous et restez informé des bons plans :</p><input type="text" name="name" class="footer__newsletter-input"><div onclick="valider()">OK</div></div>';
    expect(present(box, 'retention.newsletter', 'fr')).toBe('content');
    expect(present('<div class="newsletter-archive"><input type="text" name="q" class="newsletter-search"><p>Search past issues</p></div>', 'retention.newsletter')).toBe('none');
  });
  it('reads a link label without the CSS a framework puts inside it', () => {
    expect(present('<a href="https://forms.example.com/x"><style>.c1{color:red;font-family:Inter,sans-serif;line-height:1.5}@media screen{.c1{font-size:12px}}</style><div class="c1">crear alerta</div></a>', 'retention.newsletter', 'es')).toBe('link');
  });
  it('counts a link written as a span with an encoded address, not any such span', () => {
    expect(present('<span data-href="L2FjY291bnQvP3JvdXRlPW5ld3NsZXR0ZXJz" class="obf">Newsletters</span>', 'retention.newsletter', 'fr')).toBe('link');
    expect(present('<span data-href="L2VtcGxvaS8=" class="obf">Emploi</span>', 'retention.newsletter', 'fr')).toBe('none');
  });
  it('counts a signup button and a box without a form of its own', () => {
    expect(present('<div class="banner">New arrivals and offers <button>Sign me up for emails</button></div>', 'retention.newsletter')).toBe('link');
    expect(present('<div class="newsletter"><label for="nl">Newsletter</label><input id="nl" type="text" placeholder="Wpisz swój adres e-mail"><a href="javascript:void(0)">Zapisz się</a></div>', 'retention.newsletter', 'pl')).toBe('content');
  });
  it('counts the list offered in a line: a receiving verb with its name, or a mailing by e-mail', () => {
    expect(present('<p>Recevez 10€ de bons d\'achats en vous inscrivant à notre newsletter</p>', 'retention.newsletter', 'fr')).toBe('content');
    expect(present('<p>Melden Sie sich an, um den aktuellen Wochenplan immer pünktlich per E-Mail zu bekommen.</p>', 'retention.newsletter', 'de')).toBe('content');
  });
  it('does not take an order confirmation by e-mail, a search field or a contact field for a signup', () => {
    expect(present('<p>Nach der Bestellung erhalten Sie die Bestätigung per E-Mail.</p>', 'retention.newsletter', 'de')).toBe('none');
    expect(present('<div class="search"><input type="text" name="q" placeholder="Search"></div>', 'retention.newsletter')).toBe('none');
    expect(present('<div class="news"><h3>News</h3><input type="hidden" name="mailer" value="newsletter-mail"></div>', 'retention.newsletter')).toBe('none');
    expect(present('<div class="contact"><h3>Contact us</h3><input type="email" placeholder="Your email"><textarea></textarea></div>', 'retention.newsletter')).toBe('none');
  });
});

describe('commerce.delivery and commerce.returns in the added languages', () => {
  it('reads delivery modes and times in pt, es, de and et', () => {
    expect(present('<p>Entrega até 5 dias úteis para envio ao domicílio</p>', 'commerce.delivery', 'pt')).toBe('content');
    expect(present('<p>Despacho a domicilio en 3 días hábiles</p>', 'commerce.delivery', 'es')).toBe('content');
    expect(present('<p>Tasuta kojuvedu alates 50 €</p>', 'commerce.delivery', 'et')).toBe('content');
  });
  it('reads the policy word as a field name, also when the statement follows on the next line', () => {
    expect(present('<p><strong>Levering:</strong>\n<a href="/artikkel?id=7">Du kan hente varene i butikken eller få dem sendt hjem</a></p>', 'commerce.delivery', 'no')).toBe('content');
    expect(present('<p>Versand: 2–3 Werktage innerhalb Deutschlands</p>', 'commerce.delivery', 'de')).toBe('content');
  });
  it('reads returns guarantees and periods in de, pt, es and pl', () => {
    expect(present('<p>30 Tage Rückgabegarantie</p>', 'commerce.returns', 'de')).toBe('content');
    expect(present('<p>Devolução gratuita até 30 dias</p>', 'commerce.returns', 'pt')).toBe('content');
    expect(present('<p>30 dni na zwrot towaru</p>', 'commerce.returns', 'pl')).toBe('content');
  });
  it('does not read a word before a colon in prose or a returns word without a fact as a policy', () => {
    expect(present('<p>Delivery: the word our team lives by every day</p>', 'commerce.returns')).toBe('none');
    expect(present('<p>La devolución del libro a la biblioteca</p>', 'commerce.returns', 'es')).toBe('none');
  });
  it('finds the cart of a form named for adding to it', () => {
    expect(present('<form action="/on/store/Sites-X/es/Cart-AddProduct" method="post"><button>Agregar</button></form>', 'commerce.cart', 'es')).toBe('content');
    expect(present('<form action="/search" id="search-form"><input name="q"></form>', 'commerce.cart', 'es')).toBe('none');
  });
});

describe('payment.methods: widgets and headings', () => {
  it('counts a payment method\'s widget script, not the provider\'s other scripts', () => {
    const facts = scan('<p>Libro</p>', 'pt', '<script src="https://cdn.klarna.com/public/kitt/core/v1.0/js/klarna.min.js"></script>');
    expect(facts.assets['payment.methods']!.present).toBe('script');
    expect(facts.assets['payment.methods']!.items).toContain('klarna');
    expect(present('<p>x</p>', 'payment.methods', 'en', '<script src="https://www.paypal.com/tagmanager/pptm.js"></script>')).toBe('none');
  });
  it('counts an instalment calculator heading, not a news headline about a provider', () => {
    expect(present('<h4><span>Järelmaksu kalkulaator</span><span>NB! Summad on umbkaudsed ja informatiivse iseloomuga.</span></h4>', 'payment.methods', 'et')).toBe('content');
    expect(present('<h2>Klarna raises new funding</h2>', 'payment.methods', 'en', STORY)).toBe('none');
  });
});

describe('advocacy.share: controls labelled by their network', () => {
  it('counts share controls classed for sharing and labelled "Tweet", and Pinterest\'s Pin It script', () => {
    expect(present('<ul class="social-sharing"><li><a class="btn social-sharing btn-twitter" href="javascript:void(0);">Tweet</a></li></ul>', 'advocacy.share', 'pt')).toBe('content');
    expect(present('<p>x</p>', 'advocacy.share', 'en', '<script src="//assets.pinterest.com/js/pinit.js"></script>')).toBe('script');
    expect(present('<div class="fb-like" data-action="recommend" data-send="true"></div>', 'advocacy.share', 'fr')).toBe('content');
  });
  it('counts a share widget the page\'s own script starts, not the word "share" in a script', () => {
    expect(present("<script>if ($('.addthis_box').length) { addthis.init(); }</script>", 'advocacy.share', 'no')).toBe('script');
    expect(present('<script>var a2a_config = a2a_config || {}; a2a_config.locale = "fi";</script>', 'advocacy.share', 'fi')).toBe('script');
    expect(present('<script>var shareOfVoice = 0.4; function shareCart() {}</script>', 'advocacy.share')).toBe('none');
  });
  it('knows a frequent-flyer programme as loyalty', () => {
    expect(present('<nav><a href="/frequent-flyer/">Frequent Flyer</a></nav>', 'retention.loyalty')).toBe('link');
  });
  it('does not take a gallery\'s built-in share button, an ad exchange\'s privacy link or a network profile for sharing', () => {
    expect(present('<button class="pswp__button pswp__button--share" title="Share">?</button>', 'advocacy.share', 'de')).toBe('none');
    expect(present('<a href="https://platform-cdn.sharethrough.com/privacy-policy">Privacy</a>', 'advocacy.share')).toBe('none');
    expect(present('<a class="social-link" href="https://twitter.com/example">Twitter</a>', 'advocacy.share')).toBe('none');
  });
});
