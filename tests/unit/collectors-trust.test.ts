import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'en', url = 'https://example.fi/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, opts?: Parameters<typeof scan>[1]) => scan(body, opts).assets[id]!.present;

describe('trust.terms', () => {
  it('finds terms links in Finnish, Swedish, English, German and French', () => {
    expect(present('<footer><a href="/toimitusehdot">Toimitusehdot</a></footer>', 'trust.terms', { lang: 'fi' })).toBe('link');
    expect(present('<footer><a href="/villkor">Köpvillkor</a></footer>', 'trust.terms', { lang: 'sv' })).toBe('link');
    expect(present('<footer><a href="/legal">Terms &amp; Conditions</a></footer>', 'trust.terms')).toBe('link');
    expect(present('<footer><a href="/info/agb.html">AGB</a></footer>', 'trust.terms', { lang: 'de' })).toBe('link');
    expect(present('<footer><a href="/legal/cgv">Conditions générales de vente</a></footer>', 'trust.terms', { lang: 'fr' })).toBe('link');
    expect(present('<footer><a href="/policies/terms-of-service">»</a></footer>', 'trust.terms')).toBe('link');
  });
  it('reads a link by the field name written before it', () => {
    expect(present('<footer><p><strong>Betingelser:</strong> <a href="/artikkel?id=12">Slik handler du trygt i nettbutikken</a></p></footer>', 'trust.terms', { lang: 'no' })).toBe('link');
    expect(present('<footer><p>Vilkår: <a href="/side/7">Les mer her</a></p></footer>', 'trust.terms', { lang: 'no' })).toBe('link');
    // A field name must end right before the link; a sentence that mentions the terms earlier does not name it.
    expect(present('<p>Les betingelser før du handler. Se også: <a href="/side/8">Våre butikker</a></p>', 'trust.terms', { lang: 'no' })).toBe('none');
    expect(present('<p><b>Nyheter:</b> <a href="/side/9">Sommerens viner</a></p>', 'trust.terms', { lang: 'no' })).toBe('none');
    expect(present('<footer><p><strong>Personvern:</strong> <a href="/artikkel?id=3">Det er trygt å handle hos oss</a></p></footer>', 'trust.privacy', { lang: 'no' })).toBe('link');
    expect(present('<footer><p><strong>Nyheter:</strong> <a href="/artikkel?id=4">Det er trygt å handle hos oss</a></p></footer>', 'trust.privacy', { lang: 'no' })).toBe('none');
  });
  it('does not read "terms" in prose or a slug that only contains it', () => {
    expect(present('<a href="/blog/glossary">In simple terms: what is SEO?</a>', 'trust.terms')).toBe('none');
    expect(present('<a href="/en/how-tos">Video</a>', 'trust.terms')).toBe('none');
  });
});

describe('trust.company', () => {
  it('finds a business id next to its label', () => {
    expect(present('<footer><p>Siivous Aurinko Oy, Y-tunnus: 1234567-8</p></footer>', 'trust.company', { lang: 'fi' })).toBe('content');
    expect(present('<footer><p>USt-IdNr.: DE 123 456 789</p></footer>', 'trust.company', { lang: 'de' })).toBe('content');
    expect(present('<footer><p>Org.nr 556677-8899</p></footer>', 'trust.company', { lang: 'sv' })).toBe('content');
  });
  it('finds the legal name together with a postal address', () => {
    expect(present('<footer><p>© 2024 Kahvila Kulma Oy</p><address>Hämeenkatu 12, 33100 Tampere</address></footer>', 'trust.company', { lang: 'fi' })).toBe('content');
    expect(present('<footer><p>Acme Widgets, LLC · 140 Summit St. · Peabody, MA 01960</p></footer>', 'trust.company')).toBe('content');
  });
  it('finds a public body named with its address: its legal name has no company form', () => {
    expect(present('<footer><p>Københavns Universitet</p><p>Nørregade 10, 1165 København K</p></footer>', 'trust.company', { lang: 'da' })).toBe('content');
    expect(present('<footer><p>Stadt Beispielhausen</p><p>Marktplatz 1, 73430 Aalen</p></footer>', 'trust.company', { lang: 'de' })).toBe('content');
    expect(present('<footer><p>University of Examplia, 12 College Road, Leeds LS1 6DT</p></footer>', 'trust.company', { lang: 'en' })).toBe('content');
    // Without an address, or a body word inside prose, it is no identity.
    expect(present('<footer><p>Lunds kommun</p></footer>', 'trust.company', { lang: 'sv' })).toBe('none');
    expect(present('<p>Our chef studied at the university of life.</p><p>Marktplatz 1, 73430 Aalen</p>', 'trust.company', { lang: 'en' })).toBe('none');
  });
  it('counts an Impressum or legal-notice link', () => {
    expect(present('<footer><a href="/impressum">Impressum</a></footer>', 'trust.company', { lang: 'de' })).toBe('link');
    expect(present('<footer><a href="/mentions-legales">Mentions légales</a></footer>', 'trust.company', { lang: 'fr' })).toBe('link');
    expect(present('<footer><a href="https://legal.example.com/">Legal</a></footer>', 'trust.company')).toBe('link');
  });
  it('is not fooled by a copyright line alone, a VAT rate or a price with VAT', () => {
    expect(present('<footer><p>© 2024 Example Media Limited. All rights reserved.</p></footer>', 'trust.company')).toBe('none');
    expect(present('<p>Hinnat sisältävät ALV 24 %.</p><p>Price incl. VAT 1 234,56 €</p>', 'trust.company')).toBe('none');
    expect(present('<p>Bake in a hot oven for half an hour.</p><p>© Example Bakery Ltd</p>', 'trust.company')).toBe('none');
    expect(present('<a href="/legal-message">Legal message</a>', 'trust.company')).toBe('none');
  });
});

