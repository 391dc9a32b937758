// Parses fixture HTML into a Document for collector tests, with the URL the page would have.
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string, url = 'https://example.fi/'): Document {
  const { document } = parseHTML(html);
  Object.defineProperty(document, 'URL', { value: url });
  Object.defineProperty(document, 'baseURI', { value: url });
  return document as unknown as Document;
}

/** Wraps body markup into a minimal page. */
export function page(body: string, head = '', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
