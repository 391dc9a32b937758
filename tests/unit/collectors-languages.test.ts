// Contact, FAQ and trust assets in the languages beyond the Nordic ones, and the tricky negatives
// each new cue invites. Fixtures are our own small snippets.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { findAddresses } from '../../collectors/address';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', url = 'https://example.eu/') => collectFacts(htmlDocument(page(body, '', lang), url));
const present = (body: string, id: AssetId, lang = 'en') => scan(body, lang).assets[id]!.present;

describe('privacy and terms in nl, es, it, pt, pl, et', () => {
  it('finds privacy policy links', () => {
    const links: [string, string, string][] = [
      ['nl', '/privacy', 'Privacybeleid'],
      ['es', '/legal/datos', 'Política de privacidad'],
      ['it', '/note/dati', 'Informativa privacy'],
      ['pt', '/legal/dados', 'Política de privacidade'],
      ['pl', '/dokumenty/ochrona', 'Polityka prywatności'],
      ['et', '/info/andmed', 'Privaatsuspoliitika'],
      ['et', '/info/andmed', 'Isikuandmete töötlemine'],
      ['fi', '/sivu/123', 'Asiakasrekisterin tietosuojaseloste'],
    ];
    for (const [lang, href, text] of links) expect(present(`<footer><a href="${href}">${text}</a></footer>`, 'trust.privacy', lang), text).toBe('link');
  });
  it('counts a cookie policy link as a privacy page, but not the consent settings button or a bakery menu', () => {
    expect(present('<nav><a href="/evasteet">Evasteet</a></nav>', 'trust.privacy', 'fi')).toBe('link');
    expect(present('<footer><a href="/info/kupsised">Küpsiste kasutamine</a></footer>', 'trust.privacy', 'et')).toBe('link');
    expect(present('<footer><a href="/c">Cookies</a></footer>', 'trust.privacy')).toBe('link');
    expect(present('<nav><a href="/shop/cookies">Cookies</a><a href="/shop/cakes">Cakes</a></nav>', 'trust.privacy')).toBe('none');
    expect(present('<footer><a href="#">Cookie settings</a></footer>', 'trust.privacy')).toBe('none');
    expect(present('<footer><a href="/evasteet">Hyväksy evästeet</a></footer>', 'trust.privacy', 'fi')).toBe('none');
  });
  it('finds terms by phrase, compound and path ending', () => {
    expect(present('<footer><a href="/x">Algemene voorwaarden</a></footer>', 'trust.terms', 'nl')).toBe('link');
    expect(present('<footer><a href="/x">Leveringsvoorwaarden</a></footer>', 'trust.terms', 'nl')).toBe('link');
    expect(present('<footer><a href="/x">Términos y condiciones</a></footer>', 'trust.terms', 'es')).toBe('link');
    expect(present('<footer><a href="/x">Termos e condições</a></footer>', 'trust.terms', 'pt')).toBe('link');
    expect(present('<footer><a href="/x">Regulamin sklepu</a></footer>', 'trust.terms', 'pl')).toBe('link');
    expect(present('<footer><a href="/x">Müügitingimused</a></footer>', 'trust.terms', 'et')).toBe('link');
    expect(present('<footer><a href="/info/mueuegitingimused">»</a></footer>', 'trust.terms', 'et')).toBe('link');
  });
  it('does not read a product or article slug as terms', () => {
    expect(present('<a href="/tooted/vihmamantel">Vihmamantel</a>', 'trust.terms', 'et')).toBe('none');
    expect(present('<a href="/blog/onze-tips-voor-de-zomer-en-de-voorwaarden-van-je-huurcontract">Lees meer</a>', 'trust.terms', 'nl')).toBe('none');
  });
});

