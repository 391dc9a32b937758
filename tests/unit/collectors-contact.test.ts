// Contact assets on small pages of our own: phone, email, form, chat and address, with the traps real pages set.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { phoneShape } from '../../collectors/contact/phone';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', head = '') => collectFacts(htmlDocument(page(body, head, lang), 'https://example.fi/tuote/1'));
const present = (body: string, id: AssetId, lang = 'en') => scan(body, lang).assets[id]!.present;

describe('contact.phone', () => {
  it('reads labelled numbers in many languages', () => {
    expect(present('<p>Puh. 09 123 4567</p>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<p>Puhelin: 040-123 4567 (arkisin 8–16)</p>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<p>Ring oss: 08-123 456 78</p>', 'contact.phone', 'sv')).toBe('content');
    expect(present('<p>Telefon 030 2025 1111</p>', 'contact.phone', 'de')).toBe('content');
    expect(present('<p>Bestelltelefon: 034202-3090-0 (Mo–Fr 8–19 Uhr)</p>', 'contact.phone', 'de')).toBe('content');
    expect(present('<p>Fon 05225/8738444</p>', 'contact.phone', 'de')).toBe('content');
    expect(present('<p>Tél. 01 23 45 67 89</p>', 'contact.phone', 'fr')).toBe('content');
    expect(present('<p>Kundesenter: 51 37 16 06</p>', 'contact.phone', 'no')).toBe('content');
  });
  it('reads a number under a label of its own, as in a definition list', () => {
    expect(present('<dl><dt>Phone:</dt><dd>1-800-BOOKS (1-800-555-0199)</dd></dl>', 'contact.phone')).toBe('content');
  });
  it('trusts a phone-shaped number in an address block or footer without a label', () => {
    expect(present('<div><p>1000 Bakery Lane<br>Springfield, IL 62701<br>800-555-0100</p></div>', 'contact.phone')).toBe('content');
    expect(present('<footer><p>Esimerkki Oy</p><p>09 123 4567</p></footer>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<p>+358 40 123 4567</p>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<p><span class="icon-phone"></span><span class="header-phone">0401234567</span></p>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<p>Mallinumero <span class="model">0401234567</span></p>', 'contact.phone', 'fi')).toBe('none');
  });
  it('finds tel: links but not a broken one that holds an email', () => {
    expect(present('<a href="tel:+358401234567">Soita meille</a>', 'contact.phone', 'fi')).toBe('content');
    expect(present('<a href="tel:info@example.fi">Soita</a>', 'contact.phone', 'fi')).toBe('none');
    expect(present('<a href="tel:046 286 20 30 / 046 286 20 31">046-286 20 30</a>', 'contact.phone', 'sv')).toBe('content');
    expect(present('<a href="tel:12/34">Ring</a>', 'contact.phone', 'sv')).toBe('none');
  });
  it('does not take dates, timestamps, codes, prices or postcodes for phones', () => {
    expect(present('<p>Julkaistu 2018-06-22 10:20:00 · päivitetty 22.06.2018 10:20</p>', 'contact.phone', 'fi')).toBe('none');
    expect(present('<p>Tilausnumero 2023 1234 5678</p>', 'contact.phone', 'fi')).toBe('none');
    expect(present('<p>ISBN: 0060822147</p><p>ISBN 978-951-0-12345-6</p>', 'contact.phone')).toBe('none');
    expect(present('<p>Hinta 1 299,00 €</p><p>Y-tunnus 1234567-8</p><p>00100 Helsinki</p>', 'contact.phone', 'fi')).toBe('none');
    expect(present('<p>Over +10 000 000 downloads</p>', 'contact.phone')).toBe('none');
    expect(present('<p>Tuotekoodi 040 123 4567 sopii malleihin A ja B.</p>', 'contact.phone', 'fi')).toBe('none');
  });
  it('does not count a fax or a VAT number as a phone', () => {
    expect(present('<p>Fax: 09 123 4567</p>', 'contact.phone', 'fi')).toBe('none');
    expect(present('<p>Kontakt</p><p>USt-IdNr. 0123 456 789</p>', 'contact.phone', 'de')).toBe('none');
  });
  it('tells phone shapes apart', () => {
    expect(phoneShape('+49 (0)30 695 182 91')).toBe('international');
    expect(phoneShape('800-548-1200')).toBe('national');
    expect(phoneShape('07 44 08 18 00')).toBe('national');
    expect(phoneShape('22.06.2018')).toBeNull();
    expect(phoneShape('0060822147')).toBe('plain');
  });
});

