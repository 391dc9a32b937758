// Latvian and Lithuanian site chrome (legal links, company ids, cart, delivery, returns, FAQ, newsletter, cookie notice,
// account, reviews, sharing, booking), and the everyday words these cues must not take for chrome.
// Fixtures are our own small snippets.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { cueMatcher } from '../../cues/match';
import { COOKIE_NOTICE } from '../../cues/consent';
import { PRIVACY, TERMS } from '../../cues/trust';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang: string) => collectFacts(htmlDocument(page(body, '', lang), 'https://example.eu/'));
const present = (body: string, id: AssetId, lang: string) => scan(body, lang).assets[id]!.present;
const footerLink = (text: string, href = '/x') => `<footer><a href="${href}">${text}</a></footer>`;

describe('privacy and cookie policy in lv, lt', () => {
  it('finds the data-protection page by its usual names and inflections', () => {
    const links: [string, string][] = [
      ['lv', 'Privātuma politika'],
      ['lv', 'Privatuma politika'],
      ['lv', 'Personas datu apstrādes noteikumi'],
      ['lv', 'Datu aizsardzība'],
      ['lt', 'Privatumo politika'],
      ['lt', 'Asmens duomenų apsauga'],
      ['lt', 'Asmens duomenų tvarkymo taisyklės'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text, '/dokuments/1'), 'trust.privacy', lang), text).toBe('link');
  });
  it('finds the cookie policy, but not the button that opens the cookie settings', () => {
    expect(present(footerLink('Sīkdatnes', '/lapa/2'), 'trust.privacy', 'lv')).toBe('link');
    expect(present(footerLink('Sīkdatņu politika', '/lapa/2'), 'trust.privacy', 'lv')).toBe('link');
    expect(present(footerLink('Slapukų politika', '/puslapis/2'), 'trust.privacy', 'lt')).toBe('link');
    expect(present(footerLink('Slapukai', '/puslapis/2'), 'trust.privacy', 'lt')).toBe('link');
    expect(present(footerLink('Sīkdatņu iestatījumi', '/iestatijumi'), 'trust.privacy', 'lv')).toBe('none');
    expect(present(footerLink('Slapukų nustatymai', '/nustatymai'), 'trust.privacy', 'lt')).toBe('none');
  });
  it('does not take an account menu\'s personal details for the privacy policy', () => {
    expect(present('<nav><a href="/konts/dati">Personas dati</a><a href="/konts/pasutijumi">Mani pasūtījumi</a></nav>', 'trust.privacy', 'lv')).toBe('none');
    expect(present('<nav><a href="/paskyra/duomenys">Asmens duomenys</a></nav>', 'trust.privacy', 'lt')).toBe('none');
  });
});

describe('terms in lv, lt', () => {
  it('finds terms of use and of sale, inflected too', () => {
    const links: [string, string][] = [
      ['lv', 'Lietošanas noteikumi'],
      ['lv', 'Pirkšanas noteikumi'],
      ['lv', 'Distances līgums'],
      ['lt', 'Naudojimo taisyklės'],
      ['lt', 'Pirkimo–pardavimo taisyklės'],
      ['lt', 'Pirkimo-pardavimo taisyklės'],
      ['lt', 'Bendrosios sąlygos'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text), 'trust.terms', lang), text).toBe('link');
    expect(cueMatcher(TERMS).test('Esmu iepazinies ar lietošanas noteikumiem')).toBe(true);
    expect(cueMatcher(TERMS).test('Sutinku su pirkimo taisyklėmis')).toBe(true);
  });
  it('does not read a town\'s regulations or a game\'s rules as the terms page', () => {
    expect(present('<nav><a href="/dokumenti/saistosie">Saistošie noteikumi</a><a href="/dome">Dome</a></nav>', 'trust.terms', 'lv')).toBe('none');
    expect(present('<a href="/zaidimai/sachmatai">Šachmatų žaidimo taisyklės</a>', 'trust.terms', 'lt')).toBe('none');
  });
});

