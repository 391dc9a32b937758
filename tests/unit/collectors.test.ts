import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'en', url = 'https://example.fi/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, opts?: Parameters<typeof scan>[1]) => scan(body, opts).assets[id]!.present;
const items = (body: string, id: AssetId) => scan(body).assets[id]!.items;

describe('contact.phone', () => {
  it('finds tel: links and labelled numbers in Finnish and English', () => {
    expect(present('<a href="tel:+358401234567">040 123 4567</a>', 'contact.phone')).toBe('content');
    expect(present('<p>Puh. 09 123 4567</p>', 'contact.phone', { lang: 'fi' })).toBe('content');
    expect(present('<p>Call us on 020 7946 0123</p>', 'contact.phone')).toBe('content');
    expect(present('<p>+358 40 123 4567</p>', 'contact.phone')).toBe('content');
  });
  it('ignores unlabelled numbers, dates and tel: links that hold no number', () => {
    expect(present('<p>Tilausnumero 2023 1234 5678</p>', 'contact.phone', { lang: 'fi' })).toBe('none');
    expect(present('<p>Published 12.03.2024, ISBN 978-951-0-12345-6</p>', 'contact.phone')).toBe('none');
    expect(present('<a href="tel:info@example.fi">Soita</a>', 'contact.phone')).toBe('none');
  });
});

describe('contact.email', () => {
  it('finds mailto links and visible addresses', () => {
    expect(present('<a href="mailto:myynti@yritys.fi?subject=Tarjous">Lähetä viesti</a>', 'contact.email')).toBe('content');
    expect(present('<p>Sähköposti: asiakaspalvelu@yritys.fi</p>', 'contact.email')).toBe('content');
  });
  it('does not take image file names for addresses', () => {
    expect(present('<p>logo@2x.png</p>', 'contact.email')).toBe('none');
  });
});

describe('contact.form', () => {
  it('finds an enquiry form with a message field', () => {
    const form = '<form action="/laheta"><label>Nimi <input name="nimi"></label><label>Sähköposti <input type="email" name="email"></label><label>Viesti <textarea name="viesti"></textarea></label><button>Lähetä</button></form>';
    expect(present(form, 'contact.form', { lang: 'fi' })).toBe('content');
  });
  it('counts a link to the contact page', () => {
    expect(present('<a href="/yhteystiedot">Yhteystiedot</a>', 'contact.form', { lang: 'fi' })).toBe('link');
    expect(present('<a href="/kontakt">Kontakt</a>', 'contact.form', { lang: 'de' })).toBe('link');
  });
  it('is not fooled by search, login or newsletter forms, or an Impressum behind "Kontakt"', () => {
    expect(present('<form role="search"><input type="search" name="q"><textarea name="message"></textarea></form>', 'contact.form')).toBe('none');
    expect(present('<form><input name="user"><input type="password" name="pw"><textarea name="message"></textarea></form>', 'contact.form')).toBe('none');
    expect(present('<form><h3>Newsletter</h3><input type="email" name="email"><button>Subscribe</button></form>', 'contact.form')).toBe('none');
    expect(present('<a href="/impressum">Kontakt &amp; Impressum</a>', 'contact.form')).toBe('none');
  });
});

describe('contact.chat', () => {
  it('finds chat vendors by script host and messaging links', () => {
    expect(scan('<script src="https://embed.tawk.to/abc/default"></script>').assets['contact.chat']).toMatchObject({ present: 'script', items: ['tawk'] });
    expect(items('<a href="https://wa.me/358401234567">WhatsApp</a>', 'contact.chat')).toEqual(['whatsapp']);
  });
  it('does not take a WhatsApp share link for a chat', () => {
    expect(present('<a href="https://wa.me/?text=Katso%20t%C3%A4m%C3%A4">Jaa WhatsAppissa</a>', 'contact.chat')).toBe('none');
  });
});

describe('proof', () => {
  it('finds testimonials by heading in Finnish and English', () => {
    expect(present('<h2>Asiakkaidemme kokemuksia</h2><blockquote>Loistavaa palvelua!</blockquote>', 'proof.testimonials', { lang: 'fi' })).toBe('content');
    expect(present('<h2>What our clients say</h2>', 'proof.testimonials')).toBe('content');
    expect(present('<a href="/referenssit">Referenssit</a>', 'proof.testimonials', { lang: 'fi' })).toBe('link');
  });
  it('finds ratings in text, JSON-LD and review widgets', () => {
    expect(present('<p>4,8 / 5 (37 arvostelua)</p>', 'proof.reviews', { lang: 'fi' })).toBe('content');
    expect(present('<script type="application/ld+json">{"@type":"Product","name":"Kahvi","aggregateRating":{"@type":"AggregateRating","ratingValue":4.5,"reviewCount":20}}</script>', 'proof.reviews')).toBe('content');
    expect(scan('<div class="trustpilot-widget"></div><script src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>').assets['proof.reviews']).toMatchObject({ present: 'script', items: ['trustpilot'] });
  });
  it('does not read a price or a date as a rating', () => {
    expect(present('<p>Hinta 4,90 € / 5 kpl</p><p>Päivitetty 3/5/2024</p>', 'proof.reviews', { lang: 'fi' })).toBe('none');
  });
});

