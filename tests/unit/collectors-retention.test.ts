import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const present = (body: string, id: AssetId, lang = 'en') => collectFacts(htmlDocument(page(body, '', lang))).assets[id]!.present;

describe('retention.account', () => {
  it('finds a login form in Finnish and English', () => {
    const fi = '<form action="/kirjaudu"><label>Sähköposti <input type="email" name="email"></label><label>Salasana <input type="password" name="salasana"></label><button>Kirjaudu sisään</button></form>';
    expect(present(fi, 'retention.account', 'fi')).toBe('content');
    expect(present('<form><input name="user"><input type="password" name="pw"><button>Sign in</button></form>', 'retention.account')).toBe('content');
  });
  it('reads a password field whose type a framework binds at runtime', () => {
    expect(present('<form><input type="email"><input :type="show ? \'text\' : \'password\'" autocomplete="current-password"><button>Continue</button></form>', 'retention.account')).toBe('content');
  });
  it('counts links and buttons to the customer account', () => {
    expect(present('<nav><a href="/omat-sivut">Omat sivut</a></nav>', 'retention.account', 'fi')).toBe('link');
    expect(present('<a href="/account/login">Log in</a>', 'retention.account')).toBe('link');
    expect(present('<a href="https://shop.example.de/konto/">Mein Konto</a>', 'retention.account', 'de')).toBe('link');
    expect(present('<button title="Mon compte"><svg></svg></button>', 'retention.account', 'fr')).toBe('link');
  });
  it('ignores site-admin logins and newsletter signups that say "anmelden"', () => {
    expect(present('<p><a href="https://example.fi/wp-login.php">Log in</a></p>', 'retention.account')).toBe('none');
    expect(present('<a href="/newsletter/">Zum Newsletter anmelden</a>', 'retention.account', 'de')).toBe('none');
    expect(present('<a href="/newsletter/anmelden">Jetzt eintragen</a>', 'retention.account', 'de')).toBe('none');
    expect(present('<form><h3>Tilaa uutiskirje</h3><input type="email" name="email"><button>Tilaa</button></form>', 'retention.account', 'fi')).toBe('none');
  });
});

describe('retention.loyalty', () => {
  it('finds a loyalty programme by heading or link', () => {
    expect(present('<h2>Kanta-asiakasedut</h2><p>Kerää pisteitä jokaisesta ostosta.</p>', 'retention.loyalty', 'fi')).toBe('content');
    expect(present('<a href="/kanta-asiakkaaksi">Liity kanta-asiakkaaksi</a>', 'retention.loyalty', 'fi')).toBe('link');
    expect(present('<a href="/rewards/">Rewards</a>', 'retention.loyalty')).toBe('link');
    expect(present('<a href="/club/">Club-Vorteile entdecken</a>', 'retention.loyalty', 'de')).toBe('link');
  });
  it('finds a programme link inside a menu template that a script renders', () => {
    expect(present('<template><ul><li><a href="/kundklubb">Kundklubben</a></li></ul></template>', 'retention.loyalty', 'sv')).toBe('link');
  });
  it('does not take professional memberships, a cookbook club or a repair bonus for a loyalty programme', () => {
    expect(present('<h3>Mitgliedschaften</h3><p>Ingenieurkammer, VBI</p>', 'retention.loyalty', 'de')).toBe('none');
    expect(present('<a href="/recipes/cookbook-club/">Cookbook Club</a>', 'retention.loyalty')).toBe('none');
    expect(present('<a href="/bonus-reparation">Bonus réparation</a>', 'retention.loyalty', 'fr')).toBe('none');
  });
});

describe('advocacy.referral', () => {
  it('finds refer-a-friend offers in Finnish and English', () => {
    expect(present('<div class="banner">Suosittele ystävälle ja saat 10 € alennuksen seuraavasta tilauksesta</div>', 'advocacy.referral', 'fi')).toBe('content');
    expect(present('<h2>Refer a friend</h2><p>Give $20, get $20.</p>', 'advocacy.referral')).toBe('content');
    expect(present('<a href="/freunde-werben">Freunde werben</a>', 'advocacy.referral', 'de')).toBe('link');
  });
  it('does not count an affiliate programme, a share-by-email link or a form topic', () => {
    expect(present('<a href="/affiliate">Affiliate Program</a>', 'advocacy.referral')).toBe('none');
    // A slug of "Referência" (reference books) keeps only "refer" of the word.
    expect(present('<a href="/livros/refer-ncia-1558092377.html">Referência</a>', 'advocacy.referral', 'pt')).toBe('none');
    expect(present('<a href="/refer">Invite</a>', 'advocacy.referral')).toBe('link');
    expect(present('<a href="mailto:?subject=Kolla">Tipsa en vän</a>', 'advocacy.referral', 'sv')).toBe('none');
    expect(present('<form><select name="sujet"><option>Livraison</option><option>Code / Parrainage</option></select><textarea></textarea></form>', 'advocacy.referral', 'fr')).toBe('none');
  });
});

describe('retention.newsletter', () => {
  it('finds an email-only signup that promises news or offers without saying "newsletter"', () => {
    const en = '<section><p>Hungry for more?</p><p>Enter your email to receive news and exclusive offers.</p><div><form><input type="email" placeholder="Email Address"><button aria-label="Submit Sign Up">Sign Up</button></form></div></section>';
    expect(present(en, 'retention.newsletter')).toBe('content');
    const fi = '<div class="footer-col"><p>Saat ensimmäisenä tiedon tarjouksista ja uutuuksista.</p><form><input type="email" name="sposti"><button>Liity</button></form></div>';
    expect(present(fi, 'retention.newsletter', 'fi')).toBe('content');
  });
  it('reads the class of the block the form sits in and the labels of its controls', () => {
    expect(present('<div class="newsletter-signup"><div><form><input type="email"><button>OK</button></form></div></div>', 'retention.newsletter')).toBe('content');
    expect(present('<form action="/weekly_news"><label>Sign up for our weekly deals</label><input type="email"><button aria-label="Subscribe">→</button></form>', 'retention.newsletter')).toBe('content');
  });
  it('counts a form that posts to a mailing service and a link to a hosted signup page', () => {
    expect(present('<form action="https://yritys.us21.list-manage.com/subscribe/post?u=abc"><input type="email" name="EMAIL"><input type="submit" value="OK"></form>', 'retention.newsletter')).toBe('content');
    expect(present('<a href="http://eepurl.com/hAbCdE">Join us</a>', 'retention.newsletter')).toBe('link');
  });
  it('does not take a quote request with a phone field for a newsletter', () => {
    const quote = '<section><h2>Tilaa ilmainen arviokäynti</h2><p>Saat tarjouksen 24 tunnissa.</p><form><input name="etunimi"><input type="email" name="email"><input type="tel" name="puhelin"><button>Tilaa</button></form></section>';
    expect(present(quote, 'retention.newsletter', 'fi')).toBe('none');
  });
  it('keeps password reset, stock alerts, YouTube and RSS "subscribe" out', () => {
    expect(present('<form><h3>Unohtuiko salasana?</h3><input type="email" name="email"><button>Lähetä</button></form>', 'retention.newsletter', 'fi')).toBe('none');
    expect(present('<div><p>Out of stock. Get the latest news when it is back.</p><form><input type="email"><button>Notify me</button></form></div>', 'retention.newsletter')).toBe('none');
    expect(present('<a href="https://www.youtube.com/@yritys?sub_confirmation=1">Subscribe</a>', 'retention.newsletter')).toBe('none');
    expect(present('<a href="/feed/">Subscribe via RSS</a>', 'retention.newsletter')).toBe('none');
  });
});
