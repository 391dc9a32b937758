// Measured page facts: no judgement, only what the document says about itself.
import type { PageFacts } from '../engine/facts';
import { clip, LIMITS } from '../engine/limits';

const attr = (doc: Document, selector: string, name: string, max: number): string | null => {
  const value = doc.querySelector(selector)?.getAttribute(name);
  return value === null || value === undefined ? null : clip(value.trim(), max);
};

/** `address` overrides the document's own URL: a fetched page parsed inert lives nowhere. */
export function collectPageFacts(doc: Document, address?: string): PageFacts {
  const url = address ?? doc.URL ?? '';
  return {
    url: clip(url, LIMITS.url),
    https: url.startsWith('https:'),
    contentType: clip(doc.contentType ?? 'text/html', LIMITS.contentType),
    title: clip((doc.querySelector('title')?.textContent ?? '').slice(0, LIMITS.title * 4).replace(/\s+/g, ' ').trim(), LIMITS.title),
    description: attr(doc, 'meta[name="description" i]', 'content', LIMITS.description),
    h1: [...doc.querySelectorAll('h1')].slice(0, LIMITS.h1Count).map((h) => clip((h.textContent ?? '').slice(0, LIMITS.h1 * 4).replace(/\s+/g, ' ').trim(), LIMITS.h1)),
    lang: attr(doc, 'html', 'lang', LIMITS.lang),
    viewport: attr(doc, 'meta[name="viewport" i]', 'content', LIMITS.viewport),
  };
}
