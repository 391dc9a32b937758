// Mechanisms learned from real pages (issue 8, second round): our own small pages, each with a tricky negative.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { cloakedHref } from '../../collectors/page-index';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'en', url = 'https://www.example.com/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, opts?: Parameters<typeof scan>[1]) => scan(body, opts).assets[id]!.present;

describe('trust.company from legal names', () => {
  it('reads a legal name with its registered seat in any language, even inside a consent sentence', () => {
    const pl = '<form><label><input type="checkbox"> Wyrażam zgodę na przesyłanie informacji handlowych przez Przykład Polska Sp. z o.o. z siedzibą w Krakowie, ul. Długa 5.</label></form>';
    expect(present(pl, 'trust.company', { lang: 'pl' })).toBe('content');
    expect(present('<p>Il titolare del trattamento è Esempio Libri S.r.l. con sede in Torino.</p>', 'trust.company', { lang: 'it' })).toBe('content');
    expect(present('<p>Verantwortlich ist die Muster Handel GmbH mit Sitz in Köln.</p>', 'trust.company', { lang: 'de' })).toBe('content');
  });
  it('does not take a seat phrase without a legal name before it', () => {
    expect(present('<p>Nasz sklep z siedzibą w Krakowie zaprasza.</p>', 'trust.company', { lang: 'pl' })).toBe('none');
    expect(present('<p>La mostra con sede in Torino apre domani.</p>', 'trust.company', { lang: 'it' })).toBe('none');
  });
  it('reads a regulated firm\'s disclosure of its regulators', () => {
    expect(present('<footer><p>Brokerage services are offered by Example Securities, Inc., member FINRA/SIPC.</p></footer>', 'trust.company')).toBe('content');
    expect(present('<footer><p>Example Bancorp, Inc. (Member FDIC)</p></footer>', 'trust.company')).toBe('content');
    expect(present('<p>Are you a member of FINRA? Read our guide.</p>', 'trust.company')).toBe('none');
  });
  it('takes the copyright holder with an address headed by the same name', () => {
    const body = '<footer><p>© 2021 Livraria Exemplo</p><h4>Sede Livraria Exemplo</h4><p>Rua das Flores, n.º 12<br>4050-262 Porto</p></footer>';
    expect(present(body, 'trust.company', { lang: 'pt' })).toBe('content');
    const other = '<main><h2>Onde estamos</h2><p>Rua das Flores, n.º 12<br>4050-262 Porto</p></main><footer><p>© 2021 Livraria Exemplo</p></footer>';
    expect(present(other, 'trust.company', { lang: 'pt' })).toBe('none');
  });
  it('needs the address near a name stated alone: a listing\'s address far up the page is a third party\'s', () => {
    const listing = `<main><h1>Flat for sale</h1><p>Esimerkkikatu 5, 00100 Helsinki</p>${'<p>Room details, a balcony to the yard and a renovated kitchen.</p>'.repeat(40)}</main><footer><p>© 2024 Portaali Oy</p></footer>`;
    expect(present(listing, 'trust.company', { lang: 'fi' })).toBe('none');
    expect(present('<footer><p>© 2024 Portaali Oy</p><p>Esimerkkikatu 5, 00100 Helsinki</p></footer>', 'trust.company', { lang: 'fi' })).toBe('content');
  });
  it('does not take a place and its district code for a legal name', () => {
    const body = '<ul><li>Koncert: Band X</li><li>Vega Hallen, København NV</li></ul><footer><p>Eksempelvej 4, 3000 Helsingør</p></footer>';
    expect(present(body, 'trust.company', { lang: 'da' })).toBe('none');
  });
  it('counts corporate-information links, not a "Company Information" menu that leads to membership', () => {
    expect(present('<footer><a href="https://www.examplegroup.co.uk/">Group corporate information</a></footer>', 'trust.company')).toBe('link');
    expect(present('<footer><a href="/fcom/info/societa.html">Informazioni societarie</a></footer>', 'trust.company', { lang: 'it' })).toBe('link');
    expect(present('<footer><a href="/membership-information.html">Company Information</a></footer>', 'trust.company')).toBe('none');
  });
});

