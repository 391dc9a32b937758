// Booking pages told from stories and orders, vendor names that are everyday words, streets without numbers and
// towns before their postcodes, grocers' programmes, switched-off notices, hyphenated seal names, unit prices
// without a currency, and Nordic names for returns, member prices and sole traders. Fixtures are our own snippets.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { findAddresses } from '../../collectors/address';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang: string, head = '') => collectFacts(htmlDocument(page(body, head, lang), 'https://shop.example.eu/'));
const present = (body: string, id: AssetId, lang = 'en', head = '') => scan(body, lang, head).assets[id]!.present;
const SHOP = '<header><a href="/cart">Cart (0)</a></header>';

describe('booking links by their address', () => {
  it('counts a short booking page, not an article whose slug mentions a meeting', () => {
    expect(present('<main><a href="/fr/rendez-vous/">Nous voir</a></main>', 'contact.booking', 'fr')).toBe('link');
    expect(present('<main><a href="/online-reservations/">Tonight</a></main>', 'contact.booking')).toBe('link');
    expect(present('<main><a href="/politique/video/2015/le-grand-rendez-vous-avec-un-ministre_48.html">Le grand entretien</a></main>', 'contact.booking', 'fr')).toBe('none');
  });
  it('reads Norwegian and Danish "order" only as a whole segment', () => {
    expect(present('<main><a href="https://megler.example.no/eiendom/146/bestill-salgsoppgave">Salgsoppgave</a></main>', 'contact.booking', 'no')).toBe('none');
    expect(present('<main><a href="/bestill/">Time hos oss</a></main>', 'contact.booking', 'no')).toBe('link');
    expect(present('<main><a href="https://megler.example.no/eiendom/146/paamelding">Visningspåmelding</a></main>', 'contact.booking', 'no')).toBe('link');
  });
  it('leaves promo codes, click-and-collect and a pointer inside a call-us sentence out', () => {
    expect(present('<aside><a href="/codes-promo/booking">Code promo Booking</a></aside>', 'contact.booking', 'fr')).toBe('none');
    expect(present(`${SHOP}<p><a href="/drive-in">Drive in - boka online, hämta utanför butik!</a></p>`, 'contact.booking', 'sv')).toBe('none');
    const call = '<p>Ring något av våra kontor eller skicka e-post för att boka möte. Ansökan hittar du <a href="/ansokan">här</a>.</p>';
    expect(present(call, 'contact.booking', 'sv')).toBe('none');
    expect(present('<p>Vill du boka möte? Det gör du <a href="/kalender">här</a>.</p>', 'contact.booking', 'sv')).toBe('link');
  });
});

describe('vendor names that are everyday words', () => {
  it('does not take a page\'s own "tooltip" or "inside" settings for a chat', () => {
    const settings = '<script>var ui = { tooltip: { delay: 200 }, inside: { pad: 4 } };</script>';
    expect(present(`<p>Shop</p>${settings}`, 'contact.chat')).toBe('none');
  });
});

describe('addresses written the British, Antipodean and template ways', () => {
  const texts = (text: string) => findAddresses(text).map((a) => a.text);
  it('reads a street without a number between a building and a UK postcode', () => {
    expect(texts('Example Security Ltd, 1 Heron House, Trinity Way, London E4 8TD')).toEqual(['Trinity Way, London E4 8TD']);
    expect(texts('We loved the Olympic Way. London E4 8TD')).toEqual([]);
  });
  it('reads Australian states and a town with its postcode after a numbered street', () => {
    expect(texts('Shop 3, 45 Crown Street, Surry Hills NSW 2010')).toEqual(['45 Crown Street, Surry Hills NSW 2010']);
    expect(texts('Visit 20 Example St, PO Box 739, Wanaka 9343, New Zealand')).toEqual(['20 Example St, PO Box 739, Wanaka 9343']);
    expect(texts('Kauneushuone Esimerkki\n1 Kolmas linja,\nHelsinki, 00530,\nFinland')).toEqual(['1 Kolmas linja, Helsinki, 00530']);
  });
  it('does not read a year after a month, or a town without a street, as a postcode', () => {
    expect(texts('Most of these took place on 6 December 1941, in the harbour')).toEqual([]);
    expect(texts('Our story began in Wanaka 2015, when we opened')).toEqual([]);
    expect(texts('Sales grew in Helsinki, 12000 more visitors came')).toEqual([]);
  });
});

