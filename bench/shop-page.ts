// Generated shop pages for the speed benchmark: a made-up web shop whose front page grows by its
// product grid to a requested number of elements, and the smaller key pages its header links to.
// No real site's markup: every page is written here, deterministic for a given size.

/** The key pages the header and footer link to, as a shop names them. */
export const KEY_PAGE_LINKS = [
  { href: '/contact', text: 'Contact us' },
  { href: '/faq', text: 'FAQ' },
  { href: '/prices', text: 'Prices' },
  { href: '/delivery', text: 'Delivery' },
  { href: '/returns', text: 'Returns' },
  { href: '/terms', text: 'Terms and conditions' },
  { href: '/privacy', text: 'Privacy policy' },
  { href: '/blog', text: 'Blog' },
] as const;

/** Elements of one product card (li, a, img, h3, a, p, p, button). */
export const CARD_ELEMENTS = 8;

const PRODUCTS = ['Linen tea towel', 'Oak cutting board', 'Stoneware mug', 'Wool throw', 'Birch tray', 'Copper kettle', 'Glass carafe', 'Cotton apron'];
const COLOURS = ['sand', 'forest green', 'charcoal', 'rust', 'sky blue', 'oat'];

/** "12,90 €", varied but fixed by the card's number. */
export function price(n: number): string {
  const cents = 490 + ((n * 737) % 9000);
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')} €`;
}

