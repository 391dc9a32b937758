// Ways to break a page: on its markup before parsing (broken entities, unclosed tags, cut-off files)
// and on the parsed tree (delete, duplicate, swap and nest subtrees, splice tags and attributes, huge
// values, deep nesting, giant JSON-LD, odd scripts, forms with thousands of fields).
import type { Rng } from './prng';
import { brokenEntity, CUE_WORDS, hugeRun, oddUnicode, SHAPES, value } from './values';

export interface Mutation<T> {
  name: string;
  /** How often it is picked, relative to the others. */
  weight: number;
  apply(target: T, rng: Rng): T | void;
}

const TAGS = ['div', 'span', 'p', 'a', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'ul', 'li', 'h1', 'h2', 'h3', 'h6', 'button', 'form', 'input', 'textarea', 'select', 'option', 'label', 'img', 'svg', 'title', 'use', 'iframe', 'script', 'noscript', 'template', 'address', 'blockquote', 'cite', 'figure', 'figcaption', 'table', 'td', 'legend', 'summary', 'details', 'area', 'amp-analytics', 'amp-social-share', 'object', 'style', 'meta', 'link', 'x-custom', 'math', 'br'];
const ATTRS = ['class', 'id', 'href', 'src', 'data-src', 'alt', 'title', 'aria-label', 'style', 'onclick', 'type', 'role', 'itemprop', 'itemtype', 'data-cfemail', 'data-mailto-token', 'data-rating', 'data-score', 'aria-valuenow', 'action', 'name', 'placeholder', 'value', 'hidden', 'content', 'rel', 'property', 'lang', 'width', 'height', 'autocomplete', 'config', 'xlink:href', 'data-icon', 'data-share', 'aria-hidden', '@click', 'data-bv-show', 'data-widget-id'];
const SCRIPT_TYPES = ['application/ld+json', 'application/LD+JSON; charset=utf-8', 'module', 'text/template', 'application/json', 'text/x-magento-init', '', ' ', 'ld+json', 'text/plain', '\u0000'];
const INPUT_TYPES = ['text', 'email', 'tel', 'search', 'password', 'hidden', 'submit', 'checkbox', 'radio', 'date', 'time', 'number', '', 'weird'];

/** document.head or .body; null without a root element, where linkedom's getters throw (browsers return null). */
function part(doc: Document, name: 'head' | 'body'): Element | null {
  return doc.documentElement ? doc[name] : null;
}

function elements(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')];
}

function randomElement(doc: Document, rng: Rng): Element | null {
  const all = elements(doc);
  return all.length > 0 ? rng.pick(all) : null;
}

/** An element of a random tag with a few random attributes and some text. */
export function randomTag(doc: Document, rng: Rng): Element {
  const el = doc.createElement(rng.pick(TAGS));
  for (let i = rng.int(4); i > 0; i--) setAttribute(el, rng.pick(ATTRS), value(rng));
  if (rng.chance(0.7)) el.appendChild(doc.createTextNode(value(rng)));
  return el;
}

function setAttribute(el: Element, name: string, text: string): void {
  try {
    el.setAttribute(name, text);
  } catch {
    // A name the DOM refuses ("xlink:href" in some builds) is no case.
  }
}

function insertAnywhere(doc: Document, rng: Rng, node: Node): void {
  const parent = randomElement(doc, rng) ?? doc.documentElement;
  if (!parent) return;
  const children = [...parent.childNodes];
  parent.insertBefore(node, children.length > 0 && rng.chance(0.7) ? rng.pick(children) : null);
}

const contains = (a: Node, b: Node) => a === b || a.contains(b);

