// Link roles read from a link's words, its address (path, host, hash) and where it sits: the account's way in, the
// help centre, the cookie page standing in for the privacy link. Pages of our own, each with the look-alikes that must not count.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', url = 'https://www.example.no/') => collectFacts(htmlDocument(page(body, '', lang), url)).assets;
const present = (id: AssetId, body: string, lang = 'en', url?: string) => scan(body, lang, url)[id]!.present;

describe('account: login links and buttons', () => {
  it('finds a login link by its Nordic words and spellings of the path', () => {
    expect(present('retention.account', '<header><a href="https://www.example.no/logginn?context=masthead" hidden><svg></svg><span>Logg på</span></a></header>', 'no')).toBe('link');
    expect(present('retention.account', '<header><a href="/konto">Log på</a></header>', 'da', 'https://shop.example.dk/')).toBe('link');
    expect(present('retention.account', '<header><a href="/innlogging/"><svg></svg></a></header>', 'no')).toBe('link');
    expect(present('retention.account', '<header><a href="/log-ind"><svg></svg></a></header>', 'da')).toBe('link');
  });

  it('finds a portal login behind a #Login anchor on the site’s own host', () => {
    expect(present('retention.account', '<nav><a href="https://portal.example.no/external#Login"><span class="ico-member"></span></a></nav>')).toBe('link');
    // The same anchor on another company's portal is theirs.
    expect(present('retention.account', '<nav><a href="https://portal.other-vendor.com/external#Login"><span></span></a></nav>')).toBe('none');
  });

  it('finds an icon link in the header whose class names the account', () => {
    expect(present('retention.account', '<header><a href="/customer/"><svg class="icon icon-account"></svg></a></header>')).toBe('link');
    expect(present('retention.account', '<header><a class="header_login-link" href="/kunde"><img src="/user.svg" alt=""></a></header>', 'de')).toBe('link');
    // In the body, or with words of its own, the class says nothing; "accountability" or "discount" is no account.
    expect(present('retention.account', '<main><a href="/customer/"><svg class="icon-account"></svg></a></main><header><a class="accountability-report" href="/report"><svg></svg></a><a class="discount-badge" href="/sale"><svg></svg></a></header>')).toBe('none');
  });

  it('finds a login button built as a label that toggles a menu', () => {
    expect(present('retention.account', '<div class="header"><input type="checkbox" id="m1" hidden><label id="header-login" for="m1"><span>Anmelden</span></label></div>', 'de')).toBe('link');
  });

  it('does not take look-alike paths, articles or form fields for the account', () => {
    const body = `<main><a href="/blog/logging-in-to-the-future">Logging in to the future</a><a href="/logo">Our logo</a><a href="/login-tips-article-series-part-two">Read</a>
<a href="/pricing#logo">Logo pack</a><a href="/downloads#logins">Logins explained</a></main>
<form><label for="acc">Konto</label><input id="acc" name="iban"><label for="q">Anmelden</label><input type="checkbox" id="q"><input name="a"><input name="b"><input name="c"><input name="d"><input name="e"><input name="f"><textarea></textarea></form>`;
    expect(present('retention.account', body, 'de')).toBe('none');
  });
});

