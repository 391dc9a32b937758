import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { Budget, runNow } from '../../collectors/budget';
import { buildIndex, elementText, INDEX_CAPS } from '../../collectors/page-index';
import { htmlDocument, page } from '../support/dom';

describe('page index: trees beyond the light DOM', () => {
  it('reads open shadow roots: a web component’s phone, email and contact link', () => {
    const doc = htmlDocument(page('<site-footer></site-footer><p>Tervetuloa</p>', '', 'fi'));
    const host = doc.querySelector('site-footer')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<footer><p>Soita: <a href="tel:+358401234567">040 123 4567</a></p><a href="mailto:myynti@yritys.fi">myynti@yritys.fi</a><a href="/yhteystiedot">Ota yhteyttä</a></footer>';
    const facts = collectFacts(doc);
    expect(facts.assets['contact.phone']!.present).toBe('content');
    expect(facts.assets['contact.email']!.present).toBe('content');
    expect(facts.assets['contact.form']!.present).toBe('link');
  });

  it('reads declarative shadow roots left in their template (an inert document)', () => {
    const doc = htmlDocument(page('<x-contact><template shadowrootmode="open"><p>Email <a href="mailto:hello@shop.example">hello@shop.example</a></p></template></x-contact>'));
    expect(collectFacts(doc).assets['contact.email']!.present).toBe('content');
  });

  it('asks the given reader for closed roots, and survives a reader that throws', () => {
    const doc = htmlDocument(page('<x-card></x-card><x-bad></x-bad>'));
    const closed = doc.querySelector('x-card')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<a href="https://www.instagram.com/kahvila.example/">Instagram</a>';
    const reader = (el: Element) => {
      if (el.localName === 'x-bad') throw new Error('no access');
      return el.localName === 'x-card' ? closed : null;
    };
    expect(collectFacts(doc).assets['social.profiles']!.present).toBe('none');
    const facts = collectFacts(doc, { shadowRootOf: reader });
    expect(facts.errors).toEqual([]);
    expect(facts.assets['social.profiles']!.items).toContain('instagram');
  });

  it('counts a form builder’s iframe as a contact form, by its host', () => {
    const facts = collectFacts(htmlDocument(page('<h2>Pyydä tarjous</h2><iframe src="https://form.jotform.com/231234567890"></iframe>', '', 'fi')));
    expect(facts.assets['contact.form']).toMatchObject({ present: 'content', items: ['jotform'] });
    const video = collectFacts(htmlDocument(page('<iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="https://docs.google.com/document/d/x"></iframe>')));
    expect(video.assets['contact.form']!.present).toBe('none');
  });

  it('counts a booking vendor’s iframe as booking on the page', () => {
    const facts = collectFacts(htmlDocument(page('<h2>Ajanvaraus</h2><iframe src="https://calendly.com/klinikka/30min"></iframe>', '', 'fi')));
    expect(facts.assets['contact.booking']).toMatchObject({ present: 'content', items: ['calendly'] });
  });
});

describe('page index: text as laid out', () => {
  const textOf = (body: string) => runNow(buildIndex(htmlDocument(page(body)), new Budget())).text;
  it('keeps apart leaf spans that a flex column lays out apart, so an address and an id read as such', () => {
    const body = '<div class="flex-column"><span>Example.nl</span><span>Collse Weide 26</span><span>5674 VN Nuenen</span><span>Nederland</span><span>KVK nummer: 82370516</span></div>';
    expect(textOf(body)).toBe('Example.nl Collse Weide 26 5674 VN Nuenen Nederland KVK nummer: 82370516');
    const facts = collectFacts(htmlDocument(page(`<footer>${body}</footer>`, '', 'nl')));
    expect(facts.assets['trust.company']!.present).toBe('content');
    expect(facts.assets['contact.address']!.present).toBe('content');
  });
  it('keeps a price\'s parts, a styled letter and words split by markup joined', () => {
    expect(textOf('<p><span class="int">1 295</span><sup>00</sup> €</p>')).toBe('1 29500 €');
    expect(textOf('<h2><span class="drop">W</span><span>elcome home</span></h2>')).toBe('Welcome home');
    expect(textOf('<p>Stra<b>ß</b>e</p>')).toBe('Straße');
    expect(textOf('<p><span>12</span><span>,99</span></p>')).toBe('12,99');
  });
});

