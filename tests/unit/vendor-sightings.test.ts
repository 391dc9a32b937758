// Vendors seen through loaders: every way a tool shows itself is tried on pages of our own, each with
// the traps that must not count (a vendor named in an article, a link to its home page, publisher ads).
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const facts = (body: string, head = '', resourceNames: string[] = []) => collectFacts(htmlDocument(page(body, head)), { resourceNames });
const asset = (id: AssetId, body: string, head = '', resourceNames: string[] = []) => facts(body, head, resourceNames).assets[id]!;

describe('loader lists and inline URLs', () => {
  // A shop platform's app loader: script URLs listed in an inline function, JSON-escaped.
  const LOADER = `<script>(function() { function asyncLoad() { var urls = ["https:\\/\\/cdn.reamaze.com\\/assets\\/reamaze-loader.js?shop=kauppa.myshopify.com","https:\\/\\/app.example-apps.io\\/x.js"];
for (var i = 0; i < urls.length; i++) { var s = document.createElement('script'); s.async = true; s.src = urls[i]; document.head.appendChild(s); } }
window.attachEvent ? window.attachEvent('onload', asyncLoad) : window.addEventListener('load', asyncLoad, false); })();</script>`;

  it('finds a tool in an app-loader list of script URLs', () => {
    const chat = asset('contact.chat', LOADER);
    expect(chat.present).toBe('script');
    expect(chat.items).toContain('reamaze');
    expect(chat.evidence.map((e) => e.text).join(' ')).toMatch(/inline URL/);
  });

  it('finds a tag parked by a consent manager in data-src', () => {
    expect(asset('measure.heatmap', '<script type="text/plain" data-cookieconsent="statistics" data-src="https://static.hotjar.com/c/hotjar-123.js?sv=6"></script>').items).toContain('hotjar');
  });

  it('does not take a link to the vendor’s home page or its name in an article for the tool', () => {
    const article = `<article><h1>Chat tools compared</h1><p>We tried Intercom, Tidio and Trengo, and looked at how Hotjar records sessions.
Trustpilot.com and Cookiebot came up too.</p><a href="https://www.hotjar.com/">Hotjar</a> <a href="https://trengo.com/pricing">Trengo prices</a></article>`;
    const found = facts(article).assets;
    expect(found['contact.chat']!.present).toBe('none');
    expect(found['measure.heatmap']!.present).toBe('none');
    expect(found['trust.consent']!.items).toEqual([]);
    expect(found['proof.reviews']!.items).not.toContain('trustpilot');
  });

  it('does not take a vendor named in a JSON data island for the tool', () => {
    const island = `<script type="application/json" id="__DATA__">{"post": {"title": "Why we left Intercom. For good", "body": "Hotjar is a heatmap tool. Trengo, too."}}</script>`;
    expect(asset('contact.chat', island).present).toBe('none');
    expect(asset('measure.heatmap', island).present).toBe('none');
  });
});

describe('inline configs and calls to a vendor’s global', () => {
  it('finds a chat configured by its settings object', () => {
    const chat = asset('contact.chat', `<script>window.zESettings = { webWidget: { launcher: { chatLabel: { '*': 'Apua' } } } };</script>`);
    expect(chat.items).toContain('zendesk');
    expect(chat.evidence[0]!.text).toMatch(/inline call: zESettings/);
  });

  it('finds a consent manager configured inline under its name', () => {
    const consent = asset('trust.consent', `<script>window.appConfig = { locale: "fr", didomi: {"apiKey": "0000-aaaa", "notice": {"position": "popup"}} };</script>`);
    expect(consent.present).toBe('script');
    expect(consent.evidence.map((e) => e.text).join(' ')).toMatch(/config key/);
  });

  it('finds a consent manager called from a link that reopens its settings', () => {
    const consent = asset('trust.consent', '<footer><a href="javascript:Cookiebot.renew()">Samtykke</a></footer>');
    expect(consent.present).toBe('script');
    expect(consent.evidence.map((e) => e.text).join(' ')).toMatch(/handler: Cookiebot/);
  });

  it('does not count an empty placeholder a platform declares for every shop', () => {
    expect(asset('measure.analytics', '<script>tc_vars = [];</script>').present).toBe('none');
    expect(asset('proof.reviews', '<script>window.klaviyoReviewsProductDesignMode = false</script>').present).toBe('none');
  });

  it('does not read a vendor’s name as a config key when its value is plain text', () => {
    expect(asset('trust.consent', '<script>var labels = { "didomi": "Didomi" };</script>').present).toBe('none');
  });
});

