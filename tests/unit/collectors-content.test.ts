import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'en', url = 'https://example.fi/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url)).assets;
const present = (body: string, id: AssetId, lang = 'en', head = '', url?: string) => scan(body, { head, lang, url })[id]!.present;

describe('content.blog', () => {
  it('finds blog and news sections by link and heading in Finnish and English', () => {
    expect(present('<nav><a href="/blogi">Blogi</a></nav>', 'content.blog', 'fi')).toBe('link');
    expect(present('<h2>Ajankohtaista</h2><ul><li>Uusi toimipiste avattu</li></ul>', 'content.blog', 'fi')).toBe('content');
    expect(present('<footer><a href="/news/">Latest news</a></footer>', 'content.blog')).toBe('link');
    expect(present('<a href="https://kauppa.example.de/magazin/">Wein-Magazin</a>', 'content.blog', 'de')).toBe('link');
  });
  it('counts an article or recipe page itself', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Näin valitset oikean siivousvälineen"}</script>';
    expect(present('<h1>Näin valitset oikean siivousvälineen</h1>', 'content.blog', 'fi', ld)).toBe('content');
    expect(present('<div itemscope itemtype="http://schema.org/Recipe"><h1>Mustikkapiirakka</h1></div>', 'content.blog', 'fi')).toBe('content');
    const og = '<meta property="og:type" content="article">';
    expect(present('<h1>Tiedote</h1>', 'content.blog', 'fi', og, 'https://example.fi/ajankohtaista/uusi-toimipiste-avattu-tampereelle/')).toBe('content');
    expect(present('<h1>Kevään uutuudet</h1>', 'content.blog', 'fi', og, 'https://example.fi/2024/05/kevaan-uutuudet/')).toBe('content');
  });
  it('does not take a builder\'s og:type article on a lunch or product page for an article', () => {
    const og = '<meta property="og:type" content="article">';
    expect(present('<h1>Lounas</h1><p>Ma: Lohikeitto 11,50 €</p>', 'content.blog', 'fi', og, 'https://ravintola.example.fi/fi/ravintola/lounas/')).toBe('none');
    expect(present('<h1>Mittagstisch</h1>', 'content.blog', 'de', og, 'https://imbiss.example.de/mittagstisch-2/')).toBe('none');
  });
  it('reads shop words for goods and a link into a home-page section as what they are', () => {
    expect(present('<a href="/catalogo/indice">Indice articoli</a><a href="/marca/x">Ver mais artigos da marca</a>', 'content.blog', 'it')).toBe('none');
    expect(present('<nav><a href="/#galleri">Aktuellt</a></nav>', 'content.blog', 'sv')).toBe('none');
    expect(present('<nav><a href="/#nyheter">Aktuellt</a></nav>', 'content.blog', 'sv')).toBe('link');
    expect(present('<nav><a href="/articoli/">Articoli</a></nav>', 'content.blog', 'it')).toBe('link');
    expect(present('<footer><a href="/press">Press</a></footer>', 'content.blog')).toBe('none');
  });
  it('finds guides, knowledge banks and a content host of the site', () => {
    expect(present('<a href="/tyonhakijan-tietopankki">Työnhakijan tietopankki</a>', 'content.blog', 'fi')).toBe('link');
    expect(present('<a href="/ostajan-opas">Ostajan opas</a>', 'content.blog', 'fi')).toBe('link');
    expect(present('<nav><a href="https://wiki.example.io">Wiki</a></nav>', 'content.blog', 'en', '', 'https://www.example.io/')).toBe('link');
    expect(present('<nav><a href="https://blog.example.pl/">Porady i inspiracje</a></nav>', 'content.blog', 'pl', '', 'https://www.example.pl/')).toBe('link');
    expect(present('<p><a href="https://news.othersite.com/x">See the report</a></p>', 'content.blog', 'en', '', 'https://www.example.io/')).toBe('none');
  });
  it('does not take a newsletter, a cart count or an RSS link in the head for a content section', () => {
    const body = '<a href="/uutiskirje">Uutiskirje</a><a href="/cart">3 Artikel im Warenkorb</a><a href="/yhteystiedot">Yhteystiedot</a>';
    expect(present(body, 'content.blog', 'fi', '<link rel="alternate" type="application/rss+xml" href="/feed/">')).toBe('none');
  });
});

