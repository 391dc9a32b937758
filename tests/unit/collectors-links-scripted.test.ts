// Third session of issue 8: links a script follows, consent asked without the word cookie, marks stated in words,
// and the small shapes of contact details that keep harvesters off. Every mechanism has a trap beside it.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { scriptLinkTarget } from '../../collectors/page-index';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', head = '') => collectFacts(htmlDocument(page(body, head, lang), 'https://www.example.pt/'));
const present = (body: string, id: AssetId, lang = 'en', head = '') => scan(body, lang, head).assets[id]!.present;

describe('links a script follows', () => {
  it('reads where a navigating script link goes, and nothing else', () => {
    expect(scriptLinkTarget(`javascript:void(location=atob('${btoa('https://www.example.pt/CondicoesVenda')}'))`)).toBe('https://www.example.pt/CondicoesVenda');
    expect(scriptLinkTarget("javascript:location.href='/kontakt'")).toBe('/kontakt');
    expect(scriptLinkTarget("javascript:window.open('https://www.facebook.com/ExampleShop')")).toBe('https://www.facebook.com/ExampleShop');
    expect(scriptLinkTarget('javascript:void(0)')).toBeNull();
    expect(scriptLinkTarget("javascript:alert('/kontakt')")).toBeNull();
  });
  it('takes such links and base64 spans for the pages they lead to', () => {
    const terms = `<footer><a href="javascript:void(location=atob('${btoa('https://www.example.pt/CondicoesVenda')}'))">Condições Gerais de Venda</a></footer>`;
    expect(present(terms, 'trust.terms', 'pt')).toBe('link');
    const returns = `<footer><span class="js-base64" data-base64="${btoa('/c/widerruf-rueckgabe.html')}">Widerruf &amp; Rückgabe</span></footer>`;
    expect(present(returns, 'commerce.returns', 'de')).toBe('link');
    expect(present('<footer><a href="javascript:void(0)">Condições Gerais de Venda</a></footer>', 'trust.terms', 'pt')).toBe('none');
  });
});

describe('consent and marks', () => {
  it('counts a notice named for cookies that asks for consent in other words, with its answer', () => {
    const banner = '<div class="cookie-banner"><p>Example GmbH und Partner brauchen für einzelne Datennutzungen Ihre <a href="/datenschutz">Einwilligung</a>.</p><button>OK</button></div>';
    expect(present(banner, 'trust.consent', 'de')).toBe('content');
    // A newsletter's consent line is no cookie notice; a cookie-named box that only informs has no answer.
    expect(present('<form class="newsletter"><label><input type="checkbox"> Ich gebe meine Einwilligung zum Newsletter</label><button>OK</button></form>', 'trust.consent', 'de')).toBe('none');
    expect(present('<div class="cookie-info"><p>Ihre Einwilligung ist uns wichtig.</p></div>', 'trust.consent', 'de')).toBe('none');
  });
  it('knows consent tools by their inline markers and Sourcepoint by its first-party loader', () => {
    expect(present('<script>$.DivasCookies({ bannerText: "This website uses cookies" });</script>', 'trust.consent')).toBe('script');
    expect(present('<div id="am-cookie-bar" x-cloak></div>', 'trust.consent', 'pt')).toBe('script');
    expect(present('<p>x</p>', 'trust.consent', 'da', '<script src="https://cmp.example.pt/unified/wrapperMessagingWithoutDetection.js"></script>')).toBe('script');
  });
  it('reads a management-system certificate stated in words, not an article about the standard', () => {
    expect(present('<ul><li>Zertifiziert nach ISO 27001</li><li>Support rund um die Uhr</li></ul>', 'trust.badges', 'de')).toBe('content');
    expect(present('<h2>What ISO 27001 requires from a small company</h2><p>The standard asks for a risk assessment.</p>', 'trust.badges')).toBe('none');
  });
  it('takes a Facebook like box for the brand\'s profile, not a share button', () => {
    expect(present('<div class="fb-like-box" data-href="https://www.facebook.com/ExampleShop"></div>', 'advocacy.share')).toBe('none');
    expect(present('<div class="fb-like" data-href="https://www.example.pt/produto/1"></div>', 'advocacy.share')).toBe('content');
  });
});

describe('contact details and company shapes', () => {
  it('reads an address with spaces around the at sign', () => {
    expect(present('<div class="vcard"><div>E-mail:</div><div>folketinget @ ft.example</div></div>', 'contact.email', 'da')).toBe('content');
    expect(present('<p>Meet us @ the fair in Oslo</p>', 'contact.email')).toBe('none');
  });
  it('reads a Danish legal name written in lower case beside its address', () => {
    expect(present('<footer><p>Exempel a/s, Slet Møllevej 17, 8270 Højbjerg, Danmark</p></footer>', 'trust.company', 'da')).toBe('content');
  });
  it('knows saved-search alerts, a Portuguese contact form and a Finnish user agreement', () => {
    expect(present('<button class="btn">Opret søgeagent</button>', 'retention.newsletter', 'da')).toBe('link');
    expect(present('<footer><a href="/pt-pt/ajuda/formulario-de-contacto">Contacta-nos</a></footer>', 'contact.form', 'pt')).toBe('link');
    expect(present('<footer><a href="/?doc=info/terms">Käyttäjäsopimus</a></footer>', 'trust.terms', 'fi')).toBe('link');
  });
});