describe('frames, preloads, noscript pixels and resource timing', () => {
  it('finds a tool by the host of its frame', () => {
    expect(asset('contact.booking', '<iframe src="https://kauppa.checkfront.com/reserve/?inline=1"></iframe>').items).toContain('checkfront');
  });

  it('knows Tealium by the file name of its loader wherever it is served, not by a look-alike name', () => {
    expect(asset('measure.analytics', '', '<script src="/assets/analytics/utag.js"></script>').items).toContain('tealium');
    expect(asset('measure.analytics', '', '<script src="/assets/js/outage.js"></script><script src="/js/utag-polyfill.js"></script>').present).toBe('none');
  });

  it('knows a self-hosted Webtrends tag by its file name', () => {
    expect(asset('measure.analytics', '', '<script src="/template/ver1-0/js/webtrends/Webtrends.js"></script>').items).toContain('webtrends');
    expect(asset('measure.analytics', '', '<script src="/js/webtrends-report-viewer.js"></script>').present).toBe('none');
  });

  it('finds a preloaded script but not a preconnect hint', () => {
    expect(asset('contact.chat', '', '<link rel="preload" as="script" href="https://widget.trengo.eu/embed.js">').items).toContain('trengo');
    expect(asset('contact.chat', '', '<link rel="preconnect" href="https://widget.trengo.eu"><link rel="dns-prefetch" href="//widget.trengo.eu">').present).toBe('none');
  });

  it('finds an ad pixel in a noscript image', () => {
    expect(asset('measure.adPixels', '<noscript><img height="1" width="1" style="display:none" src="https://srv.stackadapt.com/conv?cid=abc"></noscript>').items).toContain('stackadapt');
  });

  it('finds a tool by a host in the page’s resource timing', () => {
    expect(asset('measure.heatmap', '', '', ['https://script.crazyegg.com/pages/scripts/0011/1917.js']).items).toContain('crazyegg');
  });

  it('does not take publisher ad serving for an ad pixel', () => {
    const publisher = `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script async src="https://static.criteo.net/js/ld/publishertag.js"></script>
<script src="https://widgets.outbrain.com/outbrain.js"></script><script src="https://example-d.openx.net/w/1.0/jstag"></script>
<script>window.Criteo = window.Criteo || {}; Criteo.events = Criteo.events || []; var googletag = googletag || {cmd: []};</script>`;
    expect(asset('measure.adPixels', publisher).present).toBe('none');
  });
});

describe('elements and meta names', () => {
  it('finds a consent platform by the banner element its rules know', () => {
    expect(asset('trust.consent', '<div id="cookiescript_injected"><p>x</p></div>').present).toBe('script');
  });

  it('finds a payment processor for the tools slice', () => {
    const tools = facts('<script src="https://js.stripe.com/v3/"></script>').tools!;
    expect(tools.payments?.items).toContain('stripe');
  });
});

describe('bounds', () => {
  it('reads a huge inline script only to its cap, and quickly', () => {
    const filler = 'var x = "a.b"; '.repeat(200_000);
    const start = performance.now();
    const chat = asset('contact.chat', `<script>${filler} Trengo.open();</script>`);
    expect(performance.now() - start).toBeLessThan(3000);
    // The call sits past the per-script cap: it is not read.
    expect(chat.present).toBe('none');
  });
});