describe('loyalty programmes by name', () => {
  it('knows the Finnish grocers\' programmes and member prices', () => {
    expect(present(`${SHOP}<footer><a href="https://plussa.example/liity">K-Plussa</a></footer>`, 'retention.loyalty', 'fi')).toBe('link');
    expect(present(`${SHOP}<p>Plussa-kortilla Etuhinta 1,16/kpl</p>`, 'retention.loyalty', 'fi')).toBe('content');
    expect(present(`${SHOP}<p>Hinta 1,65/kpl</p>`, 'retention.loyalty', 'fi')).toBe('none');
  });
});

describe('own cookie notices switched off', () => {
  it('reads the rest of a switched-off notice\'s settings as off', () => {
    const off = '<script>window.Static = {"cookieSettings":{"isCookieBannerEnabled":false,"cookieBannerText":"","cookieBannerAcceptType":"OPT_IN"}};</script>';
    expect(present(`<p>Shop</p>${off}`, 'trust.consent')).toBe('none');
    const on = '<script>window.Static = {"cookieSettings":{"isCookieBannerEnabled":true,"cookieBannerAcceptType":"OPT_IN"}};</script>';
    expect(present(`<p>Shop</p>${on}`, 'trust.consent')).toBe('script');
  });
});

describe('Nordic shop chrome', () => {
  it('finds a hyphenated seal name in an image\'s alt text', () => {
    expect(present('<header><img src="/files/seal_1.png" alt="Trygg E-handel logo"></header>', 'trust.badges', 'sv')).toBe('content');
    expect(present('<header><img src="/files/hero_1.png" alt="Handla tryggt hos oss"></header>', 'trust.badges', 'sv')).toBe('none');
  });
  it('reads a unit price without a currency after a price word', () => {
    expect(present('<ul><li>Kirjolohifilee</li><li>Hinta 1,65/kpl</li></ul>', 'offer.pricing', 'fi')).toBe('content');
    expect(present('<ul><li>Kirjolohifilee</li><li>Pakkaus 1,65/kg</li></ul>', 'offer.pricing', 'fi')).toBe('none');
    expect(present('<ul><li>Annos</li><li>Hinta 2/3 kpl</li></ul>', 'offer.pricing', 'fi')).toBe('none');
  });
  it('knows "öppet köp" as the right to return, and "asiakaskirje" as a newsletter', () => {
    expect(present(`${SHOP}<ul><li>Öppet köp även när du provat hemma</li></ul>`, 'commerce.returns', 'sv')).toBe('content');
    expect(present(`${SHOP}<ul><li>Öppet idag 10–18</li></ul>`, 'commerce.returns', 'sv')).toBe('none');
    expect(present('<footer><a href="/artikkelit/tilaa-sahkoinen-asiakaskirje">Tilaa sähköinen asiakaskirje</a></footer>', 'retention.newsletter', 'fi')).toBe('link');
  });
  it('finds Finnish parcel-locker delivery and a sole trader named form first', () => {
    expect(present(`${SHOP}<p>Kaikkiin tilauksiin lisätään 5 € postituslisä.</p>`, 'commerce.delivery', 'fi')).toBe('content');
    const footer = '<footer><p>Copyright – Tmi Teresa Esimerkki 2021 | Kolmas Linja 1 | 00530 Helsinki</p></footer>';
    expect(present(footer, 'trust.company', 'fi')).toBe('content');
    expect(present('<footer><p>Copyright – Teresa Esimerkki 2021</p></footer>', 'trust.company', 'fi')).toBe('none');
  });
});

describe('Nordic store pages', () => {
  it('reads a postcode and town set one under the other', () => {
    expect(findAddresses('Adress\nVårdgränd 1,\n945 32\nNorrfjärden\nKundservice').map((a) => a.text)).toEqual(['Vårdgränd 1, 945 32, Norrfjärden']);
    expect(findAddresses('Öppettider\n945 32\nNorrfjärden').map((a) => a.text)).toEqual([]);
  });
  it('names a club by the brand written with its letters\' marks ("Klubb Hjärtat" on apotekhjartat)', () => {
    const club = '<nav><a href="/klubb/">Klubb Hjärtat</a></nav>';
    expect(collectFacts(htmlDocument(page(club, '', 'sv'), 'https://www.apotekhjartat.example/')).assets['retention.loyalty']!.present).toBe('link');
    expect(collectFacts(htmlDocument(page('<nav><a href="/klubb/">Klubb Kärlek</a></nav>', '', 'sv'), 'https://www.apotekhjartat.example/')).assets['retention.loyalty']!.present).toBe('none');
  });
  it('counts a link to the food-safety inspection report as a trust mark', () => {
    expect(present('<footer><a href="http://www.oivahymy.fi/">Oiva-raportit</a></footer>', 'trust.badges', 'fi')).toBe('content');
    expect(present('<footer><a href="https://www.findsmiley.dk/123456">Se vores kontrolrapport</a></footer>', 'trust.badges', 'da')).toBe('content');
  });
  it('counts arranging a viewing with the estate agent as booking', () => {
    expect(present('<main><a href="/visning/123">Avtal visning</a></main>', 'contact.booking', 'no')).toBe('link');
  });
});