/** JSON-LD that a page may well carry: huge arrays, deep nesting, invalid text, odd value types. */
function jsonLdText(rng: Rng): string {
  const kinds: (() => string)[] = [
    () => JSON.stringify(Array.from({ length: rng.chance(0.3) ? 300_000 : rng.between(1, 5000) }, (_, i) => ({ '@type': rng.pick(['Product', 'Review', 'FAQPage', 'Article', 7, null]), name: `n${i}` }))),
    () => `${'['.repeat(10_000)}{"@type":"FAQPage"}${']'.repeat(10_000)}`,
    () => `${'{"a":'.repeat(rng.between(10, 3000))}{"@type":"Review"}${'}'.repeat(3000)}`,
    () => JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': ['Organization', 5, null, { x: 1 }], paymentAccepted: rng.pick([value(rng), 5, null, ['Visa'], { a: 1 }]) }, null, 'x', 7] }),
    () => JSON.stringify({ '@type': 'Product', aggregateRating: rng.pick([null, 'x', 5, { ratingValue: value(rng) }]), offers: { price: value(rng) } }),
    () => rng.pick(['{', '{"@type":', 'null', '"string"', '42', 'true', '[]', '{"__proto__":{"@type":"FAQPage"}}', '{"constructor":{"prototype":{}}}', '\u0000', '']),
    () => JSON.stringify({ '@type': 'Article', name: hugeRun(rng, 200_000) }),
  ];
  return rng.pick(kinds)();
}

export const DOM_MUTATIONS: readonly Mutation<Document>[] = [
  { name: 'delete', weight: 10, apply: (doc, rng) => randomElement(doc, rng)?.remove() },
  {
    name: 'duplicate', weight: 8, apply: (doc, rng) => {
      const el = randomElement(doc, rng);
      if (!el?.parentNode || el === doc.documentElement) return;
      // Copies up to some 20,000 elements or 2 MB of text: the page grows, but not into millions of nodes or
      // tens of megabytes, whose cost is linkedom's parse and walk rather than a collector's.
      const size = el.querySelectorAll('*').length + 1;
      const text = (el.textContent ?? '').length + 1;
      const copies = Math.min(rng.chance(0.2) ? rng.between(20, 300) : 1, Math.ceil(20_000 / size), Math.ceil(2_000_000 / text));
      for (let i = copies; i > 0; i--) el.parentNode.insertBefore(el.cloneNode(true), el);
    },
  },
  {
    name: 'swap', weight: 6, apply: (doc, rng) => {
      const a = randomElement(doc, rng);
      const b = randomElement(doc, rng);
      if (!a?.parentNode || !b?.parentNode || contains(a, b) || contains(b, a)) return;
      const marker = doc.createComment('');
      a.parentNode.replaceChild(marker, a);
      b.parentNode.replaceChild(a, b);
      marker.parentNode!.replaceChild(b, marker);
    },
  },
  {
    name: 'nest', weight: 6, apply: (doc, rng) => {
      const el = randomElement(doc, rng);
      const into = randomElement(doc, rng);
      if (!el?.parentNode || !into || contains(el, into)) return;
      if (rng.chance(0.5)) into.appendChild(el);
      else {
        const wrapper = randomTag(doc, rng);
        el.parentNode.replaceChild(wrapper, el);
        wrapper.appendChild(el);
      }
    },
  },
  { name: 'spliceTag', weight: 12, apply: (doc, rng) => insertAnywhere(doc, rng, randomTag(doc, rng)) },
  {
    name: 'attribute', weight: 12, apply: (doc, rng) => {
      const el = randomElement(doc, rng);
      if (el) setAttribute(el, rng.pick(ATTRS), value(rng));
    },
  },
  {
    name: 'hugeAttribute', weight: 3, apply: (doc, rng) => {
      const el = randomElement(doc, rng);
      if (el) setAttribute(el, rng.pick(ATTRS), hugeRun(rng, 1_000_000));
    },
  },
  { name: 'hugeText', weight: 3, apply: (doc, rng) => insertAnywhere(doc, rng, doc.createTextNode(hugeRun(rng, 1_000_000))) },
  { name: 'oddUnicode', weight: 6, apply: (doc, rng) => insertAnywhere(doc, rng, doc.createTextNode(oddUnicode(rng, rng.between(1, 2000)))) },
  {
    name: 'deepNesting', weight: 2, apply: (doc, rng) => {
      const top = doc.createElement(rng.pick(['div', 'span', 'a', 'li', 'section', 'footer', 'form']));
      let node = top;
      for (let i = 0; i < 10_000; i++) node = node.appendChild(doc.createElement(rng.pick(['div', 'span', 'b', 'section', 'p'])));
      node.appendChild(doc.createTextNode(`${rng.pick(CUE_WORDS)} ${rng.pick(SHAPES)}`));
      insertAnywhere(doc, rng, top);
    },
  },
  {
    name: 'jsonLd', weight: 4, apply: (doc, rng) => {
      const script = doc.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.textContent = jsonLdText(rng);
      (part(doc, rng.chance(0.5) ? 'head' : 'body') ?? doc.documentElement)?.appendChild(script);
    },
  },
  {
    name: 'oddScript', weight: 5, apply: (doc, rng) => {
      const script = doc.createElement('script');
      if (rng.chance(0.7)) script.setAttribute('type', rng.pick(SCRIPT_TYPES));
      if (rng.chance(0.4)) script.setAttribute('src', rng.pick([value(rng), 'javascript:x', 'data:,x', '//', 'http://[::1', 'https://www.googletagmanager.com/gtm.js?id=GTM-X', '']));
      else script.textContent = rng.chance(0.5) ? `var a = ${JSON.stringify(value(rng))}; fbq('init', '1'); gtag('config', 'G-ABCDEFGH12');` : hugeRun(rng, 300_000);
      insertAnywhere(doc, rng, script);
    },
  },
  {
    name: 'manyFields', weight: 2, apply: (doc, rng) => {
      const form = doc.createElement('form');
      setAttribute(form, 'action', value(rng));
      for (let i = rng.between(1000, 5000); i > 0; i--) {
        const input = doc.createElement(rng.chance(0.8) ? 'input' : rng.pick(['textarea', 'select', 'label', 'button']));
        setAttribute(input, 'type', rng.pick(INPUT_TYPES));
        setAttribute(input, 'name', rng.pick(['email', 'phone', 'message', 'q', 'password', `f${i}`]));
        form.appendChild(input);
      }
      insertAnywhere(doc, rng, form);
    },
  },
  {
    name: 'manyLinks', weight: 2, apply: (doc, rng) => {
      const nav = doc.createElement('nav');
      for (let i = rng.between(500, 3000); i > 0; i--) {
        const a = doc.createElement('a');
        setAttribute(a, 'href', rng.pick(['tel:+358401234567', 'mailto:a@b.fi', '#', '/contact', 'https://wa.me/?text=x', `/${value(rng)}`, value(rng)]));
        a.textContent = rng.pick(CUE_WORDS);
        nav.appendChild(a);
      }
      insertAnywhere(doc, rng, nav);
    },
  },
  {
    name: 'template', weight: 2, apply: (doc, rng) => {
      const template = doc.createElement('template');
      template.innerHTML = `<a href="${rng.pick(['/account', '/login', value(rng)]).replace(/"/g, '')}">${rng.pick(CUE_WORDS)}</a>`;
      insertAnywhere(doc, rng, template);
    },
  },
  { name: 'removeBody', weight: 1, apply: (doc) => (part(doc, 'body') ?? doc.documentElement)?.remove() },
];