describe('contact.email', () => {
  it('reads bracketed obfuscation without a label, spelled-out words only beside one', () => {
    expect(present('<p>support [at] example.eu</p>', 'contact.email', 'de')).toBe('content');
    expect(present('<p>myynti(at)yritys(piste)fi</p>', 'contact.email', 'fi')).toBe('content');
    expect(present('<p>Tapaa meidät at home dot messut</p>', 'contact.email')).toBe('none');
    expect(present('<p>Sähköposti: myynti at yritys dot fi</p>', 'contact.email', 'fi')).toBe('content');
  });
  it('counts an address only a script reveals as script', () => {
    const hex = '<p><a class="customEmail" href="#"><span>6D79796E7469407972697479732E6669</span></a></p>';
    expect(present(hex, 'contact.email', 'de')).toBe('script');
    const cloudflare = '<a href="/cdn-cgi/l/email-protection#5a372323342e331a2328332e2329743c33">[email&#160;protected]</a>';
    expect(present(cloudflare, 'contact.email')).toBe('script');
    expect(present('<span class="mail-address">aW5mb0BleGFtcGxlLmZp</span>', 'contact.email')).toBe('script');
    const joomla = "<span id=\"cloak1a2b\">JavaScript is required to see this address.</span><script type='text/javascript'>document.getElementById('cloak1a2b').innerHTML = ''; var prefix = 'ma' + 'il' + 'to'; var addy1a2b = 'info' + '&#64;'; addy1a2b = addy1a2b + 'example' + '&#46;' + 'nl';</script>";
    expect(present(joomla, 'contact.email', 'nl')).toBe('script');
    expect(present("<script>var addressLine = 'Mailto campaigns'; var toggle = 'ma' + 'p';</script>", 'contact.email')).toBe('none');
  });
  it('does not take the website technician\'s address for the business\'s', () => {
    expect(present('<footer>© 2024 Pizzeria Example | <a href="mailto:support@cms-vendor.example?Subject=pizzeria">napísať správcovi stránky</a></footer>', 'contact.email', 'sk')).toBe('none');
    expect(present('<footer><p>Webmaster: webmaster@verein.example</p></footer>', 'contact.email', 'de')).toBe('none');
    expect(present('<footer><p>Verkkosivujen ylläpito: tuki@toimisto.example</p><p>Sähköposti: info@yritys.example</p></footer>', 'contact.email', 'fi')).toBe('content');
    expect(present('<footer><a href="mailto:info@verein.example">Schreiben Sie uns</a></footer>', 'contact.email', 'de')).toBe('content');
  });
  it('does not decode codes that are not marked as an email', () => {
    expect(present('<span class="sku">6D79796E7469407972697479732E6669</span>', 'contact.email')).toBe('none');
    expect(present('<p>logo@2x.png</p>', 'contact.email')).toBe('none');
  });
});

describe('contact.form', () => {
  it('counts contact links in Italian and Spanish as well', () => {
    expect(present('<a href="/contatti/">Contatti</a>', 'contact.form', 'it')).toBe('link');
    expect(present('<a href="/contacto">Contacto</a>', 'contact.form', 'es')).toBe('link');
    expect(present('<a href="/contact-2/"><svg></svg></a>', 'contact.form')).toBe('link');
    expect(present('<footer><a href="/aide/57-nous-contacter/">Par email</a></footer>', 'contact.form', 'fr')).toBe('link');
    expect(present('<a href="/blog/2024-contact-sports-guide/">Read</a><a href="/p/12-kontaktlinsen">Linsen</a>', 'contact.form', 'de')).toBe('none');
  });
  it('does not take a product for a contact page', () => {
    expect(present('<a href="/c/contact-lenses">Contact lenses</a>', 'contact.form')).toBe('none');
    expect(present('<a href="/contact-lenses/daily"><img src="/l.png" alt=""></a>', 'contact.form')).toBe('none');
    expect(present('<a href="/kategorie/linsen">Kontaktlinsen</a>', 'contact.form', 'de')).toBe('none');
    expect(present('<a href="/de/impressum.html">Kontakt</a>', 'contact.form', 'de')).toBe('none');
  });
  it('does not take a blog-comment or review form for an enquiry form', () => {
    const comment = '<form id="commentform" action="/wp-comments-post.php"><p>Your email address will not be published.</p><textarea name="comment"></textarea><input name="author"><input type="email" name="email"><button>Post Comment</button></form>';
    expect(present(comment, 'contact.form')).toBe('none');
    const review = '<form class="review-form"><select name="stars"><option>5</option></select><input name="name"><textarea name="text"></textarea><button>Lähetä arvostelu</button></form>';
    expect(present(review, 'contact.form', 'fi')).toBe('none');
  });
  it('ignores a honeypot field that only bots see', () => {
    const trial = '<form action="/trial"><input type="email" name="email" placeholder="Email"><div style="position:absolute; left:-9999px"><label>Comments</label><input name="extra_field"></div><button>Get trial</button></form>';
    expect(present(trial, 'contact.form')).toBe('none');
  });
  it('still finds a real enquiry form', () => {
    const form = '<form action="/ajax/contact"><input name="firstname"><input type="email" name="email"><select name="topic"><option>Commande</option></select><textarea name="message"></textarea><button>Envoyer</button></form>';
    expect(present(form, 'contact.form', 'fr')).toBe('content');
  });
});