describe('faq', () => {
  it('finds FAQ headings, FAQPage data and links', () => {
    expect(present('<h2>Usein kysytyt kysymykset</h2>', 'faq', { lang: 'fi' })).toBe('content');
    expect(present('<h2>Vanliga frågor</h2>', 'faq', { lang: 'sv' })).toBe('content');
    expect(present('<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[]}</script>', 'faq')).toBe('content');
    expect(present('<footer><a href="/ukk">UKK</a></footer>', 'faq', { lang: 'fi' })).toBe('link');
  });
  it('does not take a stray question for an FAQ', () => {
    expect(present('<h2>Miksi valita meidät?</h2><p>Kysy lisää!</p>', 'faq', { lang: 'fi' })).toBe('none');
  });
});

describe('payment.methods', () => {
  it('lists methods from logos and payment text', () => {
    const body = '<footer><h4>Maksutavat</h4><img src="/img/visa.svg" alt="Visa"><img src="/img/mobilepay.png" alt=""><p>Paytrail, verkkopankki ja lasku</p></footer>';
    expect(items(body, 'payment.methods').sort()).toEqual(['bank', 'invoice', 'mobilepay', 'paytrail', 'visa']);
  });
  it('does not read the Swedish "visa" (show) or an invoice address as payment methods', () => {
    expect(present('<h1>Kanelbullar</h1><p>Visa receptet steg för steg. Visa alla recept.</p>', 'payment.methods', { lang: 'sv' })).toBe('none');
    expect(present('<p>Laskutusosoite: Esimerkkikatu 1</p><p>Lasku lähetetään sähköpostiin.</p>', 'payment.methods', { lang: 'fi' })).toBe('none');
  });
});

describe('trust.privacy', () => {
  it('finds privacy links in several languages', () => {
    expect(present('<a href="/tietosuojaseloste">Tietosuojaseloste</a>', 'trust.privacy')).toBe('link');
    expect(present('<a href="/datenschutz">Datenschutzerklärung</a>', 'trust.privacy')).toBe('link');
    expect(present('<a href="/integritetspolicy">Integritetspolicy</a>', 'trust.privacy')).toBe('link');
    expect(present('<h1>Privacy policy</h1>', 'trust.privacy')).toBe('content');
  });
  it('finds none on a page without one', () => {
    expect(present('<a href="/palvelut">Palvelut</a>', 'trust.privacy')).toBe('none');
  });
});

describe('social and share', () => {
  it('tells a brand profile from a share button', () => {
    const facts = scan('<a href="https://www.facebook.com/siivousaurinko">Facebook</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Jaa</a><a href="https://twitter.com/intent/tweet?url=x">Tweet</a>');
    expect(facts.assets['social.profiles']).toMatchObject({ present: 'content', items: ['facebook'] });
    expect(facts.assets['advocacy.share']).toMatchObject({ present: 'content', items: ['facebook', 'x'] });
  });
  it('does not count a share-only page as having profiles', () => {
    expect(present('<a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a>', 'social.profiles')).toBe('none');
  });
});

describe('commerce.cart and newsletter', () => {
  it('finds add-to-cart buttons in Finnish and English', () => {
    expect(present('<button>Lisää ostoskoriin</button>', 'commerce.cart', { lang: 'fi' })).toBe('content');
    expect(present('<button class="btn">Add to cart</button>', 'commerce.cart')).toBe('content');
    expect(present('<a href="/cart">Cart</a>', 'commerce.cart')).toBe('link');
  });
  it('knows a cart page by a two-word path segment but not by an article slug', () => {
    expect(present('<a class="menu-item" href="/shopping-cart/" title="Dokončiť nákup"><i></i></a>', 'commerce.cart')).toBe('link');
    expect(present('<a href="/my_basket.php"><i></i></a>', 'commerce.cart')).toBe('link');
    expect(present('<a href="/blog/how-to-build-a-cart">Read more</a>', 'commerce.cart')).toBe('none');
    expect(present('<a href="/cart-racing/">Go-karts</a>', 'commerce.cart')).toBe('none');
  });
  it('finds a newsletter signup but not a login form', () => {
    expect(present('<section><h2>Tilaa uutiskirje</h2><form><input type="email" name="email"><button>Tilaa</button></form></section>', 'retention.newsletter', { lang: 'fi' })).toBe('content');
    expect(present('<form><input type="email" name="email"><input type="password"><button>Kirjaudu</button></form>', 'retention.newsletter', { lang: 'fi' })).toBe('none');
  });
});