export const HTML_MUTATIONS: readonly Mutation<string>[] = [
  { name: 'brokenEntity', weight: 4, apply: (html, rng) => splice(html, rng, brokenEntity(rng)) },
  { name: 'unclosedTag', weight: 4, apply: (html, rng) => splice(html, rng, rng.pick(['<div>', '<p><a href="', '<a href=x>', '<table><td>', '<script>', '<style>', '<!--', '<![CDATA[', '<?xml x?>', '</body>', '</html><p>', '<svg><title>', '<textarea>', '<select><option>'])) },
  { name: 'cutOff', weight: 2, apply: (html, rng) => html.slice(0, rng.int(html.length)) },
  { name: 'randomChars', weight: 3, apply: (html, rng) => splice(html, rng, Array.from({ length: rng.between(1, 50) }, () => rng.pick(['<', '>', '"', "'", '=', '&', '/', '\u0000', ' ', 'a', '\n'])).join('')) },
  { name: 'oddUnicode', weight: 3, apply: (html, rng) => splice(html, rng, oddUnicode(rng, rng.between(1, 100))) },
];

function splice(html: string, rng: Rng, insert: string): string {
  const at = rng.int(html.length + 1);
  return html.slice(0, at) + insert + html.slice(at);
}

export function pickWeighted<T>(rng: Rng, items: readonly Mutation<T>[]): Mutation<T> {
  const total = items.reduce((sum, m) => sum + m.weight, 0);
  let roll = rng.next() * total;
  for (const item of items) if ((roll -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}