describe('contact.chat', () => {
  it('shows a chat launcher as content when a chat tool backs it', () => {
    const body = '<button class="launcher">Chat with us</button><script src="https://static.zdassets.com/ekr/snippet.js?key=x"></script>';
    expect(scan(body).assets['contact.chat']).toMatchObject({ present: 'content', items: ['zendesk'] });
  });
  it('knows Nordic customer-service chats by the host their widget loads from', () => {
    expect(scan('<script src="https://chat.puzzel.com/Loader.js" async></script>').assets['contact.chat']).toMatchObject({ present: 'script', items: ['puzzel'] });
    expect(scan('<script src="https://widget.kundo.se/chat.js"></script>').assets['contact.chat']!.items).toEqual(['kundo']);
  });
  it('counts a link to the page where the chat lives, but not a chat product\'s feature page', () => {
    expect(scan('<footer><a href="https://help.example.com/answers/live-chat">Live Chat</a></footer>').assets['contact.chat']!.present).toBe('link');
    expect(scan('<nav><a href="https://chat.example.io">Chat</a></nav>').assets['contact.chat']!.present).toBe('link');
    expect(scan('<p>Questions? <a href="/asiakaspalvelu/chat">Chattaa kanssamme</a></p>', 'fi').assets['contact.chat']!.present).toBe('link');
    expect(scan('<main><h2>Features</h2><a href="/features/live-chat">Live chat</a><a href="/features/email">Email</a></main>').assets['contact.chat']!.present).toBe('none');
    expect(scan('<a href="#">Live chat</a>').assets['contact.chat']!.present).toBe('none');
    expect(scan('<div class="tab"><a href="https://customerservice.example.com/answers/8775">Live Chat</a></div>').assets['contact.chat']!.present).toBe('link');
  });
  it('does not call a lone "chat" word a chat', () => {
    expect(present('<button>Chattaa kanssamme</button>', 'contact.chat', 'fi')).toBe('none');
    expect(present('<a href="https://www.whatsapp.com/channel/abc">WhatsApp-kanava</a>', 'contact.chat', 'fi')).toBe('none');
  });
});

