// Consideration-stage proof on small pages of our own: testimonials, reviews and FAQ, with their look-alikes.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { isHelpLabel } from '../../collectors/faq';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, lang = 'en') => collectFacts(htmlDocument(page(body, '', lang), 'https://www.example.fi/palvelut/'));
const present = (body: string, id: AssetId, lang = 'en') => scan(body, lang).assets[id]!.present;

describe('proof.testimonials', () => {
  it('finds references and customer stories linked from the site', () => {
    expect(present('<a href="/referenzen">Referenzen</a>', 'proof.testimonials', 'de')).toBe('link');
    expect(present('<a href="/asiakastarinat/">Asiakastarinat</a>', 'proof.testimonials', 'fi')).toBe('link');
    expect(present('<a href="/teester">Ils ont testé pour vous</a>', 'proof.testimonials', 'fr')).toBe('link');
    expect(present('<a href="/de/hochbau/projekte">Projekte</a>', 'proof.testimonials', 'de')).toBe('link');
    expect(present('<a href="/case-studies/">Read more</a>', 'proof.testimonials')).toBe('link');
  });
  it('finds praise on the page: a heading or a strip of short quotes', () => {
    expect(present('<h2>Over a million users and praised by experts</h2>', 'proof.testimonials')).toBe('content');
    const quotes = '<div><blockquote>“Paras siivousfirma, jota olemme käyttäneet.”</blockquote><blockquote>“Aina ajallaan ja huolellinen.”</blockquote><blockquote>“Suosittelemme lämpimästi kaikille.”</blockquote></div>';
    expect(present(quotes, 'proof.testimonials', 'fi')).toBe('content');
  });
  it('does not take a bibliography, embedded posts or blog comments for testimonials', () => {
    expect(present('<h2>References</h2><ol><li>Smith J. Nutrition. 2020.</li></ol><a href="#ref-1">References</a>', 'proof.testimonials')).toBe('none');
    const tweets = '<div><blockquote class="twitter-tweet">Great match tonight, what a goal!</blockquote><blockquote class="twitter-tweet">Unbelievable finish in the last minute.</blockquote><blockquote class="twitter-tweet">Best game of the season so far.</blockquote></div>';
    expect(present(tweets, 'proof.testimonials')).toBe('none');
    const comments = '<section id="comments"><h2>3 kommenttia</h2><ol><li class="comment"><p>Ihana resepti, kiitos!</p></li><li class="comment"><p>Tein tämän eilen.</p></li></ol></section>';
    expect(present(comments, 'proof.testimonials', 'fi')).toBe('none');
  });
  it('does not take a feedback form link or a product review heading for testimonials', () => {
    expect(present('<a href="/palaute">Anna asiakaspalautetta</a>', 'proof.testimonials', 'fi')).toBe('none');
    expect(present('<h2>Kundenmeinungen (12)</h2>', 'proof.testimonials', 'de')).toBe('none');
    expect(present('<a href="https://other.example.com/references">References</a>', 'proof.testimonials')).toBe('none');
  });
});

describe('proof.reviews', () => {
  it('knows the Google Customer Reviews badge by its loader, not by Google\'s shared script alone', () => {
    expect(scan('<script src="https://apis.google.com/js/platform.js?onload=renderBadge" async defer></script>', 'fr').assets['proof.reviews']).toMatchObject({ present: 'script', items: ['googlecustomerreviews'] });
    expect(present('<script src="https://apis.google.com/js/platform.js"></script><script src="https://apis.google.com/js/platform.js?onload=initSignIn"></script>', 'proof.reviews')).toBe('none');
  });
  it('counts a review prompt as the widget, even before the first review', () => {
    expect(present('<a href="#reviews">Write a Review</a>', 'proof.reviews')).toBe('content');
    expect(present('<button>Kirjoita arvostelu</button>', 'proof.reviews', 'fi')).toBe('content');
    expect(present('<button>Bewertung schreiben</button>', 'proof.reviews', 'de')).toBe('content');
  });
  it('reads star widgets by class with a count beside them', () => {
    expect(present('<div class="product"><span class="star-rating" data-rating="4.5"></span><span>(12)</span></div>', 'proof.reviews')).toBe('content');
    expect(present('<div><a class="star-rating star-rating-4" href="/p/1#reviews"></a> 8 arvostelua</div>', 'proof.reviews', 'fi')).toBe('content');
  });
  it('finds the business on a review platform and script-only review tools', () => {
    expect(scan('<footer><a href="https://de.trustpilot.com/review/example.fi">Trustpilot</a></footer>').assets['proof.reviews']).toMatchObject({ present: 'link', items: ['trustpilot'] });
    expect(scan('<a class="ruk_rating_snippet" data-sku="sku-1"></a>').assets['proof.reviews']).toMatchObject({ present: 'script', items: ['reviewsio'] });
  });
  it('does not count energy labels or a review link inside an article', () => {
    expect(present('<div class="energy-rating energy-rating-4"><span>A++ (2 labels)</span></div>', 'proof.reviews')).toBe('none');
    const prose = `<p>${'Kävimme syömässä kaupungin uusimmassa ravintolassa ja kirjoitimme siitä pitkän jutun. '.repeat(3)}<a href="https://www.tripadvisor.com/Restaurant_Review-g1-d2-Reviews-Example.html">Tripadvisor</a></p>`;
    expect(present(prose, 'proof.reviews', 'fi')).toBe('none');
  });
});

describe('faq', () => {
  it('counts help-centre links by label, path or host', () => {
    expect(present('<a href="/ohjeet">Apua</a>', 'faq', 'fi')).toBe('link');
    expect(present('<a href="/de/hilfe-und-kontakt.html">Hilfe &amp; Kontakt</a>', 'faq', 'de')).toBe('link');
    expect(present('<a href="/de/hilfe">Service</a>', 'faq', 'de')).toBe('link');
    expect(present('<a href="https://support.example.fi/">Asiakastuki</a>', 'faq', 'fi')).toBe('link');
    expect(present('<a href="/kontakt/sporsmal-og-svar">Les mer</a>', 'faq', 'no')).toBe('link');
  });
  it('does not take first aid, a paid support plan or a privacy page under /help for an FAQ', () => {
    expect(present('<a href="/Erste-Hilfe/-Hautschutz-De.htm">Erste Hilfe/ Hautschutz</a>', 'faq', 'de')).toBe('none');
    expect(present('<a href="/premium-support">Premium Support</a>', 'faq')).toBe('none');
    expect(present('<a href="https://www.example.fi/help/privacy-and-cookies/privacy-policy/">cookies and similar technologies</a>', 'faq')).toBe('none');
  });
  it('does not take another company’s FAQ linked from an article for the site’s own', () => {
    expect(present('<p>Lue lisää <a href="https://www.hosting.example.com/faq/article/557/stats.html">palveluntarjoajan ohjeesta</a>.</p>', 'faq', 'fi')).toBe('none');
    expect(present('<h2>Q&amp;A with the chef</h2>', 'faq')).toBe('none');
  });
  it('reads a label made only of help words', () => {
    expect(isHelpLabel('need help')).toBe(true);
    expect(isHelpLabel('hilfe kontakt')).toBe(true);
    expect(isHelpLabel('erste hilfe')).toBe(false);
    expect(isHelpLabel('support us')).toBe(false);
  });
});