describe('trust.consent: own notices, inline configs, the consent page', () => {
  it('takes an implied-consent sentence about cookies as the notice', () => {
    expect(present('<div class="info">En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.</div>', 'trust.consent', { lang: 'fr' })).toBe('content');
    expect(present('<div class="block-info cookie"><strong>Nasza strona internetowa wykorzystuje cookies (ciasteczka).</strong> Korzystając ze strony wyrażasz zgodę na używanie cookie.<a href="#" class="close"></a></div>', 'trust.consent', { lang: 'pl' })).toBe('content');
    expect(present('<p>Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.</p>', 'trust.consent', { lang: 'fi' })).toBe('content');
  });
  it('does not take "by continuing" without cookies, or a recipe about cookies, for a notice', () => {
    expect(present('<p>By continuing to use the app you agree to the terms.</p>', 'trust.consent')).toBe('none');
    expect(present('<h2>Chocolate cookies</h2><p>Bake the cookies for 12 minutes.</p>', 'trust.consent')).toBe('none');
  });
  it('finds consent banners configured inline', () => {
    expect(present('<script>window.cookieconsent_options = {"message":"This site uses cookies","dismiss":"OK"};</script>', 'trust.consent')).toBe('script');
    expect(present('<script>var settings = {"eu_cookie_compliance":{"popup_enabled":true}};</script>', 'trust.consent')).toBe('script');
    expect(present('<script>var cfg = {"labels":{"wnd.fe.CookieBar.message":"Tato stránka používá cookies"}};</script>', 'trust.consent')).toBe('script');
    expect(present('<script>window._site = {"showCookieNotification":true,"cookiesNotificationMarkup":"<div>Cookies</div>"};</script>', 'trust.consent')).toBe('script');
    expect(present('<script>window._site = {"showCookieNotification":false};</script>', 'trust.consent')).toBe('none');
  });
  it('counts a link to the page where consent is managed, not a consent article', () => {
    expect(present('<footer><a href="/samtykke">Administrer samtykke</a></footer>', 'trust.consent', { lang: 'da' })).toBe('link');
    expect(present('<a href="/blog/how-to-manage-consent-in-your-shop">How to manage consent in your shop</a>', 'trust.consent')).toBe('none');
  });
  it('on a live page, finds an unnamed notice fixed by the stylesheet, and only one about cookies', () => {
    const body = '<div id="x1"><p>We bake cookies into this site to measure visits.</p><button>OK</button></div><div id="x2"><p>Spring sale: 20 % off</p><button>OK</button></div>';
    const doc = htmlDocument(page(body), 'https://www.example.com/');
    const fixed = new Set(['x1', 'x2']);
    Object.defineProperty(doc, 'defaultView', { value: { getComputedStyle: (el: Element) => ({ position: fixed.has(el.id) ? 'fixed' : 'static' }) } });
    expect(collectFacts(doc).assets['trust.consent']!.present).toBe('content');
    const inert = htmlDocument(page(body), 'https://www.example.com/');
    Object.defineProperty(inert, 'defaultView', { value: null });
    expect(collectFacts(inert).assets['trust.consent']!.present).toBe('none');
    const saleOnly = htmlDocument(page('<div id="x2"><p>Spring sale: 20 % off</p><button>OK</button></div>'), 'https://www.example.com/');
    Object.defineProperty(saleOnly, 'defaultView', { value: { getComputedStyle: () => ({ position: 'fixed' }) } });
    expect(collectFacts(saleOnly).assets['trust.consent']!.present).toBe('none');
  });
});