function card(n: number): string {
  const name = `${PRODUCTS[n % PRODUCTS.length]}, ${COLOURS[n % COLOURS.length]} no. ${n + 1}`;
  // Images below the first rows load lazily, as shops do.
  return `<li class="card"><a href="/product/${n + 1}" tabindex="-1"><img src="/img/product.svg" alt="${name}" width="240" height="240"${n >= 8 ? ' loading="lazy"' : ''}></a>
<h3><a href="/product/${n + 1}">${name}</a></h3><p class="price">${price(n)}</p><p class="stock">In stock, ships in 1–2 days</p><button type="button" class="buy">Add to cart</button></li>`;
}

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Harbour Home</title>
<meta name="description" content="${title} at Harbour Home, a Helsinki shop for Nordic homeware: linen, wood and stoneware, delivered in 1–3 days.">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}header,footer,main{padding:1rem}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:1rem;list-style:none;padding:0}
.card img{width:100%;height:auto}.price{font-weight:700}.buy{background:#14532d;color:#fff;border:0;padding:.5rem 1rem}nav a{margin-right:.75rem}.cookie{position:fixed;bottom:0;background:#fff;border-top:1px solid #999;padding:1rem}</style></head>`;

function header(): string {
  const links = KEY_PAGE_LINKS.map((l) => `<li><a href="${l.href}">${l.text}</a></li>`).join('');
  return `<header><a href="/" class="brand"><img src="/img/logo.svg" alt="Harbour Home" width="120" height="32"></a>
<nav aria-label="Main"><ul><li><a href="/">Shop</a></li>${links}</ul></nav>
<form role="search" action="/search"><label for="q">Search products</label> <input id="q" name="q" type="search"> <button>Search</button></form>
<a href="/cart" class="cart">Cart (0)</a></header>`;
}

function filters(): string {
  const checks = ['Kitchen', 'Living room', 'Textiles', 'Gifts', 'On sale']
    .map((c, i) => `<li><label><input type="checkbox" name="cat" value="${i}"> ${c}</label></li>`)
    .join('');
  return `<aside><form action="/" aria-label="Filter products"><h2>Filter</h2><ul>${checks}</ul>
<label for="sort">Sort by</label> <select id="sort" name="sort"><option>Popular</option><option>Price, low to high</option><option>Price, high to low</option><option>Newest</option></select>
<label for="max">Max price (€)</label> <input id="max" name="max" type="number" min="0"><button>Apply</button></form></aside>`;
}

function footer(): string {
  const social = ['instagram', 'facebook', 'pinterest', 'tiktok'].map((s) => `<li><a href="https://www.${s}.com/harbourhome">${s[0]!.toUpperCase()}${s.slice(1)}</a></li>`).join('');
  const links = KEY_PAGE_LINKS.map((l) => `<li><a href="${l.href}">${l.text}</a></li>`).join('');
  return `<footer><section><h2>Harbour Home Oy</h2><address>Satamakatu 12, 00160 Helsinki, Finland<br>
Phone <a href="tel:+358401234567">+358 40 123 4567</a><br>Email <a href="mailto:hello@harbourhome.example">hello@harbourhome.example</a></address>
<p>Business ID 3141592-6 · VAT FI31415926</p><p>We accept Visa, Mastercard, MobilePay, Klarna and online bank payments.</p></section>
<section><h2>Newsletter</h2><form action="/newsletter" method="post"><label for="nl">Subscribe to our newsletter for new arrivals and offers</label>
<input id="nl" type="email" name="email" required> <button>Subscribe</button></form></section>
<section><h2>Follow us</h2><ul>${social}</ul></section><nav aria-label="Footer"><ul>${links}</ul></nav><p>© 2026 Harbour Home Oy</p></footer>
<div class="cookie" role="dialog" aria-label="Cookies"><p>We use cookies to keep your cart and, with your consent, to measure visits. Read our <a href="/privacy">privacy policy</a>.</p>
<button>Accept all</button> <button>Only necessary</button></div>`;
}

/** Elements of the front page without any product card (html, head, … cookie banner), counted once from the markup. */
export const BASE_ELEMENTS = countTags(shopPageWithCards(0));

/** Product cards that bring the front page to about `elements` elements. */
export function cardsFor(elements: number): number {
  return Math.max(1, Math.round((elements - BASE_ELEMENTS) / CARD_ELEMENTS));
}

/** The front page with about `elements` elements (the browser's getElementsByTagName('*') count). */
export function shopPage(elements: number): string {
  return shopPageWithCards(cardsFor(elements));
}

function shopPageWithCards(cards: number): string {
  const grid = Array.from({ length: cards }, (_, n) => card(n)).join('\n');
  return `${HEAD('Nordic homeware')}<body>${header()}<main><h1>Nordic homeware, made to last</h1>
<p>Free delivery over 60 € · 30-day returns · Secure payment</p>${filters()}<section aria-label="Products"><h2>All products (${cards})</h2><ul class="grid">
${grid}</ul></section></main>${footer()}</body></html>`;
}

/** Opening tags in the markup: what the browser's element count will be (the parser adds none here). */
function countTags(html: string): number {
  return html.match(/<[a-z][a-z0-9]*[\s>]/gi)?.length ?? 0;
}

const page = (title: string, body: string) => `${HEAD(title)}<body>${header()}<main><h1>${title}</h1>${body}</main>${footer()}</body></html>`;
const qa = (q: string, a: string) => `<details><summary>${q}</summary><p>${a}</p></details>`;

/** The key pages (and the pages a price card or the cart link leads to), each different, each small. */
export const KEY_PAGES: Record<string, string> = {
  '/contact': page('Contact us', `<p>Questions about an order? We answer within one working day.</p>
<form action="/contact/send" method="post"><label for="n">Name</label> <input id="n" name="name" required>
<label for="e">Email</label> <input id="e" type="email" name="email" required><label for="t">Phone (optional)</label> <input id="t" type="tel" name="phone">
<label for="m">Message</label> <textarea id="m" name="message" required></textarea><button type="submit">Send message</button></form>
<p>Shop and pick-up: Satamakatu 12, Helsinki. Open Mon–Fri 10–18, Sat 10–15.</p>`),
  '/faq': page('Frequently asked questions', [
    qa('How can I pay?', 'We accept Visa, Mastercard, MobilePay, Klarna invoice and online bank payments.'),
    qa('How long does delivery take?', 'Orders leave our warehouse within one working day and arrive in 1–3 days.'),
    qa('Can I return a product?', 'Yes, within 30 days of delivery. Returns are free in Finland.'),
    qa('Do you ship abroad?', 'We ship to the Nordic and Baltic countries.'),
  ].join('\n')),
  '/prices': page('Prices', `<table><caption>Price list</caption><tr><th>Product</th><th>Price</th></tr>
${Array.from({ length: 12 }, (_, n) => `<tr><td>${PRODUCTS[n % PRODUCTS.length]}</td><td>${price(n)}</td></tr>`).join('\n')}</table>`),
  '/delivery': page('Delivery', `<table><caption>Delivery options</caption><tr><th>Method</th><th>Time</th><th>Cost</th></tr>
<tr><td>Parcel locker</td><td>1–3 days</td><td>4,90 €</td></tr><tr><td>Home delivery</td><td>1–2 days</td><td>9,90 €</td></tr>
<tr><td>Pick-up in Helsinki</td><td>same day</td><td>free</td></tr></table><p>Free delivery on orders over 60 €.</p>`),
  '/returns': page('Returns', `<p>You have 30 days from delivery to return a product, unused and in its packaging.</p>
<ol><li>Print the return label from your order email.</li><li>Pack the product.</li><li>Leave it at any parcel locker.</li></ol><p>We refund within 14 days of receiving the return.</p>`),
  '/terms': page('Terms and conditions', `<p>These terms apply to orders from the online shop of Harbour Home Oy (Business ID 3141592-6), Satamakatu 12, 00160 Helsinki.</p>
<h2>Orders</h2><p>An order is binding once we confirm it by email.</p><h2>Prices</h2><p>Prices include VAT 25.5 %.</p><h2>Disputes</h2><p>Consumers may take a dispute to the Consumer Disputes Board.</p>`),
  '/privacy': page('Privacy policy', `<p>Harbour Home Oy is the controller of the personal data of its customers.</p>
<h2>What we collect</h2><ul><li>Name, address and contact details for deliveries</li><li>Order history</li><li>With consent, anonymous visit statistics</li></ul>
<h2>Your rights</h2><p>Ask for your data or its removal at hello@harbourhome.example.</p>`),
  '/blog': page('Blog', Array.from({ length: 6 }, (_, n) => `<article><h2><a href="/blog/${n + 1}">Caring for linen, part ${n + 1}</a></h2><time datetime="2026-0${n + 1}-15">15.${n + 1}.2026</time><p>How to wash, dry and store linen so that it lasts for decades.</p></article>`).join('\n')),
  '/cart': page('Your cart', `<p>Your cart is empty.</p><a href="/">Continue shopping</a>`),
};

/** A product page behind a price card. */
export function productPage(n: number): string {
  return page(`${PRODUCTS[n % PRODUCTS.length]} no. ${n}`, `<img src="/img/product.svg" alt="${PRODUCTS[n % PRODUCTS.length]}" width="480" height="480">
<p class="price">${price(n - 1)}</p><p>Made in Finland of natural materials.</p><button type="button" class="buy">Add to cart</button>`);
}

export const PRODUCT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="#d6d3c4"/><circle cx="12" cy="12" r="6" fill="#14532d"/></svg>`;
