// Measured page facts: no judgement, only what the document says about itself.
import type { PageFacts } from '../engine/facts';
import { clip } from './found';

/** An attribute, clipped to what the facts schema allows for it (`lang` is short: 40). */
const attr = (doc: Document, selector: string, name: string, max = 290): string | null => {
  const value = doc.querySelector(selector)?.getAttribute(name);
  return value === null || value === undefined ? null : clip(value.trim(), max);
};

export function collectPageFacts(doc: Document): PageFacts {
  const url = doc.URL ?? '';
  return {
    url: clip(url, 4000),
    https: url.startsWith('https:'),
    contentType: clip(doc.contentType ?? 'text/html', 90),
    title: clip((doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim(), 490),
    description: attr(doc, 'meta[name="description" i]', 'content'),
    h1: [...doc.querySelectorAll('h1')].slice(0, 20).map((h) => clip((h.textContent ?? '').replace(/\s+/g, ' ').trim(), 290)),
    lang: attr(doc, 'html', 'lang', 40),
    viewport: attr(doc, 'meta[name="viewport" i]', 'content'),
  };
}
