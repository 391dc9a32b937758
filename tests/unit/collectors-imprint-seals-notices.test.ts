// Issue 8, fourth session: a publisher's imprint, seals shown as forms and certificate links, cookie notices that
// tie acceptance to the visit, share buttons with no network, help centres and accounts on hosts of their own.
// Every mechanism has a trap beside it.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', url = 'https://www.example.dk/a/b') => collectFacts(htmlDocument(page(body, '', lang), url));
const asset = (body: string, id: AssetId, lang = 'en', url?: string) => scan(body, lang, url).assets[id]!;
const present = (body: string, id: AssetId, lang = 'en', url?: string) => asset(body, id, lang, url).present;

describe('trust.company: the publisher named in the imprint', () => {
  it('takes the legal name under a "Publisher" label, on its line or the next', () => {
    expect(present('<footer><ul><li>Udgiver</li><li><a href="https://group.example/"><span>&rsaquo;</span>JP/Eksempel Hus A/S</a></li></ul></footer>', 'trust.company', 'da')).toBe('content');
    expect(present('<footer><p>Herausgeber: Beispiel Verlag GmbH &amp; Co. KG</p></footer>', 'trust.company', 'de')).toBe('content');
  });
  it('does not take a company named in prose after the word', () => {
    expect(present('<p>Der Herausgeber des Buches erklärt, dass die Beispiel GmbH nicht haftet.</p>', 'trust.company', 'de')).toBe('none');
  });
  it('reads a responsible editor glued to the label by markup', () => {
    expect(present('<footer><ul><li>Ansv. Chefredaktør<strong>Bo Eksempel</strong></li></ul></footer>', 'trust.company', 'da')).toBe('content');
  });
});

describe('trust.badges: seals as forms and certificate links', () => {
  it('takes a seal form that posts to the certificate, and a short link naming the certificate', () => {
    expect(present('<footer><form action="https://www.trustedshops.com/shop/certificate.php" method="post"><input type="hidden" name="shop_id" value="X1"></form></footer>', 'trust.badges', 'de')).toBe('content');
    expect(present('<footer><a href="#" id="trusted-link">Trusted-Shops-Zertifikat</a></footer>', 'trust.badges', 'de')).toBe('content');
    expect(present('<footer><a href="https://www.safer-shopping.de/zertifikat/example-de.html" style="background:url(/pix/tuev.jpg)"></a></footer>', 'trust.badges', 'de')).toBe('content');
  });
  it('does not take a link that only says the shop is safe, or a membership call', () => {
    expect(present('<footer><a href="/secure-shopping">Secure shopping</a><a href="/medlem">Bli medlem</a></footer>', 'trust.badges', 'no')).toBe('none');
  });
});

describe('trust.consent: acceptance tied to the visit', () => {
  it('takes "you accept our use of cookies when you visit" as a notice', () => {
    const notice = '<div class="popup_dialog"><p>Du skal være opmærksom på, at du accepterer vores persondata politik og brug af cookies, når du besøger example.dk.</p></div>';
    expect(present(notice, 'trust.consent', 'da')).toBe('content');
  });
  it('does not take a policy sentence about cookies with no acceptance in it', () => {
    expect(present('<p>Når du besøger example.dk, sætter vi cookies for at måle trafikken.</p>', 'trust.consent', 'da')).toBe('none');
  });
});

describe('advocacy.share: a share button that names what it shares', () => {
  it('takes "Del annonsen", "Partager l\'annonce", "Anzeige teilen" on buttons', () => {
    expect(present('<button type="button">Del annonsen</button>', 'advocacy.share', 'no')).toBe('content');
    expect(present('<button aria-label="Partager l\'annonce"><svg></svg></button>', 'advocacy.share', 'fr')).toBe('content');
    expect(present('<button>Anzeige teilen</button>', 'advocacy.share', 'de')).toBe('content');
  });
  it('does not take a part number, an invitation to share an experience, or a link', () => {
    expect(present('<button>Del 2</button><button>Del av sortimentet</button><button>Share your story</button>', 'advocacy.share', 'sv')).toBe('none');
    expect(present('<a href="/dela-receptet-pa-natet">Dela receptet</a>', 'advocacy.share', 'sv')).toBe('none');
  });
});

