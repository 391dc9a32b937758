// Slovak, Czech, Romanian and Hungarian site chrome (legal links, cart, delivery, FAQ, newsletter, cookie notice),
// a few gaps of the languages covered before, and the everyday words these cues must not take for chrome.
// Fixtures are our own small snippets.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { cueMatcher } from '../../cues/match';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang: string) => collectFacts(htmlDocument(page(body, '', lang), 'https://example.eu/'));
const present = (body: string, id: AssetId, lang: string) => scan(body, lang).assets[id]!.present;
const footerLink = (text: string, href = '/x') => `<footer><a href="${href}">${text}</a></footer>`;

describe('privacy in sk, cs, ro, hu', () => {
  it('finds the data-protection page by its usual names', () => {
    const links: [string, string][] = [
      ['sk', 'Ochrana osobných údajov'],
      ['sk', 'Spracúvanie osobných údajov'],
      ['cs', 'Zásady ochrany osobních údajů'],
      ['ro', 'Prelucrarea datelor cu caracter personal'],
      ['ro', 'Politica de confidentialitate'],
      ['hu', 'Adatvédelmi tájékoztató'],
      ['hu', 'Adatkezelési tájékoztató'],
      ['fr', 'Protection des données'],
      ['sv', 'Sekretesspolicy'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text, '/dokument/1'), 'trust.privacy', lang), text).toBe('link');
  });
  it('finds the cookie policy, but not a settings button nor a bakery menu', () => {
    expect(present(footerLink('Zásady používania cookies', '/dokument/2'), 'trust.privacy', 'sk')).toBe('link');
    expect(present(footerLink('Politica de cookie-uri', '/pagina/2'), 'trust.privacy', 'ro')).toBe('link');
    expect(present(footerLink('Sütik', '/oldal/2'), 'trust.privacy', 'hu')).toBe('link');
    expect(present('<nav><a href="/termekek/sutik">Sütik</a><a href="/termekek/tortak">Torták</a></nav>', 'trust.privacy', 'hu')).toBe('none');
    expect(present(footerLink('Setări cookie-uri', '/setari'), 'trust.privacy', 'ro')).toBe('none');
  });
  it('does not take an account menu\'s personal details for the privacy policy', () => {
    expect(present('<nav><a href="/ucet/udaje">Osobné údaje</a><a href="/ucet/objednavky">Moje objednávky</a></nav>', 'trust.privacy', 'sk')).toBe('none');
    expect(present('<nav><a href="/contul-meu/date">Date personale</a></nav>', 'trust.privacy', 'ro')).toBe('none');
  });
});

describe('terms in sk, cs, ro, hu', () => {
  it('finds terms by name, abbreviation and path', () => {
    const links: [string, string][] = [
      ['sk', 'Obchodné podmienky'],
      ['sk', 'VOP'],
      ['cs', 'Všeobecné obchodní podmínky'],
      ['ro', 'Termeni și condiții'],
      ['ro', 'Termeni si conditii'],
      ['ro', 'Termeni şi condiţii'],
      ['hu', 'ÁSZF'],
      ['hu', 'Általános Szerződési Feltételek'],
      ['es', 'Condiciones de contratación'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text), 'trust.terms', lang), text).toBe('link');
    expect(present(footerLink('»', '/obchodne-podmienky'), 'trust.terms', 'sk')).toBe('link');
    expect(present(footerLink('»', '/aszf'), 'trust.terms', 'hu')).toBe('link');
  });
  it('does not read a term of another kind as the terms page', () => {
    expect(present('<a href="/slovnik/odborne-terminy">Odborné termíny</a>', 'trust.terms', 'sk')).toBe('none');
    expect(present('<a href="/blog/termene">Termene de plată pentru firme</a>', 'trust.terms', 'ro')).toBe('none');
  });
});