describe('trust.badges', () => {
  it('finds seal images by alt text, file name and vendor host', () => {
    expect(present('<footer><img src="/img/luotettava-kumppani.png" alt="Luotettava Kumppani"></footer>', 'trust.badges', { lang: 'fi' })).toBe('content');
    expect(present('<footer><img src="/files/Handelsverband_Siegel.png" alt=""></footer>', 'trust.badges', { lang: 'de' })).toBe('content');
    expect(present('<a href="https://www.trustedshops.de/bewertung/info_X1.html"><img src="/ts.png" alt="Shop reviews"></a>', 'trust.badges', { lang: 'de' })).toBe('content');
  });
  it('reports an empty seal container or a seal vendor script as script', () => {
    expect(present('<div id="MyCustomTrustbadge"></div>', 'trust.badges', { lang: 'de' })).toBe('script');
    expect(present('<script src="https://widgets.trustedshops.com/js/X1.js"></script>', 'trust.badges', { lang: 'de' })).toBe('script');
  });
  it('does not take recipe photos, app-store buttons or gift certificates for seals', () => {
    expect(present('<img src="/jam.jpg" alt="Seal the jars while the jam is still hot">', 'trust.badges')).toBe('none');
    expect(present('<img src="/badges/app-store-badge.svg" alt="Download on the App Store">', 'trust.badges')).toBe('none');
    expect(present('<img src="/gift-certificate.png" alt="Gift certificate">', 'trust.badges')).toBe('none');
    expect(present('<img src="/award-winning-chili.jpg" alt="Award-winning chili">', 'trust.badges')).toBe('none');
    expect(present('<article><img src="/news/oscars.jpg" alt="Academy Awards ceremony" width="1200" height="800"></article>', 'trust.badges')).toBe('none');
  });
  it('counts an award or certificate that sits in the page frame as a seal', () => {
    expect(present('<footer><img src="/img/award.png" alt="Auszeichnung Bester Händler 2024"></footer>', 'trust.badges', { lang: 'de' })).toBe('content');
    expect(present('<img src="/cert/bio.png" alt="certificazione bio" width="60">', 'trust.badges', { lang: 'it' })).toBe('content');
  });
});

describe('trust.consent', () => {
  it('finds consent platforms by script host and names them in the evidence', () => {
    const facts = scan('<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>');
    expect(facts.assets['trust.consent']).toMatchObject({ present: 'script', evidence: [{ kind: 'script', text: 'cookiebot' }] });
    expect(present('<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>', 'trust.consent')).toBe('script');
    expect(present('<script src="/plugins/eu_cookie/js/cookie_modal.js"></script>', 'trust.consent', { lang: 'de' })).toBe('script');
  });
  it('finds a site waiting for consent: Consent Mode defaults, a self-hosted cookie control, a shop platform\'s banner', () => {
    const consentMode = "<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}gtag('consent', 'default', {ad_storage: 'denied', analytics_storage: 'denied'});</script>";
    expect(present(consentMode, 'trust.consent')).toBe('script');
    expect(present('<script src="/modules/cookiecontrol/js/cookieControl-5.1.min.js"></script>', 'trust.consent')).toBe('script');
    expect(present('<div class="wsa-cookielaw"></div>', 'trust.consent', { lang: 'nl' })).toBe('script');
    // Measuring alone is not waiting for consent; neither is a page about mission control.
    expect(present("<script>gtag('config', 'G-ABC123');</script>", 'trust.consent')).toBe('none');
    expect(present('<script src="/js/mission-control.js"></script>', 'trust.consent')).toBe('none');
  });
  it('finds a cookie notice or a cookie-settings button built into the page', () => {
    const banner = '<div class="cookie-notice"><p>Käytämme evästeitä parantaaksemme käyttökokemusta.</p><button>Hyväksy kaikki</button><button>Vain välttämättömät</button></div>';
    expect(present(banner, 'trust.consent', { lang: 'fi' })).toBe('content');
    expect(present('<div id="cookies-container"><p>This site uses cookies. Read our <a href="/privacy">privacy policy</a>.</p><a href="#" class="button">OK</a></div>', 'trust.consent')).toBe('content');
    expect(present('<footer><button onclick="Cookiebot.renew()">Evästeasetukset</button></footer>', 'trust.consent', { lang: 'fi' })).toBe('content');
  });
  it('does not take cookie recipes, a cookie-policy link or a newsletter consent for a consent manager', () => {
    expect(present('<h2>Chocolate chip cookies</h2><div class="cookie-card"><p>Bake the cookies for 12 minutes, then close the oven door.</p></div>', 'trust.consent')).toBe('none');
    expect(present('<button class="filter" onclick="filter(\'cookies\')">Cookies</button>', 'trust.consent')).toBe('none');
    expect(present('<footer><a href="/cookie-policy">Cookie policy</a></footer>', 'trust.consent')).toBe('none');
    expect(present('<form class="newsletter-consent"><label><input type="checkbox"> I consent to receiving the newsletter</label></form>', 'trust.consent')).toBe('none');
  });
});
