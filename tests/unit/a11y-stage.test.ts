// Where an axe violation hurts: purchase-path forms → conversion, product images without alt →
// consideration, everything else → foundation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProductImage, isPurchaseForm, purchaseScope, StageMapper } from '../../collectors/a11y-stage';
import { htmlDocument, page } from '../support/dom';

const fixture = (name: string) => htmlDocument(readFileSync(`tests/fixtures/a11y/${name}.html`, 'utf8'), `http://127.0.0.1/${name}.html`);
const first = (doc: Document, selector: string) => doc.querySelector(selector)!;

describe('isPurchaseForm', () => {
  const form = (body: string) => first(htmlDocument(page(body)), 'form');
  it.each([
    ['an enquiry form', '<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>'],
    ['a checkout with card fields', '<form><input name="n"><input autocomplete="cc-number"><button>Continue</button></form>'],
    ['a Finnish order form', '<form><input name="osoite"><input name="postinumero"><button>Vahvista tilaus</button></form>'],
    ['an add-to-cart form', '<form class="variations"><select name="size"><option>M</option></select><button>Add to cart</button></form>'],
    ['a booking form with a date and a phone', '<form><input type="date" name="day"><input type="tel" name="phone"><button>Send</button></form>'],
    ['a newsletter signup', '<form><input type="email" name="email"><button>Subscribe to our newsletter</button></form>'],
    ['an account signup', '<form><input type="email" name="email"><input type="password" name="pw"><button>Create account</button></form>'],
  ])('takes %s', (_, body) => expect(isPurchaseForm(form(body))).toBe(true));

  it.each([
    ['a search form', '<form role="search"><input type="search" name="q"><button>Search</button></form>'],
    ['a login form', '<form><input type="email" name="email"><input type="password" name="pw"><button>Log in</button></form>'],
    ['a comment form', '<form id="commentform"><input name="author"><textarea name="comment"></textarea><p>Your email will not be published.</p><button>Post comment</button></form>'],
    ['a language switch', '<form><select name="lang"><option>fi</option></select><button>Go</button></form>'],
  ])('leaves out %s', (_, body) => expect(isPurchaseForm(form(body))).toBe(false));
});

describe('isProductImage', () => {
  const img = (body: string) => first(htmlDocument(page(body)), 'img');
  it.each([
    ['in schema.org Product markup', '<div itemscope itemtype="https://schema.org/Product"><img src="a.jpg"><h2>Teapot</h2></div>'],
    ['in a link to a product page', '<a href="/products/teapot"><img src="a.jpg"></a>'],
    ['in a Finnish product link', '<a href="https://kauppa.fi/tuote/kahvi-500g"><img src="a.jpg"></a>'],
    ['in a card with a price', '<ul><li><img src="a.jpg"><h3>Teapot</h3><p>39,00 €</p></li></ul>'],
    ['in a product card by class', '<div class="product-card"><div><img src="a.jpg"></div></div>'],
  ])('takes an image %s', (_, body) => expect(isProductImage(img(body))).toBe(true));

  it.each([
    ['a logo linked home', '<header><a href="/"><img src="logo.png"></a></header>'],
    ['a hero image in a long section with a price far off', `<section><img src="hero.jpg"><p>${'Tea for every day. '.repeat(40)}</p><p>from 9 €</p></section>`],
    ['a blog image', '<article><a href="/blog/brewing-tips"><img src="b.jpg"></a></article>'],
  ])('leaves out %s', (_, body) => expect(isProductImage(img(body))).toBe(false));
});

describe('StageMapper', () => {
  it('charges a contact form’s unlabelled field to conversion, a search field to the foundation', () => {
    const doc = fixture('contact');
    const mapper = new StageMapper();
    expect(mapper.stageOf('label', first(doc, 'input[name="name"]'))).toBe('conversion');
    expect(mapper.stageOf('label', first(doc, 'input[type="search"]'))).toBe('foundation');
  });

  it('charges the checkout button’s contrast to conversion', () => {
    expect(new StageMapper().stageOf('color-contrast', first(fixture('checkout'), 'button.place-order'))).toBe('conversion');
  });

  it('charges product images without alt to consideration, the logo and other rules on them to the foundation', () => {
    const doc = fixture('products');
    const mapper = new StageMapper();
    const images = [...doc.querySelectorAll('main img')];
    expect(images.map((el) => mapper.stageOf('image-alt', el))).toEqual(['consideration', 'consideration', 'consideration', 'consideration']);
    expect(mapper.stageOf('image-alt', first(doc, 'header img'))).toBe('foundation');
    expect(mapper.stageOf('link-name', first(doc, 'main a'))).toBe('foundation');
  });

  it('counts the forms and product images the purchase checks apply to', () => {
    expect(purchaseScope(fixture('contact'), new StageMapper())).toEqual({ purchaseForms: 1, productImages: 0 });
    expect(purchaseScope(fixture('products'), new StageMapper())).toEqual({ purchaseForms: 0, productImages: 4 });
    expect(purchaseScope(fixture('clean'), new StageMapper())).toEqual({ purchaseForms: 1, productImages: 1 });
  });
});