describe('faq: help-centre links by path, host and the site’s name', () => {
  it('finds a customer-service link whose address names the FAQ, also on the group’s shared host', () => {
    expect(present('faq', '<footer><a href="https://konto.groupmedia.se/vanliga-fragor/">Kundservice</a><a href="/kontakt">Kontakt</a></footer>', 'sv', 'https://www.example-news.se/')).toBe('link');
    expect(present('faq', '<footer><a href="/aide/">Service Clients</a><a href="/contact">Contact</a></footer>', 'fr', 'https://www.example.fr/')).toBe('link');
    expect(present('faq', '<footer><a href="https://support.example.fr/">Service Clients</a><a href="/contact">Contact</a></footer>', 'fr', 'https://www.example.fr/')).toBe('link');
  });

  it('counts the customer-service link as the help centre when the page has no contact link of its own', () => {
    expect(present('faq', '<footer><a href="/service/">Kundeservice</a></footer>', 'no')).toBe('link');
    // With a contact link beside it, the customer service is the contact page.
    expect(present('faq', '<footer><a href="/service/">Kundeservice</a><a href="/kontakt-oss">Kontakt oss</a></footer>', 'no')).toBe('none');
  });

  it('takes a customer-service link into the help section for the help centre, beside a contact link', () => {
    expect(present('faq', '<footer><a href="/hilfe/kundenservice/">Kundenservice</a><a href="/kontakt">Kontakt</a></footer>', 'de', 'https://www.example.de/')).toBe('link');
    expect(present('faq', '<footer><a href="/tuki/asiakaspalvelu">Asiakaspalvelu</a><a href="/yhteystiedot">Yhteystiedot</a></footer>', 'fi', 'https://www.example.fi/')).toBe('link');
    // A help word inside another word of the path is not the help section.
    expect(present('faq', '<footer><a href="/supporters/kundenservice/">Kundenservice</a><a href="/kontakt">Kontakt</a></footer>', 'de', 'https://www.example.de/')).toBe('none');
  });

  it('reads the site’s own name beside a help word', () => {
    expect(present('faq', '<header><a href="https://www.example.ro/info/?ref=hdr_help">Example Help</a></header>', 'ro', 'https://www.example.ro/')).toBe('link');
    expect(present('faq', '<header><a href="/info/">Other Help</a></header>', 'ro', 'https://www.example.ro/')).toBe('none');
  });

  it('does not take a job category, another company’s help or first aid for the site’s help centre', () => {
    const jobs = '<nav><h3>Job categories</h3><a href="/go/telesales-customer-service/123/">Telesales &amp; Customer Service</a><a href="/go/finance/124/">Finance</a></nav>';
    expect(present('faq', jobs, 'en', 'https://careers.example.com/')).toBe('none');
    expect(present('faq', '<article><p>Read the <a href="https://www.other.com/help/">documentation</a>.</p><a href="https://www.other.com/faq">Their questions</a></article>')).toBe('none');
    expect(present('faq', '<main><a href="/kurs/erste-hilfe">Erste Hilfe</a><a href="https://support.other.com/">Customer care of our partner</a></main>', 'de')).toBe('none');
    expect(present('faq', '<article><p>Buyers who were charged twice should call <a href="https://support.phonemaker.example/">customer service</a> at once.</p></article>')).toBe('none');
  });
});

describe('privacy: the cookie page stands in for a missing privacy link', () => {
  it('takes the cookie-information page when no privacy link is there', () => {
    expect(present('trust.privacy', '<nav><h3>Om webbplatsen</h3><a href="/om-oss/om-webbplatsen/kakor-cookies/">Kakor (cookies)</a></nav>', 'sv', 'https://www.example.se/')).toBe('link');
    expect(present('trust.privacy', '<nav><a href="/site/cookie-info">Cookie-Info</a></nav>', 'de', 'https://www.example.de/')).toBe('link');
    // By its address when the label is the site's own wording.
    expect(present('trust.privacy', '<nav><a href="/om-kakor/">Så använder vi data</a></nav>', 'sv', 'https://www.example.se/')).toBe('link');
  });

  it('reads a data-protection page by its address in more languages', () => {
    expect(present('trust.privacy', '<footer><a href="/shop-protection-donnees/">Vos données</a></footer>', 'fr', 'https://www.example.fr/')).toBe('link');
    expect(present('trust.privacy', '<footer><a href="/info/prelucrarea-datelor-cu-caracter-personal">Date</a></footer>', 'ro', 'https://www.example.ro/')).toBe('link');
  });

  it('does not take a bakery’s cookies, a consent button or another site’s cookie page for the privacy link', () => {
    const bakery = `<nav class="menu"><a href="/cookies">Cookies</a><a href="/chocolate-cookies">Chocolate cookies</a><a href="/our-cookies">Our cookies</a>
<a href="/cookies-and-cream">Cookies and cream cake</a></nav><a href="#">Cookie-Einstellungen</a><a href="javascript:void(0)">Om cookies</a>
<a href="https://www.cookie-law.example.org/kakor-cookies/">Kakor (cookies)</a>`;
    expect(present('trust.privacy', bakery, 'en', 'https://www.bakery.example/')).toBe('none');
  });
});