describe('cart in sk, cs, ro, hu', () => {
  it('finds add-to-cart buttons and the cart link', () => {
    expect(present('<button>Pridať do košíka</button>', 'commerce.cart', 'sk')).toBe('content');
    expect(present('<header><a href="/kosik">Košík</a></header>', 'commerce.cart', 'cs')).toBe('link');
    expect(present('<button>Adaugă în coș</button>', 'commerce.cart', 'ro')).toBe('content');
    expect(present('<button>Kosárba</button>', 'commerce.cart', 'hu')).toBe('content');
    expect(present('<div class="mini"><p>A kosár üres</p></div>', 'commerce.cart', 'hu')).toBe('content');
  });
  it('does not take a basket for sale or a surgery\'s hours for a cart', () => {
    expect(present('<a href="/darceky/piknikovy-set">Darčekový košík na piknik</a>', 'commerce.cart', 'sk')).toBe('none');
    expect(present('<a href="/produse/cos-cadou-craciun">Coș cadou de Crăciun</a>', 'commerce.cart', 'ro')).toBe('none');
    expect(present('<a href="/termekek/fonott">Fonott kosár fedővel</a>', 'commerce.cart', 'hu')).toBe('none');
    expect(present('<nav><a href="/rendeles">Rendelés</a><a href="/orvosaink">Orvosaink</a></nav>', 'commerce.cart', 'hu')).toBe('none');
  });
});

describe('delivery in sk, cs, ro, hu', () => {
  it('finds delivery links and stated delivery terms', () => {
    expect(present(footerLink('Doprava a platba'), 'commerce.delivery', 'sk')).toBe('link');
    expect(present('<p>Doprava zdarma od 1 500 Kč</p>', 'commerce.delivery', 'cs')).toBe('content');
    expect(present('<p>Livrare gratuită la comenzi peste 200 lei</p>', 'commerce.delivery', 'ro')).toBe('content');
    expect(present(footerLink('Szállítási információk'), 'commerce.delivery', 'hu')).toBe('link');
    expect(present(footerLink('Frais de port'), 'commerce.delivery', 'fr')).toBe('link');
    expect(present('<nav><a href="/rozvoz.html">Rozvoz</a><a href="/menu.html">Menu</a></nav>', 'commerce.delivery', 'cs')).toBe('link');
  });
  it('does not take a town\'s transport page for delivery', () => {
    expect(present('<nav><a href="/doprava">Doprava</a><a href="/skolstvo">Školstvo</a></nav>', 'commerce.delivery', 'sk')).toBe('none');
  });
});

describe('returns in sk, cs, ro, hu', () => {
  it('finds the returns page', () => {
    expect(present(footerLink('Vrátenie tovaru'), 'commerce.returns', 'sk')).toBe('link');
    expect(present(footerLink('Odstoupení od smlouvy'), 'commerce.returns', 'cs')).toBe('link');
    expect(present(footerLink('Politica de retur'), 'commerce.returns', 'ro')).toBe('link');
    expect(present(footerLink('Elállási jog'), 'commerce.returns', 'hu')).toBe('link');
  });
});

describe('FAQ in sk, cs, ro, hu', () => {
  it('finds the FAQ by its name and its path', () => {
    const links: [string, string][] = [
      ['sk', 'Často kladené otázky'],
      ['cs', 'Časté dotazy'],
      ['ro', 'Intrebari frecvente'],
      ['hu', 'Gyakori kérdések'],
      ['hu', 'GYIK'],
      ['pt', 'Dúvidas frequentes'],
    ];
    for (const [lang, text] of links) expect(present(footerLink(text), 'faq', lang), text).toBe('link');
    expect(present('<footer><a href="/kundservice/vanliga-fr%C3%A5gor">Läs mer</a></footer>', 'faq', 'sv')).toBe('link');
    expect(present('<footer><a href="/caste-otazky">Viac</a></footer>', 'faq', 'sk')).toBe('link');
  });
  it('does not take a question in an article title for the FAQ', () => {
    expect(present('<a href="/clanky/otazky-o-dani">Otázky, ktoré si kladú daňovníci</a>', 'faq', 'sk')).toBe('none');
  });
});