describe('faq and contact.form from customer-service links', () => {
  it('takes "Customer services" without another contact link as the help centre and the way to contact', () => {
    const facts = scan('<footer><a href="/gb/en/customer-service/">Customer services</a></footer>').assets;
    expect(facts.faq!.present).toBe('link');
    expect(facts['contact.form']!.present).toBe('link');
  });
  it('keeps a customer-service link a contact link when the page has its own contact link', () => {
    expect(present('<footer><a href="/customer-service/">Customer services</a><a href="/contact">Contact us</a></footer>', 'faq')).toBe('none');
  });
  it('reads help labels in Spanish and Portuguese and help hosts in Norwegian', () => {
    expect(present('<footer><h4>Servicio al cliente</h4><a href="https://ayuda.example.cl/">Ir a Ayuda</a></footer>', 'faq', { lang: 'es' })).toBe('link');
    expect(present('<a href="https://hjelpesenter.example.no/hc/no/articles/123">Les mer om budgivning</a>', 'faq', { lang: 'no', url: 'https://www.example.no/' })).toBe('link');
  });
  it('counts call-back and feedback services as the way to contact, not a product recall', () => {
    expect(present('<footer><a href="/user/callbackPopup">Kostenloser Rückruf-Service</a></footer>', 'contact.form', { lang: 'de' })).toBe('link');
    expect(present('<a href="/falecomafolha/">Fale com a Redação</a>', 'contact.form', { lang: 'pt' })).toBe('link');
    expect(present('<a href="/news/rueckruf-wasserkocher">Rückruf: Wasserkocher X</a>', 'contact.form', { lang: 'de' })).toBe('none');
  });
});

describe('trust.badges from mark links and icons', () => {
  it('takes an icon link named as a seal and a short link to a regulator or evaluator', () => {
    expect(present('<footer><a aria-label="Luotettava" href="https://www.example-sinetti.fi/kauppa/36"><i class="icon"></i></a></footer>', 'trust.badges', { lang: 'fi' })).toBe('content');
    expect(present('<footer><a aria-label="Verified by Visa" href="#"><i></i></a></footer>', 'trust.badges')).toBe('content');
    expect(present('<footer><a href="https://www.charitynavigator.org/ein/123">Charity Navigator</a></footer>', 'trust.badges')).toBe('content');
    expect(present('<footer><p>Securities offered by Example Brokers. Member SIPC.</p></footer>', 'trust.badges')).toBe('content');
  });
  it('does not take a text link with the word, or a regulator named in an article\'s prose', () => {
    expect(present('<a href="/luotettava-remontti">Luotettava remonttipalvelu</a>', 'trust.badges', { lang: 'fi' })).toBe('none');
    const prose = `<p>${'The regulator published new rules for brokers this week. '.repeat(6)}Read them on <a href="https://www.finra.org/rules">finra.org</a>.</p>`;
    expect(present(prose, 'trust.badges')).toBe('none');
  });
});

describe('proof: customers, awards, guestbooks, review-site links, star summaries', () => {
  it('takes a customers or awards page and a guestbook as testimonials', () => {
    expect(present('<footer><a href="/customers">Customers</a></footer>', 'proof.testimonials')).toBe('link');
    expect(present('<nav><a href="/why-us/accolades.html">Accolades</a></nav>', 'proof.testimonials')).toBe('link');
    expect(present('<p>Ihre Meinung? <a href="gaestebuch.html">Zum Gästebuch</a></p>', 'proof.testimonials', { lang: 'de' })).toBe('link');
    expect(present('<a href="/vieraskirja">Vieraskirja</a>', 'proof.testimonials', { lang: 'fi' })).toBe('link');
  });
  it('does not take a customer login or a price page for proof', () => {
    expect(present('<a href="/customer/account/login">Customer login</a><a href="/priser">Priser</a>', 'proof.testimonials', { lang: 'da' })).toBe('none');
    expect(present('<nav><a href="/awards">Awards: our wines won 40 medals</a></nav>', 'proof.testimonials')).toBe('none');
  });
  it('counts a link to the product\'s reviews on a software review site and a star summary in German', () => {
    expect(present('<footer><a href="https://www.g2.com/products/example-app/reviews">Customer Reviews</a></footer>', 'proof.reviews')).toBe('link');
    expect(present('<div><span>4,6 von 5 Sternen</span> <span>(452)</span></div>', 'proof.reviews', { lang: 'de' })).toBe('content');
    expect(present('<a href="https://www.g2.com/categories/crm">Best CRM software</a>', 'proof.reviews')).toBe('none');
  });
});

