// The popup's site kind: the control near the top, and assets a kind is not judged on shown as not
// applicable (neutral) in the found lists, never as crosses. Rendered statically from our own fixture.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditView } from '../../components/AuditView';
import { LocaleContext } from '../../components/locale';
import { collectFacts } from '../../collectors';
import type { Locale } from '../../engine/rule';
import type { SiteKindId } from '../../engine/site-kind';
import { htmlDocument, page } from '../support/dom';

const CLINIC = `<header><a href="/">Hammaslääkäri Hymy</a><a href="/ajanvaraus">Varaa aika</a></header><main><h1>Hammaslääkäri</h1>
  <h2>Aukioloajat</h2><p>ma–pe 8–18</p></main><footer><p>Hämeenkatu 12, 33100 Tampere</p><a href="tel:+358401234567">040 123 4567</a></footer>`;
const facts = collectFacts(htmlDocument(page(CLINIC, '', 'fi'), 'https://hymy.example.fi/'));

function render(locale: Locale, kind: SiteKindId | null): Document {
  const html = renderToStaticMarkup(
    <LocaleContext.Provider value={locale}>
      <AuditView facts={facts} progress={null} keyPages={8} onKeyPagesChange={() => undefined} kind={kind} onKindChange={() => undefined} />
    </LocaleContext.Provider>,
  );
  return htmlDocument(`<!doctype html><html><body>${html}</body></html>`);
}

const row = (doc: Document, asset: string) => doc.querySelector(`[data-asset="${asset}"]`)!;

describe('site kind in the popup', () => {
  it('says the inferred kind and why, with every kind to choose from (en, fi)', () => {
    const en = render('en', null);
    const control = en.querySelector('[data-testid="site-kind"]')!;
    expect(control.getAttribute('data-kind')).toBe('service');
    expect(control.textContent).toMatch(/Site kind:/);
    expect(en.querySelector('[data-testid="site-kind-why"]')!.textContent).toMatch(/^\(because: online booking, opening hours/);
    expect([...en.querySelectorAll('[data-testid="site-kind-select"] option')].map((o) => o.textContent)).toEqual([
      'Online shop', 'Local service', 'B2B / SaaS', 'Publisher / content', 'Nonprofit / public body',
    ]);
    const fi = render('fi', null);
    expect(fi.querySelector('[data-testid="site-kind"]')!.textContent).toMatch(/Sivuston tyyppi:/);
    expect(fi.querySelector('[data-testid="site-kind-why"]')!.textContent).toMatch(/koska: ajanvaraus, aukioloajat/);
  });

  it('lists a shop’s assets as not applicable to a clinic, never as crosses', () => {
    const doc = render('en', null);
    for (const asset of ['commerce.cart', 'retention.loyalty', 'payment.methods']) {
      expect(row(doc, asset).getAttribute('data-applies'), asset).toBe('false');
      expect(row(doc, asset).className, asset).toContain('na');
      expect(row(doc, asset).textContent, asset).toContain('does not apply');
    }
    // What a clinic is judged on and lacks is still missing.
    expect(row(doc, 'proof.testimonials').className).toContain('no');
  });

  it('judged as a shop, the same facts show the shop’s assets as missing and the choice as the user’s', () => {
    const doc = render('en', 'shop');
    expect(doc.querySelector('[data-testid="site-kind"]')!.getAttribute('data-kind')).toBe('shop');
    expect(doc.querySelector('[data-testid="site-kind-why"]')!.textContent).toBe('(your choice; Polku inferred Local service)');
    expect(row(doc, 'commerce.cart').className).toContain('no');
    expect(row(doc, 'commerce.cart').getAttribute('data-applies')).toBe('true');
  });
});
