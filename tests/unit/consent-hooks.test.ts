// Consent settings hooks: the link or button a site adds so a visitor can reopen the consent dialog shows which
// platform is installed. Our own snippets; the traps are links that only look alike.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { htmlDocument, page } from '../support/dom';

const consent = (body: string) => collectFacts(htmlDocument(page(body))).assets['trust.consent']!;
const evidence = (body: string) => consent(body).evidence.map((e) => e.text).join(' | ');

describe('consent settings hooks', () => {
  it.each([
    ['onetrust', '<footer><button id="ot-sdk-btn" class="ot-sdk-show-settings">Evästeasetukset</button></footer>'],
    ['onetrust', '<footer><a class="optanon-show-settings">Vie</a></footer>'],
    ['usercentrics', '<footer><a href="#uc-central-modal-show">Privatsphäre</a></footer>'],
    ['iubenda', '<footer><a href="#" class="iubenda-cs-preferences-link">Le tue preferenze</a></footer>'],
    ['complianz', '<footer><button class="cmplz-manage-consent">Beheer</button></footer>'],
    ['cookieyes', '<footer><a class="cky-banner-element">Ajustes</a></footer>'],
    ['borlabs', '<footer><a href="#" class="borlabs-cookie-preference">Einstellungen</a></footer>'],
    ['termly', '<footer><a href="#" class="termly-display-preferences">Preferences</a></footer>'],
    ['trustarc', '<footer><a href="javascript:truste.eu.clickListener()">Preferências</a></footer>'],
    ['cookieconsent', '<footer><button type="button" data-cc="show-preferencesModal">Nastavení</button></footer>'],
    ['cookieinformation', '<iframe data-category-consent="cookie_cat_marketing" data-consent-src="https://video.example.org/embed/1"></iframe>'],
  ])('finds %s by its settings hook', (item, body) => {
    // A hook labelled "Cookie settings" is also the page's own settings button (content); the platform is named either way.
    expect(consent(body).present).not.toBe('none');
    expect(evidence(body).toLowerCase()).toContain(`${item}: `);
  });

  it.each([
    ['Didomi', '<footer><a href="#" data-consentlink="javascript:Didomi.preferences.show();">Cookies</a></footer>'],
    ['Didomi', '<footer><span onkeydown="Didomi.preferences.show()">Preferences</span></footer>'],
    ['_sp_', '<footer><button onclick="window._sp_.gdpr.loadPrivacyManagerModal(12345)">Privacy manager</button></footer>'],
    ['CookieScript', '<footer><a href="javascript:CookieScript.instance.show()">Preferências</a></footer>'],
    ['Osano', '<footer><a @click="Osano.cm.showDrawer(\'osano-cm-dom-info-dialog-open\')">Privacy choices</a></footer>'],
  ])('finds the platform a handler calls (%s)', (name, body) => {
    expect(consent(body).present).not.toBe('none');
    expect(evidence(body)).toContain(`handler: ${name}`);
  });

  it('finds a platform by the mark on the tags it holds back', () => {
    expect(evidence('<script type="text/plain" data-usercentrics="Google Analytics">ga()</script>')).toMatch(/^usercentrics: .*element/);
    expect(evidence('<script type="text/plain" class="_iub_cs_activate" data-suppressedsrc="https://example.org/x.js"></script>')).toMatch(/^iubenda: .*element/);
  });

  it('finds the site’s own banner built as a web component', () => {
    expect(consent('<swc-cookie-banner language="fr" link="/protection-des-donnees"></swc-cookie-banner>').present).toBe('script');
    expect(consent('<cookie-consent-dialog></cookie-consent-dialog>').present).toBe('script');
    // Components named for other things: a cookie shop's product card, a consent form for a clinic visit.
    expect(consent('<cookie-product-card></cookie-product-card><consent-form-field></consent-form-field><cookie-recipe-list></cookie-recipe-list><gdpr-info-text></gdpr-info-text>').present).toBe('none');
  });

  it('does not take look-alike links for a platform', () => {
    // A plain anchor to another section, a class that merely starts alike, a handler calling the site's own code,
    // and a platform named in text or in a non-handler attribute.
    const body = `<nav><a href="#uc-features">Features</a><a class="cmplz-like">Compliance</a></nav>
<button onclick="openMyPrivacyPanel()">Privacy</button><a href="/didomi-review" title="Didomi.preferences.show() explained">Review</a>
<p>Sites reopen Didomi with Didomi.preferences.show() and Cookiebot with Cookiebot.renew().</p><div class="sticky-banner">Sale</div>`;
    expect(consent(body).present).toBe('none');
  });
});