describe('company identity from markup and a group’s footer line', () => {
  const orgFooter = (type: string, name: string, address: string) =>
    `<footer><div itemscope itemtype="https://schema.org/${type}"><span class="visually-hidden" itemprop="name">${name}</span>${address}</div></footer>`;
  const postal = '<address itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Esimerkkikatu 4</span><br><span itemprop="postalCode">33100</span><br><span itemprop="addressLocality">Tampere</span></address>';

  it('finds an organisation marked up with its name and address in the footer', () => {
    expect(present('trust.company', orgFooter('Organization', 'Keittiö Esimerkki', postal), 'fi', 'https://example.fi/')).toBe('content');
    expect(present('trust.company', orgFooter('LocalBusiness', 'Esimerkin Paja', postal), 'fi', 'https://example.fi/')).toBe('content');
    const rdfa = '<footer vocab="https://schema.org/" typeof="Corporation"><p property="name">Beispiel Werke</p><p property="address">Hafenweg 12, 20457 Hamburg</p></footer>';
    expect(present('trust.company', rdfa, 'de', 'https://example.de/')).toBe('content');
  });

  it('does not take a listing’s businesses, a hidden address or a town alone for the site’s identity', () => {
    // Marked-up businesses in the page body are the listing's, not the site's owner.
    expect(present('trust.company', `<main>${orgFooter('Restaurant', 'Ravintola Listattu', postal).replace(/footer/g, 'article')}</main>`, 'fi', 'https://example.fi/')).toBe('none');
    // The address only in <meta> tags is not shown; a town is no address; a product's brand is no organisation of the site.
    const meta = '<footer><div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Näkymätön</span><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><meta itemprop="streetAddress" content="Katu 1"><meta itemprop="postalCode" content="00100"></div></div></footer>';
    expect(present('trust.company', meta, 'fi', 'https://example.fi/')).toBe('none');
    expect(present('trust.company', orgFooter('Organization', 'Paikallinen', '<span itemprop="address">Tampere</span>'), 'fi', 'https://example.fi/')).toBe('none');
    expect(present('trust.company', '<footer><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Maija Esimerkki</span><span itemprop="address">Katu 1, 00100 Helsinki</span></div></footer>', 'fi', 'https://example.fi/')).toBe('none');
  });

  it('finds a group’s name joined to its street address on a footer line', () => {
    expect(present('trust.company', '<div class="footer"><p>Esimerkki Group - Satamatie 1 - Humlebæk - DK 3050 - Denmark</p></div>', 'en', 'https://careers.example.com/')).toBe('content');
    expect(present('trust.company', '<footer><p>Beispiel Gruppe · Hafenweg 12 · 20457 Hamburg</p></footer>', 'de', 'https://example.de/')).toBe('content');
  });

  it('does not take a restaurant’s trade name, a label or a group named in an article for the identity', () => {
    const lines = `<footer><p>Restaurang Hamnen - Storgatan 1 - 211 17 Malmö</p><p>Kontakt - Storgatan 1 - 211 17 Malmö</p></footer>
<main><p>Esimerkki Group - Satamatie 1 - Humlebæk - DK 3050 - Denmark</p></main>`;
    expect(present('trust.company', lines, 'sv', 'https://example.se/')).toBe('none');
  });
});