describe('page facts and robustness', () => {
  it('reads title, description, h1, lang, viewport and the scheme', () => {
    const facts = scan('<h1>Kotisiivous</h1>', { head: '<title>Siivous Aurinko</title><meta name="description" content="Kotisiivous Tampereella"><meta name="viewport" content="width=device-width">', lang: 'fi', url: 'http://example.fi/' });
    expect(facts.page).toEqual({ url: 'http://example.fi/', https: false, contentType: 'text/html', title: 'Siivous Aurinko', description: 'Kotisiivous Tampereella', h1: ['Kotisiivous'], lang: 'fi', viewport: 'width=device-width' });
  });
  it('keeps page text as data: markup in text stays text', () => {
    const facts = scan('<h2>FAQ &lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(facts.assets.faq!.evidence[0]!.text).toContain('<img src=x onerror=alert(1)>');
  });
  it('isolates a collector that throws', () => {
    const boom = { id: 'boom', assets: ['faq'] as const, collect: () => { throw new Error('bad page'); } };
    const facts = collectFacts(htmlDocument(page('<h2>FAQ</h2>')), { collectors: [boom] });
    expect(facts.errors).toEqual([{ collector: 'boom', message: 'bad page' }]);
    expect(facts.assets.faq).toBeUndefined();
  });
});

describe('the fixture sites', () => {
  const site = (path: string) => collectFacts(htmlDocument(readFileSync(`tests/fixtures/sites/${path}`, 'utf8'), `http://127.0.0.1/${path}`));
  it('the Finnish service site offers only a phone', () => {
    const { assets } = site('kotisiivous-fi/index.html');
    expect(assets['contact.phone']!.present).toBe('content');
    for (const id of ['contact.email', 'contact.form', 'contact.chat', 'faq', 'proof.testimonials', 'proof.reviews', 'trust.privacy'] as const) expect(assets[id]!.present, id).toBe('none');
  });
  it('the English shop shows what a strong shop shows', () => {
    const { assets } = site('shop-en/index.html');
    expect(assets['contact.form']!.present).toBe('link');
    expect(assets['contact.chat']!.items).toEqual(['intercom']);
    expect(assets['payment.methods']!.items.length).toBeGreaterThanOrEqual(5);
    for (const id of ['proof.testimonials', 'proof.reviews', 'faq', 'commerce.cart', 'retention.newsletter', 'advocacy.share', 'social.profiles'] as const) expect(assets[id]!.present, id).toBe('content');
    expect(site('shop-en/contact.html').assets['contact.form']!.present).toBe('content');
  });
});

describe('a page opened from a local file', () => {
  it('reads its site links as links, as on the live site', () => {
    const facts = scan('<footer><a href="/tietosuoja">Tietosuojaseloste</a></footer>', { url: 'file:///home/me/site/index.html' });
    expect(facts.assets['trust.privacy']).toMatchObject({ present: 'link' });
    expect(facts.page!.url).toBe('file:///home/me/site/index.html');
  });
});

describe('mechanisms found by the blind sets', () => {
  it('a one-field call-back form is a contact form; a job application is not', () => {
    expect(present('<div><h4>Soita minulle</h4><form><input type="tel" name="phone"><button>Soita minulle</button></form></div>', 'contact.form', { lang: 'fi' })).toBe('content');
    expect(present('<form><h3>Avoin hakemus</h3><input name="nimi"><input type="email" name="email"><textarea name="koulutus ja kokemus"></textarea></form>', 'contact.form', { lang: 'fi' })).toBe('none');
  });
  it('one signed customer quote is a testimonial on a business page, not in a news article', () => {
    const quote = '<section><blockquote>Paras kampaaja, jossa olen käynyt. Tulen uudestaan!<cite>Anna, Oulu</cite></blockquote></section>';
    expect(present(quote, 'proof.testimonials', { lang: 'fi' })).toBe('content');
    expect(present(quote, 'proof.testimonials', { lang: 'fi', head: '<meta property="og:type" content="article">' })).toBe('none');
  });
  it('a list of question headings under a "questions" heading is an FAQ', () => {
    expect(present('<h2>Conveyancing questions</h2><h3>How long does it take?</h3><p>8 weeks.</p><h3>What does it cost?</h3><p>From £900.</p>', 'faq')).toBe('content');
    expect(present('<h2>Why choose us?</h2><h3>Is it worth it?</h3>', 'faq')).toBe('none');
  });
  it('"Membership" is a loyalty programme on a shop, not on a gym', () => {
    expect(present('<a href="/membership/">Membership</a><button>Add to cart</button>', 'retention.loyalty')).toBe('link');
    expect(present('<a href="/membership/">Membership</a><a href="/join">Join now</a>', 'retention.loyalty')).toBe('none');
  });
  it('an editor’s grade of someone else’s product is not the site’s reviews', () => {
    expect(present('<p>Price: $119 · Our rating: 4.5/5</p>', 'proof.reviews')).toBe('none');
    expect(present('<p>Vieraiden arvio 9,0 / 10 – 1 284 arviota</p>', 'proof.reviews', { lang: 'fi' })).toBe('content');
  });
});