describe('trust.company ids in nl, es, it, pt, pl, et', () => {
  it('finds registration and tax numbers after their labels', () => {
    const lines: [string, string][] = [
      ['nl', 'KvK-nummer: 12345678'],
      ['es', 'CIF: B12345678'],
      ['it', 'P.IVA 01234567890'],
      ['pt', 'NIPC: 501 234 567'],
      ['pl', 'NIP: 123-456-78-90, KRS 0000123456'],
      ['et', 'Registrikood 12345678'],
      ['da', 'CVR-nummer: 12345678'],
    ];
    for (const [lang, line] of lines) expect(present(`<footer><p>${line}</p></footer>`, 'trust.company', lang), line).toBe('content');
  });
  it('is not fooled by a product code that looks like an id', () => {
    expect(present('<p>Tootekood: 12345678</p><p>Art. 55-123-456</p>', 'trust.company', 'et')).toBe('none');
    expect(present('<p>Ref. B12345678 — Zapatillas</p>', 'trust.company', 'es')).toBe('none');
  });
  it('finds the press-law imprint of a publication', () => {
    expect(present('<footer><p>Ansvarig utgivare: Anna Exempel</p></footer>', 'trust.company', 'sv')).toBe('content');
    expect(present('<p>Vi söker en ansvarig utgivare till vår tidning.</p>', 'trust.company', 'sv')).toBe('none');
    expect(present('<footer><dl><dt>Ansv. chefredaktør</dt><dd>Jens Eksempel</dd></dl></footer>', 'trust.company', 'da')).toBe('content');
    expect(present('<footer><p>ADM. DIREKTØR &amp; ANSVARSHAVENDE CHEFREDAKTØR Aaja Eksempel</p></footer>', 'trust.company', 'da')).toBe('content');
    expect(present('<footer><h4>Ansvarlig redaktør</h4><p>bor i Oslo og skriver om mat.</p></footer>', 'trust.company', 'no')).toBe('none');
  });
});

describe('contact in nl, es, it, pt, pl, et', () => {
  it('finds contact page links', () => {
    const links: [string, string][] = [
      ['nl', 'Neem contact op'],
      ['es', 'Contáctanos'],
      ['it', 'Contatti'],
      ['pt', 'Fale conosco'],
      ['pl', 'Formularz kontaktowy'],
      ['et', 'Kontaktid'],
      ['et', 'Kirjuta meile'],
      ['fi', 'Yhteystietomme'],
    ];
    for (const [lang, text] of links) expect(present(`<nav><a href="/x/y">${text}</a></nav>`, 'contact.form', lang), text).toBe('link');
  });
  it('counts a help centre request form link as a way to send an enquiry', () => {
    expect(present('<a href="https://help.example.eu/hc/fr/requests/new">Ici, nous vous aidons</a>', 'contact.form', 'fr')).toBe('link');
  });
});

describe('contact.address formats', () => {
  it('reads Dutch, Polish, Portuguese, Estonian, Spanish and Italian addresses', () => {
    for (const text of [
      'Keizersgracht 123, 1015 CJ Amsterdam',
      'ul. Marszałkowska 10, 00-950 Warszawa',
      'Rua Augusta 100, 1100-053 Lisboa',
      'Pärnu mnt 22, 10141 Tallinn',
      'Calle Mayor 5, 28013 Madrid',
      'Via Roma 12, 20121 Milano',
    ]) expect(findAddresses(text).length, text).toBe(1);
  });
  it('reads a street and postcode split by an email cell', () => {
    expect(findAddresses('Västra Exempelgatan 3\ninfo@example.se\n392 32 Kalmar')).toHaveLength(1);
  });
  it('does not read an order number or a price line as an address', () => {
    expect(findAddresses('Tilaus 12345 Toimitettu')).toHaveLength(0);
    expect(findAddresses('Zamówienie nr 00-950 Status')).toHaveLength(0);
    expect(findAddresses('Smith et al. 12, 2019 Springer')).toHaveLength(0);
  });
});