describe('contact.address', () => {
  it('reads street, number, postcode and town across countries', () => {
    const cases: [string, string][] = [
      ['<p>Esimerkki Oy, Mannerheimintie 12 B 5, 00100 Helsinki</p>', 'fi'],
      ['<p>Drottninggatan 5, 111 51 Stockholm</p>', 'sv'],
      ['<p>Firma GmbH | Storkower Straße 115 | 10407 Berlin</p>', 'de'],
      ['<p>Stephansplatz 1, A-1010 Wien</p>', 'de'],
      ['<p>Gewerbestrasse 12<br>8606 Nänikon</p>', 'de'],
      ['<p>Vesterbrogade 3, 1620 København V</p>', 'da'],
      ['<p>Bedriftsveien 7, 0950 Oslo</p>', 'no'],
      ['<p>18 rue des Lilas, 75011 Paris</p>', 'fr'],
      ['<p>Via dei Campi 52<br>80054 - Gragnano</p>', 'it'],
      ['<p>10 Downing Street, London SW1A 2AA</p>', 'en'],
      ['<p>1000 Bakery Lane<br>Springfield, IL 62701</p>', 'en'],
      ['<p>123 Main St Boston, MA 02110</p>', 'en'],
      ['<p>Vesterbrogade 3, 1. sal, 1620 København V</p>', 'da'],
      ['<p>Box 123, 101 23 Stockholm</p>', 'sv'],
      ['<p>Write to us: 6-8 Hollybush Rd, Cudham, Sevenoaks, Kent, TN14 7QU</p>', 'en'],
      ['<p>Unit 4 Mill Lane, Little Hadham, Ware, Hertfordshire, SG11 2EF</p>', 'en'],
    ];
    for (const [body, lang] of cases) expect(present(body, 'contact.address', lang), body).toBe('content');
  });
  it('reads an untyped street when the company, phone or email stand beside it', () => {
    expect(present('<p>kanzlei@example.de</p><p>Am Beispielhof 9, 33602 Bielefeld</p>', 'contact.address', 'de')).toBe('content');
  });
  it('reads a typed street and town without a postcode when a label or contact details stand beside it', () => {
    expect(present('<p>Adress Sölvegatan 26 Lund</p>', 'contact.address', 'sv')).toBe('content');
    expect(present('<h4>Adress</h4><p>Sölvegatan 26<br>Lund</p>', 'contact.address', 'sv')).toBe('content');
    expect(present('<p>Restaurang Exempel, Emdalavägen 6B Lund<br>Restaurangen 046-501 02</p>', 'contact.address', 'sv')).toBe('content');
    expect(present('<footer><p>Restaurang Exempel, Emdalavägen 6B, Lund</p><p>Tel. 046-123 45 67</p></footer>', 'contact.address', 'sv')).toBe('content');
    // No label or contact beside it, or no street-type word: a menu line or a headline.
    expect(present('<p>Vi serverar lunch på Sölvegatan 26 Lund hela veckan</p><p>Välkommen!</p>', 'contact.address', 'sv')).toBe('none');
    expect(present('<p>Tel. 046-123 45 67</p><p>Menu 12 Montag</p>', 'contact.address', 'de')).toBe('none');
  });
  it('reads a street without a street-type word written as an address line with a phone after it', () => {
    expect(present('<header><p>Hlavná 9, Košice - Staré Mesto</p><p>+421 900 123 456</p></header>', 'contact.address', 'sk')).toBe('content');
    expect(present('<div><p>Dlouhá 23, Praha 1</p><p>Rezervace +420 601 234 567</p></div>', 'contact.address', 'cs')).toBe('content');
    // No comma, a sentence, or no phone after it: a menu line, a sports result or a date line.
    expect(present('<p>Polévka 2 Gulášová</p><p>+420 601 234 567</p>', 'contact.address', 'cs')).toBe('none');
    expect(present('<p>Zápas skončil 3, Slovan vyhral.</p><p>+421 900 123 456</p>', 'contact.address', 'sk')).toBe('none');
    expect(present('<p>Hlavná 9, Košice</p><p>Otvorené denne</p>', 'contact.address', 'sk')).toBe('none');
    expect(present('<p>+421 900 123 456</p><p>Hlavná 9, Košice</p>', 'contact.address', 'sk')).toBe('none');
  });
  it('reads a labelled street without a postcode and an <address> element', () => {
    expect(present('<p>Käyntiosoite: Esimerkkikatu 1</p>', 'contact.address', 'fi')).toBe('content');
    expect(present('<address>Example Ltd<br>22 Market Street<br>Leeds LS1 6DT</address>', 'contact.address')).toBe('content');
    expect(present('<address>Esimerkkikatu 1</address>', 'contact.address', 'fi')).toBe('content');
    expect(present('<div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Rue 12</span></div>', 'contact.address', 'fr')).toBe('content');
  });
  it('does not count an address only in JSON-LD or hidden microdata', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Organization","address":{"@type":"PostalAddress","streetAddress":"Esimerkkikatu 1","postalCode":"00100","addressLocality":"Helsinki"}}</script>';
    expect(present(jsonLd, 'contact.address', 'fi')).toBe('none');
    expect(present('<div itemscope itemtype="https://schema.org/PostalAddress"><meta itemprop="streetAddress" content="Esimerkkikatu 1"></div>', 'contact.address', 'fi')).toBe('none');
  });
  it('does not read quantities, steps or a bare town as an address', () => {
    expect(present('<p>Paista 200 asteessa 25 minuuttia.</p><p>00100 Helsinki</p>', 'contact.address', 'fi')).toBe('none');
    expect(present('<p>Schritt 2 1000 Gramm Mehl sieben.</p>', 'contact.address', 'de')).toBe('none');
    expect(present('<p>We ship via UPS 2 days. 10000 Customers trust us.</p>', 'contact.address')).toBe('none');
    expect(present('<p>Rated as Top 10, 2000 Happy customers.</p>', 'contact.address')).toBe('none');
    expect(present('<p>We ship 12 Road bikes, Vans, Cars and Trucks every day</p>', 'contact.address')).toBe('none');
    expect(present('<address>Kirjoittanut <a href="mailto:maija@example.fi">Maija</a></address>', 'contact.address', 'fi')).toBe('none');
    expect(present('<address>Posted by Anna on May 12 2021</address>', 'contact.address')).toBe('none');
  });
});
