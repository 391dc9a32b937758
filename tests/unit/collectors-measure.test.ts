import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import type { AssetId } from '../../engine/assets';
import { htmlDocument, page } from '../support/dom';

const scan = (head: string, body = '', resourceNames: string[] = []) => collectFacts(htmlDocument(page(body, head)), { resourceNames }).assets;
const detection = (id: AssetId, head: string, body = '') => scan(head, body)[id]!;

const GA4 = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LM4ZPA"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QX2LM4ZPA');</script>`;
const GTM = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7P2QXB');</script>`;
const UA = `<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-1234567-1', 'auto'); ga('send', 'pageview');</script>`;
const META_PIXEL = `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '123456789012345'); fbq('track', 'PageView');</script>`;

describe('measure.analytics', () => {
  it('names Google Analytics 4, Tag Manager and Universal Analytics by their ids and loaders', () => {
    expect(detection('measure.analytics', GA4)).toMatchObject({ present: 'script', items: ['ga4'] });
    expect(detection('measure.analytics', GTM).items).toEqual(['gtm']);
    expect(detection('measure.analytics', UA).items).toEqual(['ua']);
  });
  it('finds Tag Manager from its noscript frame alone, and a tag a consent manager holds back', () => {
    const noscript = '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-WX4Q7TR" height="0" width="0"></iframe></noscript>';
    expect(detection('measure.analytics', '', noscript).items).toEqual(['gtm']);
    const gated = '<script type="text/plain" data-cookieconsent="statistics" data-src="https://www.googletagmanager.com/gtm.js?id=GTM-WX4Q7TR"></script>';
    expect(detection('measure.analytics', gated).items).toEqual(['gtm']);
  });
  it('recognises self-hosted Matomo and privacy-first tools', () => {
    const matomo = `<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); (function() { var u="//tilastot.yritys.fi/"; _paq.push(['setSiteId', '1']); })();</script>`;
    expect(detection('measure.analytics', matomo).items).toEqual(['matomo']);
    expect(detection('measure.analytics', '<script defer data-domain="yritys.fi" src="https://plausible.io/js/script.js"></script>').items).toEqual(['plausible']);
  });
  it('reads a tag library announced in a head attribute and a first-party tagging server', () => {
    expect(detection('measure.analytics', '<meta class="tag-library" data-library="//assets.adobedtm.com/launch-ABC123.min.js">').items).toEqual(['adobe']);
    expect(detection('measure.analytics', '<script async src="https://sgtm.kauppa.fi/gtm.js?id=GTM-P3K9WQ"></script>').items).toEqual(['gtm']);
  });
  it('sees tools the browser reported loading (resource timing)', () => {
    expect(scan('', '', ['https://cdn.matomo.cloud/yritys.matomo.cloud/matomo.js'])['measure.analytics']!.items).toEqual(['matomo']);
  });
  it('does not take connection hints, site verification or a Google Ads tag for analytics', () => {
    const hints = `<link rel="preconnect" href="https://www.googletagmanager.com"><link rel="dns-prefetch" href="https://static.hotjar.com">
<meta name="google-site-verification" content="UA-11070412-17"><meta http-equiv="Content-Security-Policy" content="script-src 'self' https://static.hotjar.com https://www.clarity.ms">`;
    expect(detection('measure.analytics', hints).present).toBe('none');
    expect(detection('measure.heatmap', hints).present).toBe('none');
    const adsOnly = `<script async src="https://www.googletagmanager.com/gtag/js?id=AW-987654321"></script><script>gtag('config', 'AW-987654321');</script>`;
    expect(detection('measure.analytics', adsOnly).present).toBe('none');
    expect(detection('measure.adPixels', adsOnly).items).toEqual(['googleads']);
  });
  it('does not read a product code shaped like an id outside a tag snippet', () => {
    expect(detection('measure.analytics', '<script>var product = {"sku": "G-ABCD1234XY", "name": "Villasukat"};</script>').present).toBe('none');
  });
});

describe('measure.heatmap', () => {
  it('finds Hotjar and Microsoft Clarity by snippet', () => {
    const hotjar = `<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234567,hjsv:6};
r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>`;
    expect(detection('measure.heatmap', hotjar)).toMatchObject({ present: 'script', items: ['hotjar'] });
    const clarity = `<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;})(window, document, "clarity", "script", "abcdef1234");</script>`;
    expect(detection('measure.heatmap', clarity).items).toEqual(['clarity']);
  });
  it('does not count an analytics-only page as recording sessions', () => {
    expect(detection('measure.heatmap', GA4).present).toBe('none');
  });
});

describe('measure.adPixels', () => {
  it('finds the Meta pixel by snippet and by its noscript image', () => {
    expect(detection('measure.adPixels', META_PIXEL)).toMatchObject({ present: 'script', items: ['meta'] });
    const img = '<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=123456789012345&ev=PageView&noscript=1"></noscript>';
    expect(detection('measure.adPixels', '', img).items).toEqual(['meta']);
  });
  it('names LinkedIn, TikTok, Pinterest, Microsoft and X tags', () => {
    const tags = `<script>_linkedin_partner_id = "1234567";</script>
<script>!function (w, d, t) { w.TiktokAnalyticsObject=t; var ttq=w[t]=w[t]||[]; ttq.load('C4ABCDEFGHIJ1234'); ttq.page(); }(window, document, 'ttq');</script>
<script src="https://s.pinimg.com/ct/core.js"></script><script src="https://bat.bing.com/bat.js"></script><script src="https://static.ads-twitter.com/uwt.js"></script>`;
    expect(detection('measure.adPixels', tags).items).toEqual(['pinterest', 'bing', 'x', 'linkedin', 'tiktok']);
  });
  it('does not count the Facebook login SDK, a preconnect or publisher ad serving as advertiser pixels', () => {
    const publisher = `<link rel="preconnect" href="https://connect.facebook.net">
<script src="https://connect.facebook.net/fi_FI/sdk.js#xfbml=1&version=v18.0"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script async src="https://static.criteo.net/js/ld/publishertag.js"></script>
<script src="https://widgets.outbrain.com/outbrain.js"></script>`;
    expect(detection('measure.adPixels', publisher).present).toBe('none');
  });
  it('names European retargeting and affiliate tags, also as a frame, but not a link to an affiliate network', () => {
    const tags = `<script src="https://www.dwin1.com/12345.js"></script><script src="https://tbs.tradedoubler.com/tp.js"></script>`;
    expect(detection('measure.adPixels', tags).items).toEqual(['awin', 'tradedoubler']);
    const frame = '<iframe src="https://eu1.creativecdn.com/tags?type=iframe&id=pr_abcdef" width="1" height="1" style="display:none"></iframe>';
    expect(detection('measure.adPixels', '', frame).items).toEqual(['rtbhouse']);
    expect(detection('measure.adPixels', '', '<a href="https://www.awin.com/fi">Kumppaniohjelmamme Awinissa</a>').present).toBe('none');
  });
  it('tells Criteo advertiser OneTag from its publisher tag', () => {
    expect(detection('measure.adPixels', '<script src="https://static.criteo.net/js/ld/ld.js"></script><script>window.criteo_q = window.criteo_q || [];</script>').items).toEqual(['criteo']);
  });
});