describe('faq', () => {
  it('finds FAQ and help-centre links in nl, es, it, pt, pl, et', () => {
    const links: [string, string][] = [
      ['nl', 'Veelgestelde vragen'],
      ['es', 'Preguntas frecuentes'],
      ['it', 'Domande frequenti'],
      ['pt', 'Perguntas frequentes'],
      ['pl', 'Najczęściej zadawane pytania'],
      ['et', 'KKK'],
      ['et', 'Korduma kippuvad küsimused'],
      ['fi', 'Usein kysytyt kysymykset'],
    ];
    for (const [lang, text] of links) expect(present(`<footer><a href="/x">${text}</a></footer>`, 'faq', lang), text).toBe('link');
  });
  it('finds a customer-service help centre by its host or path', () => {
    expect(present('<footer><a href="https://asiakaspalvelu.example.eu/">Asiakaspalvelu</a></footer>', 'faq', 'fi')).toBe('link');
    expect(present('<footer><a href="/service/help-information/customer-service">Customer service</a></footer>', 'faq')).toBe('link');
  });
  it('reads links into a help subdomain and questions under a help heading as the help centre', () => {
    expect(present('<a href="https://support.example.eu/fr-ch/articles/123">Achats sur facture</a>', 'faq', 'fr')).toBe('link');
    expect(present('<footer><div><h4>Kundservice</h4><ul><li><a href="/s/1">Hur returnerar jag en vara?</a></li></ul></div></footer>', 'faq', 'sv')).toBe('link');
    expect(present('<main><p>Läs mer:</p><ul><li><a href="/s/1">Hur odlar man tomater?</a></li></ul></main>', 'faq', 'sv')).toBe('none');
    expect(present('<a href="https://support.example.eu/tickets/new">Send us a message</a>', 'faq')).toBe('none');
  });
  it('does not take a contact link or a customer-service contact page for an FAQ', () => {
    expect(present('<footer><a href="https://community.example.eu/hilfe.php">Kontakt</a></footer>', 'faq', 'de')).toBe('none');
    expect(present('<footer><a href="/asiakaspalvelu">Asiakaspalvelu</a></footer>', 'faq', 'fi')).toBe('none');
  });
  it('does not take an article teaser that mentions FAQs for the FAQ', () => {
    expect(present('<a href="/stories/risotto-cooking-answers-to-faqs">Risotto: answers to the FAQs and recipes</a>', 'faq')).toBe('none');
    expect(present('<article><p>Our FAQ is not the place for this; read on.</p></article>', 'faq')).toBe('none');
  });
  it('finds an accordion of questions without the word FAQ, not question headings in an article', () => {
    const details = ['Kuinka kauan toimitus kestää?', 'Voinko palauttaa tuotteen?', 'Mitä maksutapoja on?'].map((q) => `<details><summary>${q}</summary><p>Vastaus.</p></details>`).join('');
    expect(present(`<section>${details}</section>`, 'faq', 'fi')).toBe('content');
    expect(present('<article><h2>Why do cats purr?</h2><p>…</p><h2>Do dogs dream?</h2><p>…</p><h2>Can fish hear?</h2></article>', 'faq')).toBe('none');
  });
});

describe('trust.consent by structure', () => {
  it('finds a cookie container with an accept button, or with only an OK', () => {
    expect(present('<div id="cookie-info"><p>Cookies helfen uns. Mit der Nutzung sind Sie einverstanden.</p><a href="javascript:void(0)">OK</a></div>', 'trust.consent', 'de')).toBe('content');
    expect(present('<div role="dialog"><p>Wij gebruiken cookies om de site te verbeteren.</p><button>Accepteren</button></div>', 'trust.consent', 'nl')).toBe('content');
    expect(present('<div class="site-popup"><p>Kasutame küpsiseid.</p><button>Nõustun</button></div>', 'trust.consent', 'et')).toBe('content');
  });
  it('counts an empty cookie-consent container a script fills as script', () => {
    expect(present('<div id="cookie-consent" class="hidden"></div>', 'trust.consent')).toBe('script');
  });
  it('finds a control that reopens the consent settings by its words or its script link', () => {
    expect(present('<footer><a href="javascript:window.Cookiebot.renew();">Administrér samtykke</a></footer>', 'trust.consent', 'da')).toBe('content');
    expect(present('<footer><a href="#" data-consent-link="javascript:Didomi.preferences.show();">Cookies</a></footer>', 'trust.consent', 'fr')).toBe('content');
  });
  it('does not take a footer cookies link or a recipe dialog for a cookie notice', () => {
    expect(present('<footer><a href="/cookies">Cookies</a></footer>', 'trust.consent')).toBe('none');
    expect(present('<div role="dialog"><h2>Chocolate cookies</h2><p>Bake the cookies for 12 minutes.</p><button>Close</button></div>', 'trust.consent')).toBe('none');
  });
});

