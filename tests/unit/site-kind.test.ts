// Site kinds: inferred from the facts of our own fixture pages (with tricky mixes), the checks that
// apply to each kind, a chosen kind re-scoring the same facts, and the kind in the JSON report.
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { currenciesIn } from '../../collectors/signals';
import { evaluateRule, runAudit } from '../../engine/audit';
import pricingVisible from '../../rules/pricing-visible';
import onlineBooking from '../../rules/online-booking';
import { facts as ruleFacts, found } from '../support/rule-tester';
import { DEFAULT_CONFIG, KIND_PROFILES, STAGE_IDS } from '../../engine/config';
import type { Facts } from '../../engine/facts';
import { ReportJsonSchema } from '../../engine/report-json';
import { inferSiteKind, SITE_KINDS, type SiteKindId } from '../../engine/site-kind';
import { reportRenderer } from '../../i18n/translate';
import { kindLine } from '../../i18n/site-kind';
import { toReportJson } from '../../engine/report-json';
import { RULES } from '../../rules';
import { htmlDocument, page } from '../support/dom';

const scan = (body: string, { head = '', lang = 'fi', url = 'https://example.fi/' } = {}) => collectFacts(htmlDocument(page(body, head, lang), url));
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => `<article><h2><a href="/uutiset/${i}">Uutinen ${i}</a></h2><time datetime="2026-11-${10 + i}">${10 + i}.11.</time></article>`).join('');

const SHOP = `
  <header><a href="/">Kauppa</a><nav><a href="/naiset">Naiset</a><a href="/miehet">Miehet</a></nav><a href="/ostoskori" aria-label="Ostoskori">Ostoskori (0)</a></header>
  <main><h1>Villasukat</h1><div class="product"><h2>Villasukka</h2><span class="price">19,90 €</span><button>Lisää ostoskoriin</button></div>
  <div class="product"><h2>Pipo</h2><span class="price">24,90 €</span><button>Lisää ostoskoriin</button></div></main>
  <footer><a href="/toimitusehdot">Toimitusehdot</a><a href="/palautukset">Palautukset</a><img alt="Visa" src="/visa.svg"><img alt="MobilePay" src="/mp.svg"><img alt="Klarna" src="/k.svg"></footer>`;

const CLINIC = `
  <header><a href="/">Hammaslääkäri Hymy</a><nav><a href="/hoidot">Hoidot</a><a href="/hinnasto">Hinnasto</a><a href="/ajanvaraus">Varaa aika</a><a href="/yhteystiedot">Yhteystiedot</a></nav></header>
  <main><h1>Hammaslääkäri Tampereen keskustassa</h1><p>Hammashoitoa koko perheelle.</p>
  <h2>Aukioloajat</h2><p>ma–pe 8–18</p></main>
  <footer><p>Hämeenkatu 12, 33100 Tampere</p><a href="tel:+358401234567">040 123 4567</a></footer>`;

/** A news site whose nav links to its own web shop. */
const PUBLISHER_WITH_SHOP = `
  <header><a href="/">Päivän Sanomat</a><nav><a href="/uutiset">Uutiset</a><a href="/urheilu">Urheilu</a><a href="https://kauppa.example.fi/">Kauppa</a><a href="https://kauppa.example.fi/ostoskori">Ostoskori</a><a href="/tilaa">Tilaa lehti</a></nav></header>
  <main>${articles(8)}<p class="byline">Teksti: <a rel="author" href="/toimittajat/maija">Maija Meikäläinen</a></p></main>
  <footer><a href="/tietosuoja">Tietosuoja</a></footer>`;

/** A restaurant that also takes orders online: a cart, but a local service. */
const RESTAURANT_ORDERING = `
  <header><a href="/">Ravintola Kulma</a><nav><a href="/ruokalista">Ruokalista</a><a href="/lounas">Lounas</a><a href="/poytavaraus">Varaa pöytä</a><a href="/tilaa">Tilaa verkosta</a><a href="/ostoskori">Ostoskori</a></nav></header>
  <main><h1>Ravintola Kulma</h1><h2>Päivän lounas</h2><p>Lohikeitto 12,50 €</p><button>Lisää ostoskoriin</button>
  <h2>Aukioloajat</h2><p>ma–la 11–22</p></main>
  <footer><p>Kauppakatu 3, 40100 Jyväskylä</p><a href="tel:+358141234567">014 123 4567</a></footer>`;

/** A SaaS company whose feature list says "cart" (abandoned-cart emails) and that links a pricing page. */
const SAAS_WITH_CART_WORD = `
  <header><a href="/">Mailflow</a><nav><a href="/features">Features</a><a href="/integrations">Integrations</a><a href="/integrations/shopping-cart">Shopping cart integrations</a><a href="/pricing">Pricing</a><a href="/customers">Case studies</a><a href="/demo">Request a demo</a></nav></header>
  <main><h1>Email automation for growing teams</h1><p>Recover sales with abandoned cart emails and win-back flows.</p>
  <section><h2>Pro</h2><p>€29 per user / month</p><a href="/signup">Start free trial</a></section></main>
  <footer><a href="/privacy">Privacy</a></footer>`;