describe('contact.booking', () => {
  it('finds booking links and vendors in Finnish and English', () => {
    expect(scan('<a href="https://varaa.timma.fi/parturi-esimerkki">Varaa aika</a>', { lang: 'fi' })['contact.booking']).toMatchObject({ present: 'link', items: ['timma'] });
    expect(present('<a href="/ajanvaraus">Ajanvaraus</a>', 'contact.booking', 'fi')).toBe('link');
    expect(present('<a href="/reservations">Book a table</a>', 'contact.booking')).toBe('link');
  });
  it('finds an embedded widget and a booking heading', () => {
    expect(scan('<div class="calendly-inline-widget" data-url="https://calendly.com/yritys"></div><script src="https://assets.calendly.com/assets/external/widget.js"></script>')['contact.booking']).toMatchObject({ present: 'script', items: ['calendly'] });
    expect(present('<section><h2>Varaa aika netistä</h2><iframe src="https://varaus.example.fi/widget"></iframe></section>', 'contact.booking', 'fi')).toBe('content');
  });
  it('does not take booking by phone for online booking', () => {
    expect(present('<section><h2>Varaa aika puhelimitse</h2><p><a href="tel:+358401234567">040 123 4567</a></p></section>', 'contact.booking', 'fi')).toBe('none');
    expect(present('<section><h2>Ajanvaraus</h2><p>Soita 09 123 4567</p></section>', 'contact.booking', 'fi')).toBe('none');
  });
  it('reads a short "appointment" link with the sentence around it', () => {
    expect(present('<p>Vereinbaren Sie hier direkt einen <a href="/beratung">Termin</a> mit uns.</p>', 'contact.booking', 'de')).toBe('link');
    expect(present('<p>Kommende <a href="/termine">Termine</a> und Veranstaltungen.</p>', 'contact.booking', 'de')).toBe('none');
  });
  it('reads a booking page from the words its address begins with, and a demo booked in a calendar', () => {
    expect(present('<nav><a href="/boka-bord-goteborg/">Pinchos Göteborg</a></nav>', 'contact.booking', 'sv')).toBe('link');
    expect(present('<a href="/fi/varaa-aika">Tampere</a>', 'contact.booking', 'fi')).toBe('link');
    expect(present('<nav><a href="https://www.example.se/boka/">Boka</a></nav>', 'contact.booking', 'sv')).toBe('link');
    expect(present('<a href="/book/harry-potter">Harry Potter</a>', 'contact.booking')).toBe('none');
    expect(present('<a class="hs-button" href="/sales/book-a-demo">Book a demo</a>', 'contact.booking')).toBe('link');
    // A word deep inside a long slug, or booking terms, is no booking page.
    expect(present('<a href="/blog/why-guests-like-to-book-a-table-early">Read more</a>', 'contact.booking')).toBe('none');
    expect(present('<a href="/varaa-aika-ehdot">Ehdot</a>', 'contact.booking', 'fi')).toBe('none');
  });
  it('does not take a shop\'s reserve-and-collect for booking', () => {
    expect(present('<button>Reservar em loja</button><a href="/reservar-em-loja">Reservar em loja</a>', 'contact.booking', 'pt')).toBe('none');
    expect(present('<a href="/prenota-e-ritira.html">Prenota e ritira</a>', 'contact.booking', 'it')).toBe('none');
    expect(present('<button>Im Markt reservieren</button>', 'contact.booking', 'de')).toBe('none');
    expect(present('<footer><a href="/help/booking-a-slot">Booking a slot</a></footer>', 'contact.booking')).toBe('none');
  });
  it('is not fooled by books, booking terms or a hotel search on another site', () => {
    const body = '<a href="/Christian/Books/easy_find">Books</a><a href="/booking-terms">Booking terms and conditions</a><a href="https://www.booking.com/hotel/fi/example.html">Book now on Booking.com</a>';
    expect(present(body, 'contact.booking')).toBe('none');
  });
});