describe('retention.account under other names', () => {
  it('takes "Profiili", "Entrar" and a club\'s members\' area as the account', () => {
    expect(present('<nav><a href="/profiili">Profiili</a></nav>', 'retention.account', { lang: 'fi' })).toBe('link');
    expect(present('<nav><a href="https://login.example.com.br/">Entrar</a></nav>', 'retention.account', { lang: 'pt' })).toBe('link');
    expect(present('<nav><a href="/mitglieder/">Verein-Intern</a></nav>', 'retention.account', { lang: 'de' })).toBe('link');
  });
  it('does not take a company profile, an "account-based" article or a contact phrase for the account', () => {
    expect(present('<a href="/yritys">Yritysprofiili</a>', 'retention.account', { lang: 'fi' })).toBe('none');
    expect(present('<a href="/account-based-marketing/the-winds-of-change">The winds of change</a>', 'retention.account')).toBe('none');
    expect(present('<nav><a href="/solutions/abm">Account-Based Marketing</a></nav>', 'retention.account')).toBe('none');
    expect(present('<nav><a href="/unternehmen/profil">Profil</a></nav>', 'retention.account', { lang: 'de' })).toBe('none');
    expect(present('<a href="/contacto">Entrar em contato</a>', 'retention.account', { lang: 'pt' })).toBe('none');
  });
});

describe('contact.phone in more formats', () => {
  it('reads a number after "Zentrale:" and a grouped number right after the address', () => {
    expect(present('<p>Anschrift/Kontakt</p><p>Zentrale: 0176 56601001</p>', 'contact.phone', { lang: 'de' })).toBe('content');
    expect(present('<footer><h4>Sede</h4><p>Rua das Flores, n.º 12<br>4050-262 Porto<br>239 436 266</p></footer>', 'contact.phone', { lang: 'pt' })).toBe('content');
  });
  it('does not take grouped figures away from an address for a phone', () => {
    expect(present('<p>Visitors this year: 239 436 266</p>', 'contact.phone')).toBe('none');
  });
});

describe('cloaked links', () => {
  it('decodes an address kept in data-href, plain or base64', () => {
    expect(cloakedHref('/service/faq.html')).toBe('/service/faq.html');
    expect(cloakedHref(btoa('/service/mentions_legales.html'))).toBe('/service/mentions_legales.html');
    expect(cloakedHref('bm90IGEgbGluaw==')).toBeNull();
    expect(cloakedHref('IGphdmFzY3JpcHQ6dm9pZCgwKTs=')).toBeNull();
  });
  it('reads a cloaked footer link like any link, but not a clickable card', () => {
    expect(present(`<footer><span class="obf" data-href="${btoa('/service/mentions_legales.html')}">Mentions légales</span></footer>`, 'trust.company', { lang: 'fr' })).toBe('link');
    const card = `<div data-href="/account/offers/spring"><h3>Spring offers</h3><p>${'Robust folders for your papers, in four colours. '.repeat(6)}</p></div>`;
    expect(present(card, 'retention.account')).toBe('none');
    expect(present('<nav><span data-href="/account/">Kundenkonto</span></nav>', 'retention.account', { lang: 'de' })).toBe('link');
  });
});

describe('contact details in job advertisements', () => {
  it('does not take the contact person of a job ad for the site\'s phone or email', () => {
    const ad = '<article><h2>Test engineer</h2><p>The position is in Oulu. For further information please contact Ms. Example, tel. +358 8 123 4567. Please send your application to rekry@example-employer.fi by 25 May.</p></article>';
    const facts = scan(ad).assets;
    expect(facts['contact.phone']!.present).toBe('none');
    expect(facts['contact.email']!.present).toBe('none');
    expect(present('<li>Lisätietoja tehtävästä antaa Matti Esimerkki puh. 010 123 4567</li>', 'contact.phone', { lang: 'fi' })).toBe('none');
  });
  it('still takes the site\'s own contact in its footer', () => {
    const page = '<article><p>Send your application to rekry@example-employer.fi.</p></article><footer><p>Ota yhteyttä: <a href="tel:+35830123456">030 123 456</a>, <a href="mailto:info@example.fi">info@example.fi</a></p></footer>';
    const facts = scan(page, { lang: 'fi' }).assets;
    expect(facts['contact.phone']!.present).toBe('content');
    expect(facts['contact.email']!.present).toBe('content');
  });
});