/** An association whose donate form takes card and MobilePay payments. */
const NONPROFIT_DONATE_FORM = `
  <header><a href="/">Luonnonsuojeluyhdistys ry</a><nav><a href="/toiminta">Toiminta</a><a href="/jaseneksi">Liity jäseneksi</a><a href="/lahjoita">Lahjoita</a></nav></header>
  <main><h1>Suojellaan metsiä yhdessä</h1><form action="/lahjoita"><h2>Tee lahjoitus</h2><label>Summa <input name="amount"></label>
  <p>Maksa kortilla tai MobilePaylla</p><img alt="Visa" src="/v.svg"><img alt="MobilePay" src="/m.svg"><button>Lahjoita</button></form>
  <p>Vapaaehtoisena voit auttaa.</p></main>`;

const kindOf = (facts: Facts) => inferSiteKind(facts);

describe('inferring the kind of site', () => {
  it('a shop: cart, prices, payment methods, delivery and returns', () => {
    const kind = kindOf(scan(SHOP));
    expect(kind.inferred).toBe('shop');
    expect(kind.reasons.map((r) => r.messageId)).toContain('kind/cart');
    expect(kind.confidence).toBeGreaterThan(0.4);
  });

  it('a dental clinic: booking, opening hours, address and phone, its trade', () => {
    const kind = kindOf(scan(CLINIC));
    expect(kind.inferred).toBe('service');
    expect(kind.reasons.map((r) => r.messageId)).toEqual(expect.arrayContaining(['kind/booking', 'kind/openingHours']));
  });

  it('a publisher with a link to its shop stays a publisher', () => {
    const facts = scan(PUBLISHER_WITH_SHOP, { head: `${jsonLd({ '@type': 'NewsMediaOrganization', name: 'Päivän Sanomat' })}<meta property="og:type" content="website">` });
    expect(facts.assets['commerce.cart']?.present).not.toBe('none'); // its shop's cart is one click away
    const kind = kindOf(facts);
    expect(kind.inferred).toBe('publisher');
    expect(kind.reasons.map((r) => r.messageId)).toEqual(expect.arrayContaining(['kind/subscription', 'kind/datedArticles']));
  });

  it('a restaurant that takes orders online is a local service, and its delivery terms are judged', () => {
    const facts = scan(RESTAURANT_ORDERING);
    expect(facts.assets['commerce.cart']?.present).not.toBe('none');
    expect(kindOf(facts).inferred).toBe('service');
    const report = runAudit(facts, RULES);
    const delivery = report.stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'delivery-info')!;
    expect(delivery.outcome).not.toBe('na'); // it sells online: the rule's own condition holds
    const row = report.stages.find((s) => s.id === 'conversion')!.assets.find((a) => a.id === 'commerce.delivery')!;
    expect(row.applies).toBe(true);
  });

  it('a SaaS with a pricing page and the word "cart" is B2B / SaaS', () => {
    const facts = scan(SAAS_WITH_CART_WORD, { lang: 'en', url: 'https://mailflow.example.com/' });
    expect(facts.assets['commerce.cart']?.present).not.toBe('none'); // the word is taken for a cart link
    const kind = kindOf(facts);
    expect(kind.inferred).toBe('b2b');
    expect(kind.reasons.map((r) => r.messageId)).toEqual(expect.arrayContaining(['kind/demo', 'kind/perSeat']));
  });

  it('an association with a donate form that takes payment is a nonprofit, not a shop', () => {
    const facts = scan(NONPROFIT_DONATE_FORM);
    expect(facts.assets['payment.methods']?.present).not.toBe('none');
    const kind = kindOf(facts);
    expect(kind.inferred).toBe('nonprofit');
    expect(kind.reasons.map((r) => r.messageId)).toContain('kind/donate');
  });

  it('with no clear signs falls back to the default, with no confidence, and says so', () => {
    const kind = kindOf(scan('<main><h1>Tervetuloa</h1><p>Sivusto uudistuu pian.</p></main>'));
    expect(kind).toEqual({ inferred: 'service', confidence: 0, reasons: [{ messageId: 'kind/default', data: {} }] });
  });

  it('a close call between two kinds is not claimed', () => {
    // One weak shop sign (a cart link) against one weak service sign (opening hours).
    const kind = kindOf(scan('<a href="/ostoskori">Ostoskori</a><h2>Aukioloajat</h2>'));
    expect(kind.confidence).toBe(0);
  });
});