describe('dates above a line', () => {
  it('does not read a date\'s year and the next line as a postcode and town', () => {
    expect(findAddresses('© Example Media Oy\nUpdated on August 4, 2022\nSave').map((a) => a.text)).toEqual([]);
    expect(findAddresses('Contact: info@example.com\nPosted November 23, 2012\nFacebook').map((a) => a.text)).toEqual([]);
  });
});

describe('a cookie notice\'s texts kept in the page\'s data', () => {
  const data = (json: string) => `<p>Shop</p><script id="__NEXT_DATA__" type="application/json">${json}</script>`;
  it('counts the notice\'s words with its choices, as a script', () => {
    const popup = '{"popupCookie":{"heading":"Vi bruker informasjonskapsler (cookies)","required":"Nødvendige","stats":"Statistikk","market":"Markedsføring"}}';
    expect(present(data(popup), 'trust.consent', 'no')).toBe('script');
    expect(present(data('{"banner":{"text":"We use cookies to improve the site.","ok":"Accept all"}}'), 'trust.consent')).toBe('script');
  });
  it('does not take a privacy policy\'s sentences for a notice', () => {
    const policy = '{"page":{"body":"We use cookies for necessary functions, for statistics and for marketing. You can accept all or change your cookie settings in the browser."}}';
    expect(present(data(policy), 'trust.consent')).toBe('none');
  });
});

describe('recipe and grocer chrome (set X)', () => {
  it('reads a footer\'s FAQ link with more words as the FAQ, an article teaser about FAQs not', () => {
    expect(present('<footer><ul><li><a href="/kundtjanst/vanliga-fragor-eller-reklamera/">Vanliga frågor eller reklamera</a></li></ul></footer>', 'faq', 'sv')).toBe('link');
    expect(present('<main><a href="/stories/risotto-answers-to-the-faqs">Risotto: answers to the FAQs and recipes</a></main>', 'faq')).toBe('none');
  });
  it('counts an own notice whose button says "I accept"', () => {
    const notice = '<section class="overlay cookie-policy"><h4>Ingen mjölk utan kakor!</h4><p>Vi använder cookies för att sajten ska fungera.</p><a href="javascript:void(0)">Jag accepterar cookies!</a></section>';
    expect(present(notice, 'trust.consent', 'sv')).toBe('content');
  });
  it('counts a control whose click opens a network\'s share address', () => {
    expect(present('<main><img src="/a.jpg"><span class="pin" onclick="pin_this(event, \'https://pinterest.com/pin/create/button/?url=https://x.example/\')"></span></main>', 'advocacy.share')).toBe('content');
    expect(present('<main><span onclick="go(\'https://www.pinterest.com/example/\')">Follow</span></main>', 'advocacy.share')).toBe('none');
  });
});

describe('recipe brands\' chrome (set Y)', () => {
  it('counts a link to chat with a named person or team', () => {
    expect(present('<main><a class="btn" href="/launchchat">Chat with a baker</a></main>', 'contact.chat')).toBe('link');
    expect(present('<main><a href="/blog/a-chat-with-amy">Amy on baking</a></main>', 'contact.chat')).toBe('none');
  });
  it('knows the Swiss online guarantee, Trusted Shops\' eTrusted and the B Corporation mark', () => {
    expect(present('<footer><a href="https://www.swiss-online-garantie.ch/listing/example-ag"><img src="/sog.png" alt="Garantie"></a></footer>', 'trust.badges', 'de')).toBe('content');
    expect(present('<main><img src="/img/bcorp.png" alt="b corporation logo" width="80" height="80"></main>', 'trust.badges')).toBe('content');
    expect(present('<main><img src="/img/team.png" alt="our corporation’s team at the bakery" width="800" height="400"></main>', 'trust.badges')).toBe('none');
  });
});