describe('company identity in lv, lt', () => {
  it('finds the registration number under its label', () => {
    expect(present('<footer><p>SIA Piemērs, Reģ. Nr. 40003123456</p></footer>', 'trust.company', 'lv')).toBe('content');
    expect(present('<footer><p>PVN reģ. Nr. LV40003123456</p></footer>', 'trust.company', 'lv')).toBe('content');
    expect(present('<footer><p>Įmonės kodas 301234567</p></footer>', 'trust.company', 'lt')).toBe('content');
    expect(present('<footer><p>PVM mokėtojo kodas LT100001234567</p></footer>', 'trust.company', 'lt')).toBe('content');
  });
  it('finds the requisites page', () => {
    expect(present(footerLink('Rekvizīti'), 'trust.company', 'lv')).toBe('link');
    expect(present(footerLink('Įmonės rekvizitai'), 'trust.company', 'lt')).toBe('link');
  });
  it('finds a legal name with its form before or after it, beside the address', () => {
    expect(present('<footer><p>SIA "Piemērs Baltic"</p><p>Brīvības iela 1, LV-1010 Rīga</p></footer>', 'trust.company', 'lv')).toBe('content');
    expect(present('<footer><p>Pavyzdys, UAB</p><p>Gedimino pr. 1, LT-01103 Vilnius</p></footer>', 'trust.company', 'lt')).toBe('content');
  });
  it('does not take Italian capitals for a Latvian company', () => {
    expect(present('<footer><p>OVUNQUE TU SIA</p><p>Via Roma 1, 00100 Roma</p></footer>', 'trust.company', 'it')).toBe('none');
  });
  it('does not take a memory size for a legal form', () => {
    expect(present('<p>Atmintis 256 MB, kaina 19 €</p>', 'trust.company', 'lt')).toBe('none');
  });
});

describe('cart in lv, lt', () => {
  it('finds add-to-cart buttons, the cart link and the mini-cart state', () => {
    expect(present('<button>Ielikt grozā</button>', 'commerce.cart', 'lv')).toBe('content');
    expect(present('<button>Pievienot grozam</button>', 'commerce.cart', 'lv')).toBe('content');
    expect(present('<header><a href="/grozs">Grozs</a></header>', 'commerce.cart', 'lv')).toBe('link');
    expect(present('<button>Į krepšelį</button>', 'commerce.cart', 'lt')).toBe('content');
    expect(present('<header><a href="/krepselis">Krepšelis</a></header>', 'commerce.cart', 'lt')).toBe('link');
    expect(present('<div class="mini"><p>Jūsų krepšelis tuščias</p></div>', 'commerce.cart', 'lt')).toBe('content');
  });
  it('does not take a gift basket for sale for a cart', () => {
    expect(present('<a href="/produkti/davanu-grozs-ziemassvetki">Dāvanu grozs Ziemassvētkiem</a>', 'commerce.cart', 'lv')).toBe('none');
    expect(present('<a href="/prekes/dovanu-krepselis-su-vynu">Dovanų krepšelis su vynu</a>', 'commerce.cart', 'lt')).toBe('none');
  });
});

describe('delivery and returns in lv, lt', () => {
  it('finds delivery links and stated delivery terms', () => {
    expect(present(footerLink('Piegāde'), 'commerce.delivery', 'lv')).toBe('link');
    expect(present('<p>Bezmaksas piegāde pasūtījumiem no 50 €</p>', 'commerce.delivery', 'lv')).toBe('content');
    expect(present(footerLink('Pristatymas'), 'commerce.delivery', 'lt')).toBe('link');
    expect(present('<p>Nemokamas pristatymas užsakymams nuo 40 €</p>', 'commerce.delivery', 'lt')).toBe('content');
    expect(present(footerLink('Pristatymo sąlygos'), 'commerce.delivery', 'lt')).toBe('link');
  });
  it('does not take a supply chain or a company presentation for delivery', () => {
    expect(present('<nav><a href="/pakalpojumi/loģistika">Piegādes ķēdes vadība</a></nav>', 'commerce.delivery', 'lv')).toBe('none');
    expect(present('<nav><a href="/apie/pristatymas">Įmonės pristatymas</a></nav>', 'commerce.delivery', 'lt')).toBe('none');
  });
  it('finds the returns page', () => {
    expect(present(footerLink('Preču atgriešana'), 'commerce.returns', 'lv')).toBe('link');
    expect(present(footerLink('Atteikuma tiesības'), 'commerce.returns', 'lv')).toBe('link');
    expect(present(footerLink('Grąžinimas'), 'commerce.returns', 'lt')).toBe('link');
    expect(present(footerLink('Prekių grąžinimo ir keitimo tvarka'), 'commerce.returns', 'lt')).toBe('link');
  });
  it('does not take a tax refund for returns', () => {
    expect(present('<a href="/paslaugos/gpm">Gyventojų pajamų mokesčio deklaravimas</a>', 'commerce.returns', 'lt')).toBe('none');
  });
});