describe('checks per kind', () => {
  const ruleIds = new Set(STAGE_IDS.flatMap((s) => DEFAULT_CONFIG[s].rules.map((r) => r.id)));
  const assetIds = new Set(STAGE_IDS.flatMap((s) => DEFAULT_CONFIG[s].assets));

  it('profiles name only configured checks and listed assets', () => {
    for (const kind of SITE_KINDS) {
      const profile = KIND_PROFILES[kind];
      for (const id of [...profile.notApplicable, ...Object.keys(profile.weights)]) expect(ruleIds, `${kind}: ${id}`).toContain(id);
      for (const id of profile.assetsNotApplicable) expect(assetIds, `${kind}: ${id}`).toContain(id);
    }
  });

  it('marks the checks a kind is not judged on as not applicable, saying for which kind', () => {
    const facts = scan(SHOP);
    for (const kind of SITE_KINDS) {
      const findings = runAudit(facts, RULES, DEFAULT_CONFIG, { kind }).stages.flatMap((s) => s.findings);
      for (const f of findings) {
        if (f.messageId === 'engine/missingFacts') continue; // a check whose facts were not collected runs and says so
        if (KIND_PROFILES[kind].notApplicable.includes(f.ruleId)) expect(f, `${kind}: ${f.ruleId}`).toMatchObject({ outcome: 'na', messageId: `kind/notFor_${kind}`, score: null });
        else expect(f.messageId, `${kind}: ${f.ruleId}`).not.toMatch(/^kind\//);
      }
    }
  });

  it('a dental clinic does not lose retention for having no loyalty programme or account; a shop does', () => {
    const clinic = scan(CLINIC);
    const asService = runAudit(clinic, RULES);
    const retention = asService.stages.find((s) => s.id === 'retention')!;
    expect(retention.findings.filter((f) => f.ruleId !== 'newsletter-signup').every((f) => f.outcome === 'na')).toBe(true);
    expect(retention.assets.find((a) => a.id === 'retention.loyalty')!.applies).toBe(false);
    expect(asService.painPoints.map((p) => p.finding.ruleId)).not.toContain('loyalty-programme');

    // The same facts judged as a shop: the shop's checks apply even though no cart was found.
    const asShop = runAudit(clinic, RULES, DEFAULT_CONFIG, { kind: 'shop' });
    expect(asShop.siteKind).toMatchObject({ id: 'shop', inferred: 'service' });
    const shopFindings = asShop.stages.flatMap((s) => s.findings);
    for (const id of ['loyalty-programme', 'delivery-info', 'payment-methods']) expect(shopFindings.find((f) => f.ruleId === id)!.outcome, id).toBe('fail');
    expect(asShop.overall!).toBeLessThan(asService.overall!);
  });

  it('a shop is not judged on booking', () => {
    const report = runAudit(scan(SHOP), RULES);
    expect(report.siteKind.id).toBe('shop');
    const booking = report.stages.find((s) => s.id === 'conversion')!.assets.find((a) => a.id === 'contact.booking')!;
    expect(booking).toMatchObject({ applies: false });
  });

  it('weights follow the kind: a B2B site loses more for missing proof than a shop does', () => {
    const facts = scan(SAAS_WITH_CART_WORD, { lang: 'en', url: 'https://mailflow.example.com/' });
    const cost = (kind: SiteKindId) => runAudit(facts, RULES, DEFAULT_CONFIG, { kind }).painPoints.find((p) => p.finding.ruleId === 'customer-proof')?.cost ?? 0;
    expect(cost('b2b')).toBeGreaterThan(cost('shop'));
  });

  it('a quote form stands in for prices, in part, for B2B and local services only', () => {
    const quoteOnly = ruleFacts({ 'contact.form': found('content', [], [{ kind: 'content', text: 'Request a quote' }]) });
    expect(evaluateRule(pricingVisible, quoteOnly, { kind: 'b2b' })).toMatchObject({ outcome: 'pass', messageId: 'pricing-visible/substitute', score: 0.6 });
    expect(evaluateRule(pricingVisible, quoteOnly, { kind: 'service' })).toMatchObject({ outcome: 'pass', score: 0.6 });
    expect(evaluateRule(pricingVisible, quoteOnly, { kind: 'shop' })).toMatchObject({ outcome: 'fail', messageId: 'pricing-visible/missing' });
    expect(evaluateRule(pricingVisible, ruleFacts(), { kind: 'b2b' })).toMatchObject({ outcome: 'fail' });
    expect(evaluateRule(pricingVisible, ruleFacts({ 'offer.pricing': found() }), { kind: 'b2b' })).toMatchObject({ outcome: 'pass', messageId: 'pricing-visible/found', score: 1 });
  });

  it('online booking is judged for local services alone; an enquiry form stands in, in part', () => {
    const booking = ruleFacts({ 'contact.booking': found('link', [], [{ kind: 'link', text: 'Varaa aika', url: 'https://example.fi/ajanvaraus' }]) });
    const formOnly = ruleFacts({ 'contact.form': found('content', [], [{ kind: 'content', text: 'Lähetä viesti' }]) });
    expect(evaluateRule(onlineBooking, booking, { kind: 'service' })).toMatchObject({ outcome: 'pass', messageId: 'online-booking/found', score: 1 });
    expect(evaluateRule(onlineBooking, formOnly, { kind: 'service' })).toMatchObject({ outcome: 'pass', messageId: 'online-booking/substitute', score: 0.5 });
    expect(evaluateRule(onlineBooking, ruleFacts(), { kind: 'service' })).toMatchObject({ outcome: 'fail', messageId: 'online-booking/missing' });
    const outcome = (kind: SiteKindId) => runAudit(ruleFacts(), RULES, DEFAULT_CONFIG, { kind }).stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'online-booking')!.outcome;
    expect(outcome('service')).toBe('fail');
    for (const kind of ['shop', 'b2b', 'publisher', 'nonprofit'] as const) expect(outcome(kind), kind).toBe('na');
  });

  it('a missing fact never lets a check be waved through as not applicable', () => {
    const facts = scan(CLINIC);
    delete facts.assets['retention.loyalty'];
    const loyalty = runAudit(facts, RULES).stages.flatMap((s) => s.findings).find((f) => f.ruleId === 'loyalty-programme')!;
    expect(loyalty.outcome).toBe('error');
  });
});

