// One fuzz case: a fixture page (or a random one) broken by a few mutations, rebuilt exactly from
// the run seed and the case number.
import { htmlDocument } from '../../tests/support/dom';
import { DOM_MUTATIONS, HTML_MUTATIONS, pickWeighted, randomTag } from './mutations';
import { caseSeed, createRng, type Rng } from './prng';

export interface Seed {
  name: string;
  html: string;
}

export interface FuzzCase {
  index: number;
  seed: number;
  source: string;
  url: string;
  mutations: string[];
  doc: Document;
}

const URLS = ['https://example.fi/', 'http://shop.example.de/de/produkt?id=1#x', 'file:///tmp/page.html', 'about:blank', '', 'not a url', 'https://xn--n3h.example/%E0%A4%A/..', 'http://localhost:8080/a/b/c/'];

/** A page of random elements, up to `nodes` of them, nested at random. */
function randomDocument(rng: Rng, url: string): Document {
  const doc = htmlDocument('<!doctype html><html><head><title>t</title></head><body></body></html>', url);
  const parents: Element[] = [doc.body];
  for (let i = rng.between(1, 400); i > 0; i--) {
    const el = randomTag(doc, rng);
    rng.pick(parents).appendChild(el);
    if (parents.length < 200) parents.push(el);
  }
  return doc;
}

export function buildCase(runSeed: number, index: number, seeds: readonly Seed[]): FuzzCase {
  const seed = caseSeed(runSeed, index);
  const rng = createRng(seed);
  const url = rng.pick(URLS);
  const mutations: string[] = [];
  let doc: Document;
  let source = 'random';
  if (seeds.length === 0 || rng.chance(0.1)) doc = randomDocument(rng, url);
  else {
    const page = rng.pick(seeds);
    source = page.name;
    let html = page.html;
    for (let i = rng.chance(0.3) ? rng.between(1, 3) : 0; i > 0; i--) {
      const mutation = pickWeighted(rng, HTML_MUTATIONS);
      mutations.push(`html:${mutation.name}`);
      html = mutation.apply(html, rng) ?? html;
    }
    doc = htmlDocument(html, url);
  }
  for (let i = rng.between(1, 8); i > 0; i--) {
    const mutation = pickWeighted(rng, DOM_MUTATIONS);
    mutations.push(mutation.name);
    mutation.apply(doc, rng);
  }
  return { index, seed, source, url, mutations, doc };
}
