// Bugs the fuzzer found in the collectors, each pinned by the smallest page that shows it.
import { describe, expect, it } from 'vitest';
import { detectPhone } from '../../collectors/contact/phone';
import { collectPageFacts } from '../../collectors/page-facts';
import { indexPage } from '../../collectors/page-index';
import { PageFactsSchema } from '../../engine/facts';
import { htmlDocument, page } from '../support/dom';

describe('found by fuzzing', () => {
  it('a long lang attribute is clipped to what the facts schema allows', () => {
    const facts = collectPageFacts(htmlDocument(`<html lang="${'fi-'.repeat(50)}"><body></body></html>`));
    expect(PageFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.lang!.length).toBeLessThanOrEqual(40);
  });

  it('a megabyte of postcodes does not make the phone detector read a label for each', () => {
    const doc = htmlDocument(page(`<p>${'a.Springfield, IL 62701'.repeat(45_000)}</p><p>Puh. 040 123 4567</p>`));
    const index = indexPage(doc);
    const start = performance.now();
    const found = detectPhone(index);
    // It took 4.6 s before: two cue scans over the label window of every 5-digit ZIP code.
    expect(performance.now() - start).toBeLessThan(1500);
    expect(found.result().present).toBe('content');
  });
});