describe('help centres and accounts on hosts of their own', () => {
  it('takes "Kundecenter" on a kundecenter host and a /helpdesk page as the help centre', () => {
    expect(present('<nav><a href="/kontakt">Kontakt</a><a href="https://kundecenter.example.dk/">Kundecenter</a></nav>', 'faq', 'da')).toBe('link');
    expect(present('<nav><a href="/helpdesk">Helpdesk</a></nav>', 'faq', 'nl', 'https://www.example.nl/')).toBe('link');
  });
  it('takes the reader\'s "MIT <paper>" on a mit. host as the account, not another site\'s', () => {
    expect(present('<header><a href="https://mit.example.dk/">MIT EX</a></header>', 'retention.account', 'da')).toBe('link');
    expect(present('<header><a href="https://mit.other.dk/">MIT OTHER</a></header>', 'retention.account', 'da')).toBe('none');
  });
});

describe('payment words and measuring tags', () => {
  it('reads Dutch "je rekent gemakkelijk af met" as a payment sentence', () => {
    const footer = '<footer><span>Je rekent gemakkelijk af met Paypal</span> <span>Je rekent gemakkelijk af met Visa</span></footer>';
    expect(asset(footer, 'payment.methods', 'nl').items).toEqual(expect.arrayContaining(['paypal', 'visa']));
    expect(present('<p>Hij rekent af met het verleden.</p>', 'payment.methods', 'nl')).toBe('none');
  });
  it('knows Webtrends by its inline init and Gemius\' heatmap by its snippet', () => {
    const head = (code: string) => `<script>${code}</script><p>Text.</p>`;
    expect(asset(head("Webtrends.dcs().init({dcsid:'x', domain:'statse.webtrendslive.com'});"), 'measure.analytics').items).toContain('webtrends');
    expect(asset(head('var ghmxy_identifier = "abc"; gemiusHeatMap(GHM+XY);'), 'measure.heatmap').items).toContain('gemius');
    expect(present(head('var webtrendsReport = null;'), 'measure.analytics')).toBe('none');
  });
  it('follows a footer link whose address is base64 in data-encoded-url', () => {
    const encoded = btoa('/service/datenschutz/');
    expect(present(`<footer><span class="encoded-link" data-encoded-url="${encoded}">Datenschutz</span></footer>`, 'trust.privacy', 'de')).toBe('link');
  });
});

describe('labels and forms as their markup names them', () => {
  it('reads a menu link whose title repeats its text once, so the label keeps its length', () => {
    expect(present('<footer><ul><li><a href="/Wissenswertes" title="Wissenswertes auf EXAMPLE">Wissenswertes auf EXAMPLE</a></li></ul></footer>', 'content.blog', 'de')).toBe('link');
  });
  it('takes a listing\'s enquiry form named for contact, by its submit words or its markup', () => {
    const fields = '<input name="SenderName" placeholder="Twoje imię"><input name="SenderEmail" placeholder="Twój e-mail"><input name="SenderPhone" placeholder="Twój numer telefonu">';
    expect(present(`<form action="/send" method="post">${fields}<input type="submit" value="Wyślij prośbę o kontakt"></form>`, 'contact.form', 'pl')).toBe('content');
    expect(present(`<form data-testid="cdp-contact-form">${fields}<button type="submit">Envoyer</button></form>`, 'contact.form', 'fr')).toBe('content');
    expect(present('<form data-cy="contact-form"><textarea name="message"></textarea><button>Invia messaggio</button></form>', 'contact.form', 'it')).toBe('content');
  });
  it('does not take a valuation or mortgage form without a word or a name for contact', () => {
    const fields = '<input name="name"><input name="email" type="email"><input name="phone" type="tel">';
    expect(present(`<form action="/estimate">${fields}<button>Estimer mon bien</button></form>`, 'contact.form', 'fr')).toBe('none');
  });
  it('takes a magazine section by its path or host', () => {
    expect(present('<nav><a href="/trends-und-themen/">Trends</a></nav>', 'content.blog', 'de', 'https://www.example.de/p/1')).toBe('link');
    expect(present('<nav><a href="https://edito.example.fr/checklist">Checklist de l\'acheteur</a></nav>', 'content.blog', 'fr', 'https://www.example.fr/annonce/1')).toBe('link');
  });
});