describe('newsletter in sk, cs, ro, hu', () => {
  it('finds signup links and forms', () => {
    expect(present(footerLink('Hírlevél'), 'retention.newsletter', 'hu')).toBe('link');
    const hu = '<form><h3>Iratkozz fel hírlevelünkre</h3><input type="email" name="email"><button>Feliratkozom</button></form>';
    expect(present(hu, 'retention.newsletter', 'hu')).not.toBe('none');
    const cs = '<form><p>Přihlaste se k odběru novinek</p><input type="email" name="email"><button>Odeslat</button></form>';
    expect(present(cs, 'retention.newsletter', 'cs')).not.toBe('none');
    const ro = '<form><p>Abonează-te la newsletter și primești oferte</p><input type="email" name="email"><button>Trimite</button></form>';
    expect(present(ro, 'retention.newsletter', 'ro')).not.toBe('none');
  });
  it('does not take a login form for a signup', () => {
    const login = '<form><input type="email" name="email"><input type="password" name="heslo"><button>Prihlásiť sa</button></form>';
    expect(present(login, 'retention.newsletter', 'sk')).toBe('none');
  });
});

describe('cookie notice in sk, cs, ro, hu', () => {
  it('finds the notice by its sentence and buttons', () => {
    expect(present('<div class="lista"><p>Táto stránka používa súbory cookie.</p><button>Prijať všetko</button></div>', 'trust.consent', 'sk')).toBe('content');
    expect(present('<div class="lista"><p>Používáme cookies pro lepší web.</p><button>Přijmout vše</button></div>', 'trust.consent', 'cs')).toBe('content');
    expect(present('<div class="bara"><p>Acest site folosește cookie-uri.</p><button>Accept toate</button></div>', 'trust.consent', 'ro')).toBe('content');
    expect(present('<div class="sav"><p>Weboldalunk sütiket használ.</p><button>Elfogadom</button></div>', 'trust.consent', 'hu')).toBe('content');
    // A notice that takes browsing on as consent, with no button.
    expect(present('<div id="info"><p>Tento web používa súbory cookies. Jeho prehliadaním súhlasíte s ich používaním.</p></div>', 'trust.consent', 'sk')).toBe('content');
  });
  it('does not take a pastry page for a cookie notice', () => {
    expect(present('<p>Házi süti minden nap: kakaós csiga, linzer.</p><button>Rendben</button>', 'trust.consent', 'hu')).toBe('none');
  });
});

describe('contact and account in sk, cs, ro, hu', () => {
  it('finds the contact page and the login', () => {
    expect(present('<nav><a href="/x">Kapcsolat</a></nav>', 'contact.form', 'hu')).toBe('link');
    expect(present('<nav><a href="/x">Contactați-ne</a></nav>', 'contact.form', 'ro')).toBe('link');
    expect(present('<header><a href="/ucet">Můj účet</a></header>', 'retention.account', 'cs')).toBe('link');
    expect(present('<header><a href="/cont">Contul meu</a></header>', 'retention.account', 'ro')).toBe('link');
    expect(present('<header><a href="/logginn">Logg på</a></header>', 'retention.account', 'no')).toBe('link');
  });
});

describe('one sound, two letters', () => {
  it('matches Romanian comma and cedilla letters, and the Latin-1 stand-ins of Hungarian ő and ű', () => {
    const ro = cueMatcher(['termeni și condiții']);
    expect(ro.test('Termeni şi condiţii')).toBe(true);
    expect(ro.test('TERMENI ȘI CONDIȚII')).toBe(true);
    expect(ro.test('Termeni si conditii')).toBe(true);
    const hu = cueMatcher(['törzsvásárlói']);
    expect(hu.test('Törzsvásárlói program')).toBe(true);
    expect(cueMatcher(['hűségprogram']).test('Hûségprogram')).toBe(true);
    expect(ro.test('Termeni şi condiţ')).toBe(false);
  });
});
