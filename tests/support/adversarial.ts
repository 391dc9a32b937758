// Hostile inputs for the linear-time tests: long runs and repeated near-misses that make a
// backtracking regex with an unbounded quantifier rescan the rest of the text from every start.

/** Units that are repeated into a long run: plain runs, mixtures, and near-misses of the shapes the
 *  collectors look for (email, phone, price, postcode, URL, labels, paths). */
export const UNITS: Record<string, string> = {
  letters: 'a',
  capitals: 'A',
  umlauts: 'Ä',
  digits: '1',
  spaces: ' ',
  wideSpaces: '\u2003',
  dots: '.',
  ats: '@',
  hyphens: '-',
  backslashes: '\\',
  slashes: '/',
  bangs: '!',
  letterDot: 'a.',
  capitalDot: 'A.',
  capitalUmlaut: 'AÄ',
  digitSpace: '1 ',
  digitGroups: '123 ',
  letterHyphen: 'a-',
  letterSpace: 'a ',
  atLetter: '@a',
  nearEmail: 'a.b@c',
  nearEmailDomain: 'x@a.a',
  nearBracketed: 'info [at] x ',
  nearSpelled: 'info at x dot ',
  nearPhone: '+358 40 123 ',
  nearTrunk: '09 123 4567 ',
  nearPrice: '1 234,',
  nearPriceSign: '€',
  nearPostcode: '00100 ',
  nearUkPostcode: 'SW1A 1A ',
  nearUsTown: 'Springfield, I ',
  nearUrl: '//a.',
  nearUrlScheme: 'http://',
  nearRating: '4,5 / ',
  nearReviewCount: '1 2 ',
  nearReward: '10 ',
  nearGoogleId: "'GTM-",
  nearContactPath: '/contact-a',
  nearConsentFile: 'cookieconsent',
  nearLabel: '!',
  nearShareLabel: ':',
  nearBookingLabel: '.a',
  nearQuote: ' - A',
  nearLegalName: 'Muster ',
  nearCompanyId: 'Y-tunnus ',
  nearGiveGet: 'give 1 ',
};

/** `unit` repeated to `size` characters. */
export function run(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A page that puts the same hostile run in every place collectors read: visible text, a hidden
 * block (raw textContent), headings, buttons, link text and href, form fields, image attributes,
 * class and style, onclick, inline scripts, JSON-LD, noscript, meta content and script src.
 * Each place gets `size / places` characters, so the page is about `size` long.
 */
export function hostilePage(unit: string, size: number, inText = true): string {
  const places = 16;
  // A different character at both ends: many patterns fail only on what follows a run ("!!!…!a").
  const part = `z${run(unit, Math.floor(size / places))}z`;
  const a = escapeAttr(part);
  // Left out of rendered text when the page index itself cannot take the run (see linear-patterns.test.ts).
  const t = inText ? escapeText(part) : 'z';
  const json = JSON.stringify(part).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><title>${t.slice(0, 1000)}</title>
<meta name="description" content="${a}"><meta property="x" content="https://example.fi/${a}">
<script src="https://example.fi/${a}.js"></script><script src="https://example.fi/${a}"></script>
<script>var s = ${json};</script>
<script type="application/ld+json">{"@type":"Product","name":${json},"paymentAccepted":${json}}</script>
</head><body>
<p>${t}</p>
<div hidden>${t}</div>
<h2>${t}</h2>
<footer class="footer contact">${t}</footer>
<button aria-label="${a}">${t}</button>
<a href="https://example.fi/${a}">${t}</a>
<a href="mailto:${a}" title="${a}">x</a>
<form action="/${a}" class="${a}"><input name="${a}" placeholder="${a}" value="${a}"><input type="email" id="${a}"><textarea></textarea><label>${t}</label></form>
<img src="/${a}.png" alt="${a}" title="${a}" data-src="https://example.fi/${a}">
<div class="${a} rating cookie" style="background:url(${a})" onclick="${a}" data-cfemail="${a}">${t}</div>
<section><blockquote>${t}</blockquote><blockquote class="quote">${t.slice(0, 500)}</blockquote></section>
<noscript>${t}</noscript>
<span class="phone">${t}</span><address>${t}</address>
</body></html>`;
}

/** The run cut into short lines in many small elements: detectors that only read lines, labels,
 *  headings or quotes up to a few hundred characters get as many of them as the page holds. */
export function hostileLines(unit: string, size: number): string {
  const kinds = [
    (t: string) => `<li>${t}</li>`,
    (t: string) => `<h3>${t.slice(0, 70)}</h3>`,
    (t: string) => `<a href="/${escapeAttr(t.slice(0, 40))}">${t.slice(0, 50)}</a>`,
    (t: string) => `<button title="${escapeAttr(t)}">${t.slice(0, 35)}</button>`,
    (t: string) => `<section><blockquote>${t}</blockquote></section>`,
    (t: string) => `<p class="rating price">${t.slice(0, 75)}</p>`,
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = escapeText(`z${run(unit, 100 + (i % 5) * 40)}z`);
    const html = kinds[i % kinds.length]!(line);
    parts.push(html);
    length += html.length;
  }
  return `<!doctype html><html lang="en"><head><title>t</title></head><body><ul>${parts.join('\n')}</ul></body></html>`;
}