describe('notices that ask nothing, loaders in their own folder, one-word account buttons', () => {
  it('does not take a warning that the browser refuses cookies for a consent notice', () => {
    const warning = '<div class="cookie-warning" style="display:none"><p>Ihr Browser akzeptiert keine Cookies. Um im Shop bestellen zu können, aktivieren Sie Cookies.</p><button>OK</button></div>';
    expect(present(warning, 'trust.consent', 'de')).toBe('none');
  });
  it('takes a consent platform\'s loader served from a folder named for it', () => {
    expect(present('<p>Text.</p>', 'trust.consent', 'no', 'https://www.example.no/')).toBe('none');
    const doc = scan('<script defer src="/sourcepoint/v5.js"></script><p>Text.</p>', 'no', 'https://www.example.no/');
    expect(doc.assets['trust.consent']!.present).toBe('script');
  });
  it('takes "Compte" and "Acceder" buttons as the way into the account, and saved-search alerts as a list', () => {
    expect(present('<header><button type="button">Compte</button></header>', 'retention.account', 'fr')).toBe('link');
    expect(present('<header><button type="button">Acceder</button></header>', 'retention.account', 'es')).toBe('link');
    expect(present('<header><a href="/es/user/alerts">Mis alertas</a></header>', 'retention.newsletter', 'es')).toBe('link');
  });
});

describe('fallback menus, weekly letters, club members, same-day delivery, chat assistants', () => {
  it('reads the links of a <noscript> fallback kept as raw text, without its text', () => {
    const doc = htmlDocument(page('<div id="nav"></div><p>Recipe.</p>'), 'https://www.example.com/recipes/1');
    const fallback = doc.createElement('noscript');
    fallback.textContent = '<ul><li><a href="/about-our-products/product-faq">Product Ingredient FAQs</a></li></ul>';
    doc.getElementById('nav')!.append(fallback);
    const facts = collectFacts(doc);
    expect(facts.assets.faq!.present).toBe('link');
    const pixel = doc.createElement('noscript');
    pixel.textContent = '<img src="https://www.facebook.com/tr?id=1&ev=PageView">';
    doc.body.append(pixel);
    expect(collectFacts(doc).assets['contact.form']!.present).toBe('none');
  });
  it('takes a weekly letter for a newsletter', () => {
    expect(present('<footer><a href="/veckobrev/">Inspiration &amp; erbjudanden – ICAs veckobrev</a></footer>', 'retention.newsletter', 'sv')).toBe('link');
    expect(present('<p>Brevet kom en vecka senare.</p>', 'retention.newsletter', 'sv')).toBe('none');
  });
  it('takes a club membership and same-day delivery in German', () => {
    expect(present('<a href="/Account/Register">jö Club Mitglied</a>', 'retention.loyalty', 'de')).toBe('link');
    expect(present('<p>Heute bequem bestellen und noch am selben Tag liefern lassen.</p>', 'commerce.delivery', 'de')).toBe('content');
  });
  it('shows a chat assistant\'s "Chatta med oss" button when its config is on the page', () => {
    const body = '<script type="application/json">{"providers":["ChatbotTeneoContextProvider"]}</script><button>Chatta med oss!</button>';
    expect(asset(body, 'contact.chat', 'sv').items).toContain('teneo');
    expect(present('<button>Chatta med oss!</button>', 'contact.chat', 'sv')).toBe('none');
  });
  it('takes an online-ordering link as the way to the cart', () => {
    expect(present('<nav><a href="/online-ordering">Online Ordering</a></nav>', 'commerce.cart')).toBe('link');
  });
});

describe('trust.consent: a bar kept in hidden fields', () => {
  it('takes cookie-bar texts stored in hidden inputs for the site\'s script', () => {
    const fields = '<input type="hidden" id="cookiebarMessage" value="Vi använder kakor för att tillhandahålla tjänster och följa upp användningen."><input type="hidden" id="cookiebarAcceptText" value="Jag förstår!">';
    expect(present(`<form>${fields}</form><p>Recept.</p>`, 'trust.consent', 'sv')).toBe('script');
  });
  it('does not take a hidden field that only carries a cookie id', () => {
    expect(present('<form><input type="hidden" name="cookie_id" value="a81f0c2e9b7d4e31a1c0ffee12345678"></form>', 'trust.consent')).toBe('none');
  });
});