describe('trust.badges', () => {
  it('finds logos in a certificate gallery and marks of other countries', () => {
    expect(present('<section><h3>Sertifikaatit</h3><div><img src="/a.png" alt="Laatu"><img src="/b.png" alt="Ympäristö"></div></section>', 'trust.badges', 'fi')).toBe('content');
    expect(present('<footer><img src="/x.png" alt="Thuiswinkel Waarborg"></footer>', 'trust.badges', 'nl')).toBe('content');
    expect(present('<footer><img src="/jsn.png" alt="Journalistin ohjeet"></footer>', 'trust.badges', 'fi')).toBe('content');
  });
  it('reads a membership the footer states in words, not a customer club', () => {
    expect(present("<footer><p>Exemple SA est membre de l'Association de commerce suisse.</p></footer>", 'trust.badges', 'fr')).toBe('content');
    expect(present('<footer><p>Wij zijn lid van de Nederlandse Vereniging van Webwinkels.</p></footer>', 'trust.badges', 'nl')).toBe('content');
    expect(present('<footer><p>We are proud members of the Federation of Master Builders.</p></footer>', 'trust.badges')).toBe('content');
    expect(present('<footer><p>Become a member of our coffee club and save 10 %.</p></footer>', 'trust.badges')).toBe('none');
  });
  it('reads a mark named by an icon link or a short footer line, not a news story about it', () => {
    expect(present('<footer><a href="#" aria-label="Fevad" title="Fevad"><i class="icon"></i></a></footer>', 'trust.badges', 'fr')).toBe('content');
    expect(present('<footer><a href="https://presse.example.no/" aria-label="Norsk Presseforbund, logo."><svg></svg></a></footer>', 'trust.badges', 'no')).toBe('content');
    expect(present('<div><a href="https://presse.example.no/" aria-label="Norsk Presseforbund, logo."><span class="sr-only">Norsk Presseforbund, logo.</span><svg></svg></a></div>', 'trust.badges', 'no')).toBe('content');
    expect(present('<footer><a href="#" title="Fevad"><i><u aria-hidden="true">Fevad</u></i></a></footer>', 'trust.badges', 'fr')).toBe('content');
    expect(present('<footer><h4>Vi arbeider etter<br>Vær Varsom-plakatens regler<br>for god presseskikk.</h4></footer>', 'trust.badges', 'no')).toBe('content');
    expect(present('<article><p>Presserat rügt die Zeitung für ihren Bericht über den Prozess, der im Frühjahr für Schlagzeilen sorgte.</p></article><footer><p>© Zeitung</p></footer>', 'trust.badges', 'de')).toBe('none');
    expect(present('<footer><a href="/fevad-study">Fevad study: e-commerce grew 10 % in 2023</a></footer>', 'trust.badges', 'fr')).toBe('none');
  });
  it('does not take product photos under an ordinary heading for seals', () => {
    expect(present('<section><h3>Uutuudet</h3><div><img src="/a.png" alt="Takki"><img src="/b.png" alt="Kengät"></div></section>', 'trust.badges', 'fi')).toBe('none');
  });
});

describe('social.profiles', () => {
  it('reads the profile a Facebook page plugin shows', () => {
    expect(scan('<div class="fb-page" data-href="https://www.facebook.com/ExampleCafe/"></div>').assets['social.profiles']!.items).toEqual(['facebook']);
  });
});