describe('the kind in the report', () => {
  it('the JSON carries the kind used, the kind inferred and the reasons, and validates', () => {
    const facts = scan(SHOP);
    for (const chosen of [null, 'publisher'] as const) {
      const report = runAudit(facts, RULES, DEFAULT_CONFIG, { kind: chosen });
      const body = toReportJson(facts, report, 'en', reportRenderer('en'), '0.0.0');
      const json = { ...body, device: { kind: 'mobile' as const, width: 360, height: 800 }, timings: { totalMs: 1, phases: { scan: 1, keyPages: null, axe: null, rules: 1, lighthouse: null }, collectors: {} } };
      expect(ReportJsonSchema.safeParse(json).error).toBeUndefined();
      expect(json.siteKind).toMatchObject({ id: chosen ?? 'shop', inferred: 'shop' });
      expect(json.siteKind.reasons[0]).toMatchObject({ messageId: 'kind/cart', text: 'shopping cart' });
      if (chosen === 'publisher') expect(json.siteKind.assetsNotApplicable).toContain('proof.testimonials');
    }
  });

  it('says the kind and why in Finnish and English', () => {
    const kind = runAudit(scan(SHOP), RULES).siteKind;
    expect(kindLine('en', kind)).toMatch(/^Site kind: Online shop \(because: shopping cart, /);
    expect(kindLine('fi', kind)).toMatch(/^Sivuston tyyppi: Verkkokauppa \(koska: ostoskori, /);
    expect(kindLine('en', { ...kind, id: 'service' })).toBe('Site kind: Local service (your choice; Polku inferred Online shop)');
  });
});

describe('currencies of prices', () => {
  it('reads signs and codes beside numbers, Nordic crowns included', () => {
    expect(currenciesIn('Lounas 7,80 € · Buffet 115:- · Kaffe 25 kr · £9 delivery · USD 20')).toEqual(['EUR', 'GBP', 'USD', 'KR']);
    expect(currenciesIn('Preis: 12 EUR, 40 zł')).toEqual(['EUR', 'PLN']);
  });
  it('does not take words that end like a code for a price', () => {
    expect(currenciesIn('amateur 2 · europe 3 · kroner 5 · 3 euroopan maata')).toEqual([]);
  });
});

describe('signals of the key pages', () => {
  it('add their words and currencies to the site, but not their page types', async () => {
    const { mergeSignals } = await import('../../site/merge-signals');
    const start = scan('<a href="/hinnat">Hinnat</a><a href="/blogi">Blogi</a>');
    const pricing = scan('<h1>Hinnat</h1><p>Pro 29 € per käyttäjä / kk</p><a href="/demo">Pyydä demo</a>');
    const blog = scan(articles(6) + '<a rel="author" href="/a">Kirjoittaja</a>');
    const merged = mergeSignals(start.signals, [pricing, blog, null])!;
    expect(merged.cues).toEqual(expect.arrayContaining(['demo', 'perSeat']));
    expect(merged.cues).not.toContain('byline');
    expect(merged.datedArticles).toBe(0);
    expect(merged.currencies).toEqual(['EUR']);
    expect(mergeSignals(undefined, [pricing])).toBeUndefined();
  });
});