describe('page index: a link\'s words', () => {
  it('adds a title or aria-label only where it says more than the text', () => {
    const doc = htmlDocument(page('<a id="a" href="/x" title="Tietoa meistä">Tietoa meistä</a><a id="b" href="/y" title="Lue lisää palveluista">Palvelut</a><a id="c" href="/z" aria-label="Kori"><img alt="Kori"></a>'));
    expect(elementText(doc.getElementById('a')!).trim()).toBe('Tietoa meistä');
    expect(elementText(doc.getElementById('b')!)).toBe('Palvelut Lue lisää palveluista');
    expect(elementText(doc.getElementById('c')!).trim()).toBe('Kori');
  });
  it('reads a line break inside a link as a space between its words', () => {
    const doc = htmlDocument(page('<a id="a" href="/espace-membre/"><span class="icon"></span><span>Espace<br>membre</span></a>'));
    expect(elementText(doc.getElementById('a')!).replace(/\s+/g, ' ').trim()).toBe('Espace membre');
  });
});

describe('page index: hostile sizes', () => {
  it('keeps a JSON-LD array of 300,000 items from breaking the index', () => {
    const items = `[${Array.from({ length: 300_000 }, () => '{"@type":"Thing"}').join(',')}]`;
    const facts = collectFacts(htmlDocument(page('<p>x</p>', `<script type="application/ld+json">${items}</script>`)));
    expect(facts.errors).toEqual([]);
    expect(facts.scan!.skipped).toEqual([]);
  });

  it('stops the walk at the node budget and says the page was read in part', () => {
    const doc = htmlDocument(page(`${'<div><span>teksti</span></div>'.repeat(3000)}<a href="tel:+358401234567">040 123 4567</a>`));
    const budget = new Budget({ timeMs: 60_000, maxNodes: 1000, sliceMs: 30, walkShare: 0.6 });
    const facts = collectFacts(doc, { budget });
    expect(facts.scan).toMatchObject({ stoppedBy: 'nodes', truncated: true });
    expect(facts.errors).toEqual([]);
  });

  it('clips visible text at its cap instead of holding the whole of a giant page', () => {
    const doc = htmlDocument(page(`<p>${'sana '.repeat(250_000)}</p>`));
    const index = runNow(buildIndex(doc, new Budget()));
    expect(index.text.length).toBeLessThanOrEqual(INDEX_CAPS.text + INDEX_CAPS.tailText + 1);
    expect(index.truncated).toBe(true);
  });
});

describe('scan budget', () => {
  it('skips the steps left when time runs out and lists them', () => {
    let now = 0;
    // Each look at the clock moves it 1 s: the 8 s budget runs out a few steps in.
    const budget = new Budget(undefined, () => (now += 1000));
    const facts = collectFacts(htmlDocument(page('<h2>FAQ</h2>')), { budget });
    expect(facts.scan!.stoppedBy).toBe('time');
    expect(facts.scan!.skipped.length).toBeGreaterThan(0);
    const collected = Object.keys(facts.assets).length;
    expect(collected).toBeLessThan(29);
  });

  it('stops when its caller has gone', () => {
    const budget = new Budget();
    budget.cancel();
    const facts = collectFacts(htmlDocument(page('<h2>FAQ</h2>')), { budget });
    expect(facts.scan!.stoppedBy).toBe('cancelled');
    expect(facts.assets).toEqual({});
    expect(facts.scan!.skipped).toContain('phone');
  });

  it('times every step', () => {
    const facts = collectFacts(htmlDocument(page('<h2>FAQ</h2>')));
    expect(facts.scan!.timings.map((t) => t.step)).toEqual(expect.arrayContaining(['page', 'index', 'phone', 'testimonials', 'faq']));
    expect(facts.scan!.stoppedBy).toBeNull();
  });
});

describe('page index: a page too big to read whole', () => {
  it('still reads its footer: the address and company id at the very end', () => {
    const doc = htmlDocument(
      page(`<main>${'<div><span>tuote</span><a href="/t">Katso</a></div>'.repeat(5000)}</main><footer><p>Yritys Oy, Hämeenkatu 10, 33100 Tampere. Y-tunnus 1234567-8</p><a href="/tietosuoja">Tietosuojaseloste</a></footer>`, '', 'fi'),
    );
    const budget = new Budget({ timeMs: 60_000, maxNodes: 2000, sliceMs: 30, walkShare: 0.6 });
    const facts = collectFacts(doc, { budget });
    expect(facts.scan!.truncated).toBe(true);
    expect(facts.assets['trust.company']!.present).toBe('content');
    expect(facts.assets['trust.privacy']!.present).not.toBe('none');
  });
});

describe('scan budget: the walk’s share', () => {
  it('a walk that used its share of the time ends early without calling the whole scan stopped', () => {
    let now = 0;
    // The clock moves 10 ms a look: the walk's 60 % of 1 s runs out, the scan's full second does not.
    const budget = new Budget({ timeMs: 1000, maxNodes: 1_000_000, sliceMs: 30, walkShare: 0.6 }, () => (now += 10));
    const doc = htmlDocument(page('<div><span>x</span></div>'.repeat(20_000)));
    const index = runNow(buildIndex(doc, budget));
    expect(index.truncated).toBe(true);
    expect(budget.stoppedBy).toBeNull();
  });
});
