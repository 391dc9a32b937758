// Fourth session of issue 8: what publishers' pages carry — a subscription shop behind a bare
// "Subscribe", the reader's account on its own host or above the comments — with the newsletter
// "Subscribe" and the newsletter form's button beside them as traps.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { isPaidSubscriptionUrl } from '../../collectors/paid-subscription';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en', head = '', url = 'https://www.paper.example/') => collectFacts(htmlDocument(page(body, head, lang), url));
const present = (body: string, id: AssetId, lang = 'en', head = '', url?: string) => scan(body, lang, head, url).assets[id]!.present;
const STORY = '<meta property="og:type" content="article"><meta property="article:published_time" content="2014-03-01T10:00:00Z">';

describe('publishers: the subscription shop', () => {
  it('knows the shop by its host or path words, not by "subscribe" alone', () => {
    expect(isPaidSubscriptionUrl(new URL('http://subscriber.paper.example/loyalty/'))).toBe(true);
    expect(isPaidSubscriptionUrl(new URL('https://abo.paper.example/'))).toBe(true);
    expect(isPaidSubscriptionUrl(new URL('https://boutique.paper.example/rayon/4-abonnement'))).toBe(true);
    expect(isPaidSubscriptionUrl(new URL('https://www.paper.example/subscribe'))).toBe(false);
    expect(isPaidSubscriptionUrl(new URL('https://abo.paper.example/newsletter/'))).toBe(false);
    expect(isPaidSubscriptionUrl(new URL('https://www.paper.example/abonnement/e-mail-alerts'))).toBe(false);
  });
  it('counts a bare "Subscribe" that leads to the shop as a price link, and not as a newsletter', () => {
    const body = '<header><a href="http://subscriber.paper.example/loyalty/">Subscribe</a></header><p>Story text.</p>';
    expect(present(body, 'offer.pricing', 'en', STORY)).toBe('link');
    expect(present(body, 'retention.newsletter', 'en', STORY)).toBe('none');
  });
  it('leaves a bare "Subscribe" to a newsletter page a newsletter', () => {
    const body = '<header><a href="/subscribe">Subscribe</a></header><p>Story text.</p>';
    expect(present(body, 'offer.pricing', 'en', STORY)).toBe('none');
    expect(present(body, 'retention.newsletter', 'en', STORY)).toBe('link');
  });
  it('counts an offer named after the paper on the shop\'s host, not an e-mail list there', () => {
    expect(present('<nav><a href="https://abo.paper.example/bourse">Abonnement Bourse</a></nav>', 'offer.pricing', 'fr')).toBe('link');
    expect(present('<nav><a href="https://abo.paper.example/newsletter/">Abonnement newsletter</a></nav>', 'offer.pricing', 'fr')).toBe('none');
    // Path words alone keep a bare label off the price list: a shop's "/abos/" page may be a magazine box.
    expect(present('<footer><a href="https://shop.magazine.example/paper/abos/">Print-Abo</a></footer>', 'offer.pricing', 'de')).toBe('none');
  });
});

describe('publishers: the magazine offer on a story', () => {
  it('counts "Get the magazine" and a gift subscription on an article, not off one', () => {
    expect(present('<header><a href="https://www.magazines.example/food-magazine.html">Get the magazine</a></header><p>Recipe.</p>', 'offer.pricing', 'en', STORY)).toBe('link');
    expect(present('<header><a href="https://www.magazines.example/food-magazine.html">Get the magazine</a></header><p>Recipe.</p>', 'offer.pricing')).toBe('none');
  });
});

