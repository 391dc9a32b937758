// A cookie notice that only the site's own script names, and contact details that belong to a listing's other
// party (issue 8, fifth session).
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, url: string, lang = 'en', head = '') => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, url = 'https://www.example.com/item/1', lang = 'en') => scan(body, url, lang).assets[id]!.present;
const script = (code: string) => `<main><h1>Rates</h1><p>Our rates for the season.</p></main><script>${code}</script>`;

describe('trust.consent: the site\'s own notice, named in its code', () => {
  it('counts a notice text, a filter started by the site and a consent check', () => {
    expect(present(script("window.siteBannerLabel = 'x'; window.gdprBannerLabel = 'By browsing on you accept cookies';"), 'trust.consent')).toBe('script');
    expect(present(script('UniCookieFilters.init(".uni.example");'), 'trust.consent')).toBe('script');
    expect(present(script("if (Consent.has_optin('stats')) { loadStats(); }"), 'trust.consent')).toBe('script');
    expect(present(script('{"props":{"children":"CookieConsentContextProvider"}}'), 'trust.consent')).toBe('script');
  });
  it('does not take a notice switched off, a switch that only says it is possible, or a warning for blocked cookies', () => {
    expect(present(script('var settings = {"isCookieBannerEnabled":false,"cookieBannerText":""};'), 'trust.consent')).toBe('none');
    expect(present(script('Static.COOKIE_BANNER_CAPABLE = true;'), 'trust.consent')).toBe('none');
    expect(present(script("var t = {'noCookiesNotice': 'Cookies are disabled in your browser.'};"), 'trust.consent')).toBe('none');
  });
  it('does not take the address of a page or file named for the notice', () => {
    expect(present(script('var urls = {"cookieHint":"/cookie_hint.html","cart":"/cart"};'), 'trust.consent')).toBe('none');
    expect(present(script('load("/static/js/cookie-banner.js");'), 'trust.consent')).toBe('none');
  });
});

// A portal's listing card: the agency's role, its name and its details.
const card = (agency: string) =>
  `<main><h1>Villa by the sea, 4 rooms</h1><p>A bright villa with a garden.</p><section><h2>Kontakta mäklaren</h2><p>Anna Berg</p><p>${agency}</p><p>Telefon 0480-123 45</p><p>anna@bergmakleri.se</p><p>Strandvägen 4, 392 31 Kalmar</p></section></main>`;

describe('contact details of a listing\'s other party', () => {
  it('does not count an estate agent\'s phone, email and address on a portal as the portal\'s', () => {
    const facts = scan(card('Bergs Mäkleri AB'), 'https://www.bostadsportal.se/annons/123', 'sv');
    expect(facts.assets['contact.phone']!.present).toBe('none');
    expect(facts.assets['contact.email']!.present).toBe('none');
    expect(facts.assets['contact.address']!.present).toBe('none');
  });
  it('counts the same card on the agency\'s own site, which names itself in it', () => {
    const facts = scan(card('Bergs Mäkleri AB'), 'https://www.bergsmakleri.se/objekt/123', 'sv');
    expect(facts.assets['contact.phone']!.present).toBe('content');
    expect(facts.assets['contact.email']!.present).toBe('content');
    expect(facts.assets['contact.address']!.present).toBe('content');
  });
  it('still counts the portal\'s own contact in its footer', () => {
    const facts = scan(`${card('Bergs Mäkleri AB')}<footer><p>Kundtjänst: <a href="tel:+46812345678">08-123 456 78</a></p></footer>`, 'https://www.bostadsportal.se/annons/123', 'sv');
    expect(facts.assets['contact.phone']!.present).toBe('content');
  });
  it('does not read "Best Seller" or an Impressum\'s "Anbieter" as a listing party', () => {
    expect(present('<main><h2>Best Seller</h2><p>Call us: +44 20 7946 0000</p></main>', 'contact.phone')).toBe('content');
    expect(present('<main><h1>Impressum</h1><p>Anbieter: Muster GmbH, Tel. +49 30 1234567</p></main>', 'contact.phone', 'https://www.example.de/impressum', 'de')).toBe('content');
  });
  it('does not count a product\'s manufacturer or a press release\'s issuer as the shop or portal', () => {
    const safety = '<main><h1>OLED TV 55"</h1><p>1 299 €</p><h2>Manufacturer information</h2><p>Visionic Electronics SA, Rue du Four 3, 75002 Paris</p><p>Phone +33 1 23 45 67 89</p><p>care@visionic.fr</p></main>';
    const facts = scan(safety, 'https://www.tvkauppa.pt/tv/123', 'en');
    expect(facts.assets['contact.phone']!.present).toBe('none');
    expect(facts.assets['contact.email']!.present).toBe('none');
    expect(present('<main><h1>Neue Skisaison</h1><p>Text der Meldung.</p><p>Pressekontakt:</p><p>Schneereisen GmbH</p><p>presse@schneereisen.de</p><p>Tel. +49 (0) 221-33 606-25</p></main>', 'contact.phone', 'https://www.pressemeldungen.de/pm/1', 'de')).toBe('none');
  });
  it('counts the press contact of the company\'s own newsroom', () => {
    expect(present('<main><h1>Neue Skisaison</h1><p>Pressekontakt:</p><p>Schneereisen GmbH</p><p>Tel. +49 (0) 221-33 606-25</p></main>', 'contact.phone', 'https://www.schneereisen.de/presse/1', 'de')).toBe('content');
  });
});

describe('what a consent manager holds back, and what its dialog names', () => {
  it('counts a tool whose loader waits in a template until the visitor agrees', () => {
    const held = '<main><p>Kommunen</p></main><cookie-consent-content><template data-type="accepted"><script>(function(){var s=document.createElement("script");s.src="//siteimproveanalytics.com/js/siteanalyze_123.js";document.head.appendChild(s);})();</script></template></cookie-consent-content>';
    expect(present(held, 'measure.analytics', 'https://www.kommune.example/politikk', 'no')).toBe('script');
  });
  it('does not take the consent vendor\'s address in its dialog for the shop\'s', () => {
    const dialog = '<div role="dialog"><p>Cookies help us. Questions about the tool: info@cookieinformation.com</p><button>Accept</button></div><main><p>Laptops</p></main>';
    expect(present(dialog, 'contact.email', 'https://www.butik.example/laptops', 'da')).toBe('none');
  });
  it('counts a sign-in form without a password, posted to a login address', () => {
    const form = '<div id="login"><div class="title">Logi sisse</div><form method="post" action="/ee/login"><input type="text" name="email"><button>Saada</button></form></div>';
    expect(present(form, 'retention.account', 'https://www.pood.example/ee/deal/1', 'et')).toBe('content');
    expect(present('<form method="post" action="/newsletter"><input type="text" name="email"><button>Saada</button></form>', 'retention.account', 'https://www.pood.example/ee/deal/1', 'et')).toBe('none');
  });
  it('counts an add-to-cart address in its inflected form', () => {
    expect(present('<main><a href="/tellimus/lisa-ostukorvi/pakkumiseId/20403" class="buy-btn">Osta voucher</a></main>', 'commerce.cart', 'https://www.pood.example/deal/1', 'et')).not.toBe('none');
  });
});