describe('social.profiles and advocacy.share', () => {
  it('knows country sites and profiles whose name starts like an ignored path', () => {
    const facts = scan('<a href="https://www.pinterest.at/hoferat/">Pinterest</a><a href="https://www.facebook.com/trattoriaroma/">Facebook</a><a href="https://plus.google.com/1018982042453785">G+</a>');
    expect(facts['social.profiles']).toMatchObject({ present: 'content', items: ['pinterest', 'facebook', 'googleplus'] });
    expect(facts['advocacy.share']!.present).toBe('none');
  });
  it('counts share controls without a network URL: mail-to-a-friend, JS buttons, two-click toggles', () => {
    expect(present('<a href="mailto:?subject=Katso%20t%C3%A4m%C3%A4&body=https%3A%2F%2Fexample.fi">Sähköposti</a>', 'advocacy.share', 'fi')).toBe('content');
    expect(present('<button type="button">Jaa</button>', 'advocacy.share', 'fi')).toBe('content');
    expect(present('<span class="icon-share"><a href="javascript:void(0);" title="Diesen Artikel teilen">Teilen</a></span>', 'advocacy.share', 'de')).toBe('content');
    expect(present('<a href="https://wa.me/?text=Katso%20t%C3%A4m%C3%A4">WhatsApp</a>', 'advocacy.share', 'fi')).toBe('content');
  });
  it('does not count a widget placeholder whose script is missing, a chat link or a "Part 2" link', () => {
    expect(present('<div class="shariff" data-services="[&quot;facebook&quot;]"></div>', 'advocacy.share', 'de')).toBe('none');
    expect(present('<a href="https://wa.me/358401234567">WhatsApp</a>', 'advocacy.share', 'fi')).toBe('none');
    expect(present('<a href="/guide/del-2">Del 2: Så väljer du</a>', 'advocacy.share', 'sv')).toBe('none');
    expect(present('<a href="https://www.facebook.com/sharer/sharer.php?u=x">Jaa</a>', 'social.profiles', 'fi')).toBe('none');
  });
});

describe('content.blog from dated posts', () => {
  it('takes a link to a dated post of the site itself, not one on another site or a dated file', () => {
    const url = 'https://www.example.org/';
    expect(scan('<a href="/deeplinks/2015/10/year-in-review">Year in review</a>', { url })['content.blog']!.present).toBe('link');
    expect(scan('<a href="https://other.example.com/2015/10/year-in-review">Year in review</a>', { url })['content.blog']!.present).toBe('none');
    expect(scan('<a href="/files/2015/10/1234.pdf">Annual report</a>', { url })['content.blog']!.present).toBe('none');
  });
});

describe('content.blog from a footer column', () => {
  it('takes guide links under a column headed by a content word, not a product category or "copas"', () => {
    expect(present('<footer><div><p class="h6">Nos conseils</p><ul><li><a href="/shop/guidecanape.htm">Canapé</a></li></ul></div></footer>', 'content.blog', 'fr')).toBe('link');
    expect(present('<footer><div><p class="h6">Nos rayons</p><ul><li><a href="/shop/canapes.htm">Canapé</a></li></ul></div></footer>', 'content.blog', 'fr')).toBe('none');
    expect(present('<nav><a href="/menaje-mesa/vasos-copas-jarros/">Vasos, Copas y Jarros</a></nav>', 'content.blog', 'es')).toBe('none');
  });
});