describe('publishers: the reader account', () => {
  it('takes a link to the site\'s own account host ("My Paper" → my.paper.example)', () => {
    expect(present('<footer><a href="http://my.paper.example/">My Paper</a></footer>', 'retention.account')).toBe('link');
    // Another site's "my." host is not this site's account.
    expect(present('<footer><a href="https://my.othersite.example/">Partner portal</a></footer>', 'retention.account')).toBe('none');
  });
  it('takes the sign-in link above a comment form, not a newsletter form\'s sign-up button', () => {
    const comment = '<form action="/comment/reply/1"><a onclick="popIt(\'/login\')">Se connecter/cr&eacute;er un compte</a><textarea name="comment"></textarea><input type="submit" value="Envoyer"></form>';
    expect(present(comment, 'retention.account', 'fr', STORY)).toBe('link');
    const newsletter = '<form action="/nl"><input type="email" name="email"><a onclick="send()">Anmelden</a></form>';
    expect(present(newsletter, 'retention.account', 'de')).toBe('none');
  });
});

describe('retention.account: a login named in the title', () => {
  it('takes a link whose title says log in when its text is another word', () => {
    expect(present('<nav><a href="https://secure.bank.example/ebank/auth/initLogin.do" title="Logga in på Internetkontoret"><svg></svg>Privat och företagskunder</a></nav>', 'retention.account', 'sv')).toBe('link');
    expect(present('<nav><a href="/om-oss" title="Om banken och vår historia">Om oss</a></nav>', 'retention.account', 'sv')).toBe('none');
  });
});

describe('publishers: offers to advertisers and readers, consent tools of the press', () => {
  it('counts a footer "Advertise" / "Adverteren" link as the offer to advertisers, not an ad marker', () => {
    expect(present('<footer><a href="https://advertise.paper.example/">Advertise</a></footer>', 'offer.pricing')).toBe('link');
    expect(present('<footer><a href="/pagina/adverteren">Adverteren</a></footer>', 'offer.pricing', 'nl')).toBe('link');
    expect(present('<aside><span>Anzeige</span><a href="https://ads.example/click?id=1">Jetzt entdecken</a></aside>', 'offer.pricing', 'de')).toBe('none');
  });
  it('takes "Leser werben Leser" as referral and "Espace membre" as the account', () => {
    expect(present('<nav><a href="https://produkte.paper.example/leser-werben-leser/">Leser werben Leser</a></nav>', 'advocacy.referral', 'de')).toBe('link');
    expect(present('<nav><a href="/espace-membre/">Espace membre</a></nav>', 'retention.account', 'fr')).toBe('link');
  });
  it('knows OpenCMP, a consent wrapper script and a "Privacy Manager" button', () => {
    expect(present('<script src="https://cdn.opencmp.net/tcf-v2/cmp-stub-latest.js"></script><p>Text.</p>', 'trust.consent', 'de')).toBe('script');
    expect(present('<script src="https://paper.tcdn.example/javascript/consentWrapper.js"></script><p>Text.</p>', 'trust.consent', 'nl')).toBe('script');
    expect(present('<footer><button id="pmLink">Privacy Manager</button></footer>', 'trust.consent')).toBe('content');
  });
  it('knows Revenue Science\'s audience tag as an ad pixel', () => {
    expect(present('<script src="http://js.revsci.net/gateway/gw.js?csid=G07609"></script><p>Text.</p>', 'measure.adPixels', 'nl')).toBe('script');
  });
});

describe('publishers: a newsletter on the order page', () => {
  it('keeps a link that names the newsletter a newsletter, even to a path that says order', () => {
    expect(present('<aside><a href="/tilaus/">Tilaa Profit-uutiskirje</a></aside><p>Artikkeli.</p>', 'retention.newsletter', 'fi', STORY)).toBe('link');
  });
});

describe('publishers: a free trial of the subscription', () => {
  it('counts "1 Monat kostenlos testen" to the subscription page, not a trial of anything else', () => {
    expect(present('<aside><a href="/chefkoch-abo/">1 Monat kostenlos testen</a></aside>', 'offer.pricing', 'de')).toBe('link');
    expect(present('<aside><a href="/app/download">Jetzt kostenlos testen</a></aside>', 'offer.pricing', 'de')).toBe('none');
  });
});