describe('lunch prices, scrambled addresses, share links kept for a script', () => {
  it('takes a line of prices with their notes, not times or page numbers', () => {
    expect(present('<h2>145 kr / 115 kr (take away)</h2>', 'offer.pricing', 'sv')).toBe('content');
    expect(present('<p>Öppet 11:00 / 14:00 (vardagar)</p><p>Sida 2 / 5</p>', 'offer.pricing', 'sv')).toBe('none');
  });
  it('takes an address scrambled by Email Encoder Bundle or written by Rot13.write as an e-mail behind a script', () => {
    expect(present('<a href="javascript:;" data-enc-email="vasb[at]rknzcyr.fr">Mejla oss</a>', 'contact.email', 'sv')).toBe('script');
    expect(present('<footer><script>Rot13.write(\'<n uers="znvygb:vasb@rknzcyr.fr">vasb@rknzcyr.fr</n>\');</script></footer>', 'contact.email', 'sv')).toBe('script');
    expect(present('<p>Skriv till oss.</p>', 'contact.email', 'sv')).toBe('none');
  });
  it('takes a share control whose network address waits in a data attribute', () => {
    expect(present('<a href="#" data-ss-ss-link="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fr%2F1" class="ss-facebook-color"></a>', 'advocacy.share')).toBe('content');
    expect(present('<a href="#" data-url="https://www.facebook.com/example">Facebook</a>', 'advocacy.share')).toBe('none');
  });
  it('takes Cookie Manager, "Beställ online" and a subscriber club', () => {
    expect(present('<script src="https://cookiemanager.dk/js/cm.js" data-cookiemanager="x"></script><p>Lunch.</p>', 'trust.consent', 'sv')).toBe('script');
    expect(present('<nav><a href="/bestall-online">Beställ online</a></nav>', 'commerce.cart', 'sv')).toBe('link');
    expect(present('<nav><a href="/goodfoodsubsclub-2">Subscriber club</a></nav>', 'retention.loyalty')).toBe('link');
  });
});

describe('trust.badges: a register\'s logo with a long name', () => {
  it('takes an image link to a medicine-seller register whatever the length of its alt text', () => {
    const logo = '<footer><a href="http://medicine-seller-register.mhra.gov.uk/search-registry/484" aria-label="footer link: Visit Medicines and Healthcare products Regulatory Agency"><img src="/f/logo.jpg" alt="Visit Medicines and Healthcare products Regulatory Agency"></a></footer>';
    expect(present(logo, 'trust.badges')).toBe('content');
    expect(present('<p>The <a href="https://www.mhra.gov.uk/news">regulator said today that the rules on online sellers of medicines will change next year</a>.</p>', 'trust.badges')).toBe('none');
  });
});

describe('recipe nutrition, consent layers and app configs', () => {
  it('does not take a recipe\'s diabetic exchanges for an exchange policy', () => {
    expect(present('<p>Exchanges: 2 Starch; 0 Fruit; 1/2 Other Carbohydrate; 4 Fat</p>', 'commerce.returns')).toBe('none');
    expect(present('<dl><dt>Exchanges:</dt><dd>2 Starch; 0 Fruit; 1/2 Other Carbohydrate</dd></dl>', 'commerce.returns')).toBe('none');
    expect(present('<dl><dt>Exchanges:</dt><dd>Free within 30 days of delivery</dd></dl>', 'commerce.returns')).toBe('content');
  });
  it('takes a "Cookies & Tracking" anchor that opens the privacy manager, not a policy\'s table of contents', () => {
    expect(present('<footer><a href="#sp_privacy_manager">Cookies &amp; Tracking</a></footer>', 'trust.consent', 'de')).toBe('content');
    expect(present('<nav><a href="#cookies">Cookies</a></nav><h2 id="cookies">Cookies</h2><p>We use two cookies.</p>', 'trust.consent')).toBe('none');
  });
  it('knows Fides by its banner marks and Hotjar by an app config\'s id', () => {
    expect(present('<script>window.fidesConfig={};</script><div id="fides-overlay"><div class="fides-modal"></div></div><p>Recipe.</p>', 'trust.consent')).not.toBe('none');
    expect(asset('<script>window.__APP__={"hotJarId":"546009"}</script><p>Menu.</p>', 'measure.heatmap').items).toContain('hotjar');
  });
  it('takes "Our Plans" as the way to the prices', () => {
    expect(present('<header><a href="/plans">Our Plans</a></header>', 'offer.pricing')).toBe('link');
  });
});