describe('cloaked links under other attributes', () => {
  it('reads a base64 address in data-ub64e, and not a script link hidden the same way', () => {
    expect(present(`<footer><span class="ub64e" data-ub64e="${btoa('/shoppages/service/agb')}">AGB</span></footer>`, 'trust.terms', { lang: 'de' })).toBe('link');
    expect(present(`<footer><span data-ub64e="${btoa(' javascript:void(0);')}">Kontakt</span></footer>`, 'contact.form', { lang: 'de' })).toBe('none');
    expect(present(`<footer><span class="js-obfuscate-link" data-obfuscate-href="${btoa('https://shop.example/faq/q165-nous-contacter/\n\n')}">Contactez-nous</span></footer>`, 'contact.form', { lang: 'fr' })).toBe('link');
  });
});

describe('trust.privacy from the cookie policy\'s address', () => {
  it('takes a settings-worded link to the cookie policy page, not a settings button', () => {
    expect(present('<div class="cookie-banner"><a href="/gb/en/customer-service/cookie-policy/">Read more and customise cookie settings</a></div>', 'trust.privacy')).toBe('link');
    expect(present('<div class="cookie-banner"><a href="#" onclick="openPrefs()">Cookie settings</a></div>', 'trust.privacy')).toBe('none');
    expect(present('<a href="/service/donnees_personnelles.html">Vos données</a>', 'trust.privacy', { lang: 'fr' })).toBe('link');
  });
});

describe('retention.account: not another site\'s login in prose, not an account manager', () => {
  it('does not take a login link inside an article sentence or "Account Based Marketing" for the account', () => {
    const prose = `<p>${'Screen readers are harder to use than browsers, and they create barriers. '.repeat(3)}For example, logging in to <a href="https://housing.example.edu/login">some sites</a> is hard.</p>`;
    expect(present(prose, 'retention.account')).toBe('none');
    expect(present('<a href="/abm">Learn more about Account Based Marketing</a><a href="/team">Your key account manager</a>', 'retention.account')).toBe('none');
    expect(present('<header><a href="/login">Sign in</a></header>', 'retention.account')).toBe('link');
  });
  it('reads a job ad laid out in divs as a job ad', () => {
    expect(present('<div class="ad">Please send your application with salary request to <a href="mailto:rekry@employer.example">rekry@employer.example</a> by 25 May.</div>', 'contact.email')).toBe('none');
  });
});

describe('contact.address in job advertisements', () => {
  it('does not take the address applications go to for the site\'s address', () => {
    expect(present('<div class="ad"><p>Hakemus ja CV palkkatoiveineen lähetetään 30.5. mennessä osoitteella Työnantaja Oy, Esimerkinkatu 13, 00170 Helsinki.</p></div>', 'contact.address', { lang: 'fi' })).toBe('none');
    expect(present('<footer><p>Esimerkki Oy, Esimerkinkatu 13, 00170 Helsinki</p></footer>', 'contact.address', { lang: 'fi' })).toBe('content');
  });
});

describe('trust.badges: origin labels and licensed medicine sellers', () => {
  it('takes an origin label image and a link to the medicines register, not a news link about the agency', () => {
    expect(present('<footer><img src="/img/label-1.png" alt="Suisse Garantie" width="80"></footer>', 'trust.badges', { lang: 'fr' })).toBe('content');
    expect(present('<footer><a href="https://www.fimea.fi/verkkoapteekit/123">Tarkista verkkoapteekin laillisuus</a></footer>', 'trust.badges', { lang: 'fi' })).toBe('content');
    const news = `<p>${'The agency warned about fake slimming pills sold online this week. '.repeat(5)}<a href="https://www.mhra.gov.uk/news/fake-pills">Read the notice</a>.</p>`;
    expect(present(news, 'trust.badges')).toBe('none');
  });
});