describe('FAQ in lv, lt', () => {
  it('finds the FAQ by its name, its abbreviation and its path', () => {
    const links: [string, string][] = [
      ['lv', 'Biežāk uzdotie jautājumi'],
      ['lv', 'BUJ'],
      ['lt', 'DUK'],
      ['lt', 'Dažniausiai užduodami klausimai'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text), 'faq', lang), text).toBe('link');
    expect(present('<footer><a href="/biezak-uzdotie-jautajumi">Vairāk</a></footer>', 'faq', 'lv')).toBe('link');
    expect(present('<footer><a href="/duk">Daugiau</a></footer>', 'faq', 'lt')).toBe('link');
  });
  it('does not take a question in an article title for the FAQ', () => {
    expect(present('<a href="/raksti/nodokli">Jautājumi, ko uzdod nodokļu maksātāji</a>', 'faq', 'lv')).toBe('none');
  });
});

describe('newsletter and account in lv, lt', () => {
  it('finds signup links and forms', () => {
    expect(present(footerLink('Jaunumu vēstule'), 'retention.newsletter', 'lv')).toBe('link');
    expect(present(footerLink('Naujienlaiškis'), 'retention.newsletter', 'lt')).toBe('link');
    const lv = '<form><p>Piesakies jaunumu vēstulei un saņem atlaides</p><input type="email" name="epasts"><button>Pierakstīties</button></form>';
    expect(present(lv, 'retention.newsletter', 'lv')).not.toBe('none');
    const lt = '<form><p>Užsiprenumeruokite naujienlaiškį ir gaukite nuolaidas</p><input type="email" name="email"><button>Prenumeruoti</button></form>';
    expect(present(lt, 'retention.newsletter', 'lt')).not.toBe('none');
  });
  it('does not take a login form for a signup', () => {
    const login = '<form><input type="email" name="email"><input type="password" name="slaptazodis"><button>Prisijungti</button></form>';
    expect(present(login, 'retention.newsletter', 'lt')).toBe('none');
  });
  it('finds the login and the account', () => {
    expect(present('<header><a href="/konts">Pieslēgties</a></header>', 'retention.account', 'lv')).toBe('link');
    expect(present('<header><a href="/konts">Mans konts</a></header>', 'retention.account', 'lv')).toBe('link');
    expect(present('<header><a href="/paskyra">Prisijungti</a></header>', 'retention.account', 'lt')).toBe('link');
    expect(present('<header><a href="/paskyra">Mano paskyra</a></header>', 'retention.account', 'lt')).toBe('link');
  });
  it('does not take directions for a login', () => {
    expect(present('<p><a href="/kontakti">Kā ienākt teritorijā</a></p>', 'retention.account', 'lv')).toBe('none');
  });
});

describe('cookie notice in lv, lt', () => {
  it('finds the notice by its sentence and buttons', () => {
    expect(present('<div class="josla"><p>Šī vietne izmanto sīkdatnes.</p><button>Piekrītu</button></div>', 'trust.consent', 'lv')).toBe('content');
    expect(present('<div class="juosta"><p>Mes naudojame slapukus, kad svetainė veiktų geriau.</p><button>Sutinku</button></div>', 'trust.consent', 'lt')).toBe('content');
    // A notice that takes browsing on as consent, with no button.
    expect(present('<div id="info"><p>Šajā vietnē tiek izmantotas sīkdatnes. Turpinot lietot vietni, jūs piekrītat sīkdatņu izmantošanai.</p></div>', 'trust.consent', 'lv')).toBe('content');
    expect(cueMatcher(COOKIE_NOTICE).test('Svetainėje naudojami slapukai')).toBe(true);
  });
  it('does not take a page about small files for a cookie notice', () => {
    expect(present('<p>Arhivē mazus failus un dokumentus.</p><button>Labi</button>', 'trust.consent', 'lv')).toBe('none');
  });
});

describe('reviews, sharing and booking in lv, lt', () => {
  it('finds a review prompt and share buttons', () => {
    expect(present('<section><h3>Atsauksmes</h3><p>Vēl nav atsauksmju.</p><button>Uzrakstīt atsauksmi</button></section>', 'proof.reviews', 'lv')).not.toBe('none');
    expect(present('<section><h3>Atsiliepimai</h3><p>Atsiliepimų dar nėra.</p><button>Parašyti atsiliepimą</button></section>', 'proof.reviews', 'lt')).not.toBe('none');
    expect(present('<article><p>Raksts.</p><button>Dalīties</button></article>', 'advocacy.share', 'lv')).not.toBe('none');
    expect(present('<article><p>Straipsnis.</p><button>Dalintis</button></article>', 'advocacy.share', 'lt')).not.toBe('none');
  });
  it('does not take a Lithuanian "part" for a share button', () => {
    expect(present('<article><p>Antroji dalis.</p><a href="/dalis-2">Kitos dalies</a></article>', 'advocacy.share', 'lt')).toBe('none');
  });
  it('finds table and appointment booking, not a newsletter signup', () => {
    expect(present('<a href="/rezervacija">Rezervēt galdiņu</a>', 'contact.booking', 'lv')).not.toBe('none');
    expect(present('<a href="/rezervacija">Rezervuoti staliuką</a>', 'contact.booking', 'lt')).not.toBe('none');
    expect(present('<form><p>Jaunumi e-pastā</p><input type="email" name="e"><button>Pierakstīties</button></form>', 'contact.booking', 'lv')).toBe('none');
  });
});

describe('content sections in lv, lt', () => {
  it('finds the blog and the articles', () => {
    expect(present('<nav><a href="/x">Raksti</a><a href="/y">Par mums</a></nav>', 'content.blog', 'lv')).toBe('link');
    expect(present('<nav><a href="/x">Emuārs</a></nav>', 'content.blog', 'lv')).toBe('link');
    expect(present('<nav><a href="/x">Tinklaraštis</a></nav>', 'content.blog', 'lt')).toBe('link');
  });
  it('does not take "write to us" or a council for a content section', () => {
    expect(present('<nav><a href="/x">Raksti mums</a></nav>', 'content.blog', 'lv')).toBe('none');
    expect(present('<nav><a href="/y">Konsultatīvās padomes sēdes</a></nav>', 'content.blog', 'lv')).toBe('none');
  });
});

describe('letters without their marks', () => {
  it('matches Latvian and Lithuanian words typed without long marks, cedillas and carons', () => {
    expect(cueMatcher(PRIVACY).test('Privatuma politika')).toBe(true);
    expect(cueMatcher(PRIVACY).test('Asmens duomenu apsauga')).toBe(true);
    expect(cueMatcher(['sīkdatņu politika']).test('Sikdatnu politika')).toBe(true);
    expect(cueMatcher(['sīkdatņu politika']).test('Sikdatni politika')).toBe(false);
  });
});

describe('payment.methods: the Latvian bank link, not a Nordic bank\'s online service', () => {
  it('counts "Apmaksa ar internetbanku" and not "Logga in i Internetbanken"', () => {
    const at = (body: string, lang: string) => collectFacts(htmlDocument(page(body, '', lang), 'https://www.veikals.example/prece/1')).assets['payment.methods']!.present;
    expect(at('<footer><h3>Apmaksas veidi</h3><p>Apmaksa ar internetbanku vai ar maksājumu karti</p></footer>', 'lv')).toBe('content');
    expect(at('<main><h1>Bolån</h1><p>Logga in i Internetbanken för att se ditt lån.</p></main>', 'sv')).toBe('none');
  });
});
