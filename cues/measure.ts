// Measurement tools recognised by where their tags load from and the snippets they leave.
// Items follow the corpus vocabulary (ua, ga4, gtm, matomo, adobe, …; hotjar, clarity, …; meta, googleads, …).
import type { Vendor } from './vendors';

export interface TagVendor extends Vendor {
  /** When the host also serves things that are not this tool, the URL paths (with query) that are. */
  paths?: RegExp;
  /** Paths on a host of any owner (self-hosted tags), e.g. /matomo.js. */
  anyHostPaths?: RegExp;
}

/** Google's tag ids decide the item: one loader (gtag.js) serves analytics and ads. */
export const GOOGLE_TAG_IDS: readonly { item: string; asset: 'analytics' | 'adPixels'; id: RegExp }[] = [
  { item: 'gtm', asset: 'analytics', id: /^GTM-[A-Z0-9]{4,9}$/ },
  { item: 'ga4', asset: 'analytics', id: /^(?:G-[A-Z0-9]{8,12}|GT-[A-Z0-9]{7,12})$/ },
  { item: 'ua', asset: 'analytics', id: /^UA-\d{4,10}-\d{1,4}$/ },
  { item: 'googleads', asset: 'adPixels', id: /^(?:AW|DC)-\d{6,12}$/ },
];

export const ANALYTICS_VENDORS: readonly TagVendor[] = [
  { item: 'ua', hosts: ['google-analytics.com'], paths: /^\/(?:analytics|ga|urchin|u\/ga_debug|analytics_debug)\.js|^\/(?:r\/)?collect|^\/__utm\.gif/, markers: ['GoogleAnalyticsObject', '_gaq.push', '_gat._getTracker', "ga('create'", 'ga("create"', 'urchinTracker'] },
  { item: 'ga4', hosts: ['google-analytics.com'], paths: /^\/g\/collect/ },
  // Server-side tagging serves gtm.js from the site's own (sub)domain.
  { item: 'gtm', hosts: ['googletagmanager.com'], paths: /^\/(?:gtm\.js|ns\.html|amp\.json)/, anyHostPaths: /\/gtm\.js$/ },
  { item: 'matomo', hosts: ['matomo.cloud', 'innocraft.cloud', 'piwik.pro'], anyHostPaths: /\/(?:matomo|piwik)\.(?:js|php)(?:$|\?)/, markers: ['_paq.push', 'var _paq', '_mtm.push'] },
  { item: 'adobe', hosts: ['adobedtm.com', 'omtrdc.net', '2o7.net'], anyHostPaths: /\/(?:AppMeasurement|s_code|satelliteLib-[\w-]+)(?:\.min)?\.js/i, markers: ['s_gi(', '_satellite.pageBottom'] },
  { item: 'coremetrics', hosts: ['coremetrics.com', 'cmcore.com'], anyHostPaths: /\/eluminate\.js/, markers: ['cmCreatePageviewTag', 'cmSetClientID'] },
  { item: 'plausible', hosts: ['plausible.io'], anyHostPaths: /\/js\/plausible(?:\.[\w-]+)*\.js/ },
  { item: 'fathom', hosts: ['usefathom.com'] },
  { item: 'simpleanalytics', hosts: ['simpleanalyticscdn.com', 'scripts.simpleanalytics.com'] },
  { item: 'heap', hosts: ['heapanalytics.com', 'heap-api.com'], markers: ['heap.load('] },
  { item: 'segment', hosts: ['segment.com', 'segment.io'], markers: ['analytics.SNIPPET_VERSION'] },
  { item: 'mixpanel', hosts: ['mixpanel.com', 'mxpnl.com'], markers: ['mixpanel.init('] },
  { item: 'amplitude', hosts: ['amplitude.com'], markers: ['amplitude.getInstance(', 'amplitude.init('] },
  { item: 'quantcast', hosts: ['quantserve.com', 'quantcount.com'], markers: ['_qevents.push'] },
  { item: 'infonline', hosts: ['ioam.de', 'iocnt.net', 'infonline.de'], markers: ['iom.c(', 'IOMm('] },
  { item: 'cloudflare', hosts: ['cloudflareinsights.com'] },
  { item: 'alexa', hosts: ['alexametrics.com'], markers: ['_atrk_opts'] },
  { item: 'yandex', hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.yandex.by', 'mc.yandex.kz'], markers: ['yandex_metrika_callbacks'] },
  { item: 'snowplow', hosts: ['snowplowanalytics.com'], markers: ['GlobalSnowplowNamespace'] },
  { item: 'etracker', hosts: ['etracker.com', 'etracker.de'], markers: ['_etracker', 'et_eC_Wrapper'] },
  { item: 'econda', hosts: ['econda-monitor.de', 'econda.de'], markers: ['emosProps', 'econdaConfig'] },
  { item: 'webtrekk', hosts: ['webtrekk.net', 'wt-safetag.com', 'wt-eu02.net', 'mappcloud.com'], markers: ['webtrekkConfig', 'wt_sendinfo'] },
  { item: 'piano', hosts: ['xiti.com', 'ati-host.net', 'pa-cd.com', 'atinternet-solutions.com'], markers: ['ATInternet.Tracker', 'pa.setConfigurations'] },
  { item: 'siteimprove', hosts: ['siteimproveanalytics.com', 'siteimproveanalytics.io'] },
  { item: 'comscore', hosts: ['scorecardresearch.com'], markers: ['COMSCORE.beacon'] },
  { item: 'chartbeat', hosts: ['chartbeat.com', 'chartbeat.net'], markers: ['_sf_async_config'] },
  { item: 'parsely', hosts: ['parsely.com', 'parse.ly'] },
  { item: 'statcounter', hosts: ['statcounter.com'], markers: ['sc_project'] },
  { item: 'clicky', hosts: ['getclicky.com', 'staticstuff.net'] },
  { item: 'gemius', hosts: ['gemius.pl', 'hit.gemius.pl'], markers: ['pp_gemius_identifier'] },
  // Webtrends' tag, often self-hosted, reports to its collection host ("statse.webtrendslive.com").
  { item: 'webtrends', hosts: ['webtrendslive.com', 'webtrends.com'], markers: ['Webtrends.dcs(', 'WebTrends.dcs(', 'dcsMultiTrack('] },
  { item: 'hubspot', hosts: ['hs-analytics.net', 'hs-scripts.com'] },
  { item: 'jetpack', hosts: ['stats.wp.com'], markers: ['_stq.push'] },
  { item: 'umami', hosts: ['umami.is'] },
  { item: 'posthog', hosts: ['posthog.com'], markers: ['posthog.init('] },
  { item: 'vercel', hosts: ['vercel-scripts.com'], anyHostPaths: /^\/_vercel\/insights\// },
  { item: 'kissmetrics', hosts: ['kissmetrics.io', 'kissmetrics.com'], markers: ['_kmq.push'] },
  { item: 'woopra', hosts: ['woopra.com'] },
  { item: 'baidu', hosts: ['hm.baidu.com'] },
  { item: 'nielsen', hosts: ['imrworldwide.com'] },
  // Customer-data and marketing-analytics platforms European shops run beside (or instead of) GA.
  { item: 'exponea', hosts: ['exponea.com'], markers: ['exponea.start(', 'exponea.initialize('] },
  { item: 'exactag', hosts: ['exactag.com'] },
  // Kantar Sifo's audience measurement (Nordic publishers).
  { item: 'kantarsifo', hosts: ['research-int.se', 'sifomedia.se'] },
];

export const HEATMAP_VENDORS: readonly TagVendor[] = [
  { item: 'hotjar', hosts: ['hotjar.com', 'hotjar.io'], markers: ['_hjSettings', 'hjSiteSettings', 'hotJarId', 'hotjarId', 'hotjarSiteId'] },
  { item: 'clarity', hosts: ['clarity.ms'] },
  { item: 'mouseflow', hosts: ['mouseflow.com'], markers: ['_mfq.push', 'window._mfq'] },
  // Crazy Egg's older snippets load from its own CloudFront distribution.
  { item: 'crazyegg', hosts: ['crazyegg.com', 'dnn506yrbagrg.cloudfront.net'] },
  { item: 'luckyorange', hosts: ['luckyorange.com', 'luckyorange.net'], markers: ['__lo_site_id'] },
  { item: 'fullstory', hosts: ['fullstory.com'], markers: ["window['_fs_org']", '_fs_namespace'] },
  { item: 'smartlook', hosts: ['smartlook.com', 'smartlook.cloud'], markers: ["smartlook('init'"] },
  { item: 'contentsquare', hosts: ['contentsquare.net', 'contentsquare.com', 'clicktale.net'], markers: ['_uxa.push'] },
  { item: 'inspectlet', hosts: ['inspectlet.com'], markers: ['__insp.push'] },
  { item: 'logrocket', hosts: ['logrocket.com', 'lr-ingest.io', 'lr-in.com'], markers: ['LogRocket.init('] },
  { item: 'quantummetric', hosts: ['quantummetric.com'] },
  { item: 'decibel', hosts: ['decibelinsight.net'] },
  { item: 'sessioncam', hosts: ['sessioncam.com'] },
  { item: 'pagesense', hosts: ['pagesense.io'] },
  { item: 'plerdy', hosts: ['plerdy.com'] },
  { item: 'ptengine', hosts: ['ptengine.com', 'ptengine.jp'] },
  // Gemius' heatmap add-on (Central and Eastern Europe), set up inline beside its audience tag.
  { item: 'gemius', hosts: [], markers: ['gemiusHeatMap', 'ghmxy_identifier'] },
];

// Advertiser tags only. Publisher ad serving (AdSense pagead2, gpt.js / securepubads, Criteo publisher tag,
// Outbrain and Taboola widgets) shares some of these hosts and is left out by path.
export const AD_PIXEL_VENDORS: readonly TagVendor[] = [
  { item: 'meta', hosts: ['connect.facebook.net', 'facebook.com'], paths: /^\/[a-z_]+\/fbevents\.js|^\/signals\/|^\/tr\/?(?:$|\?)/i, markers: ["fbq('init'", 'fbq("init"'] },
  { item: 'googleads', hosts: ['googleadservices.com', 'googleads.g.doubleclick.net', 'google.com', 'fls.doubleclick.net', 'ad.doubleclick.net'], paths: /^\/pagead\/(?:conversion|viewthroughconversion|1p-conversion)|^\/activity[;/]|^\/activityi[;/]/, markers: ['google_conversion_id', 'google_remarketing_only'] },
  { item: 'pinterest', hosts: ['ct.pinterest.com'], markers: ["pintrk('load'", 'pintrk("load"'] },
  { item: 'pinterest', hosts: ['s.pinimg.com'], paths: /^\/ct\// },
  { item: 'bing', hosts: ['bat.bing.com', 'bat.bing.net'], markers: ['uetq.push', 'window.uetq'] },
  { item: 'linkedin', hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'dc.ads.linkedin.com'], markers: ['_linkedin_partner_id', '_linkedin_data_partner_ids'] },
  { item: 'tiktok', hosts: ['analytics.tiktok.com'], markers: ['ttq.load('] },
  { item: 'x', hosts: ['t.co'], paths: /^\/i\/adsct/ },
  { item: 'x', hosts: ['analytics.twitter.com', 'ads-twitter.com'], markers: ["twq('init'", 'twq("init"', "twq('config'", 'twq("config"'] },
  { item: 'snapchat', hosts: ['sc-static.net', 'tr.snapchat.com'], markers: ["snaptr('init'", 'snaptr("init"'] },
  { item: 'reddit', hosts: ['alb.reddit.com'], markers: ["rdt('init'", 'rdt("init"'] },
  { item: 'reddit', hosts: ['redditstatic.com'], paths: /^\/ads\// },
  // Revenue Science's audience tag, which builds advertising segments from visits.
  { item: 'revsci', hosts: ['revsci.net'] },
  { item: 'criteo', hosts: ['static.criteo.net', 'dynamic.criteo.com', 'sslwidget.criteo.com'], paths: /^\/js\/ld\/ld\.js|^\/js\/ld\/ld\.min\.js|^\/event/, markers: ['criteo_q.push', 'window.criteo_q'] },
  { item: 'adform', hosts: ['track.adform.net', 'a2.adform.net'], markers: ['_adftrack'] },
  { item: 'taboola', hosts: ['cdn.taboola.com', 'trc.taboola.com'], paths: /^\/libtrc\/unip\//, markers: ['_tfa.push'] },
  { item: 'outbrain', hosts: ['amplify.outbrain.com', 'tr.outbrain.com'], markers: ["obApi('track'", 'obApi("track"'] },
  { item: 'quora', hosts: ['a.quora.com', 'q.quora.com'], markers: ["qp('init'", 'qp("init"'] },
  { item: 'adroll', hosts: ['adroll.com'], markers: ['adroll_adv_id'] },
  { item: 'yahoo', hosts: ['sp.analytics.yahoo.com'], markers: ['dotq.push'] },
  { item: 'yahoo', hosts: ['s.yimg.com'], paths: /^\/wi\/ytc\.js/ },
  // Xandr (AppNexus) conversion and segment pixels; its ad serving on the same host is not a pixel.
  { item: 'xandr', hosts: ['adnxs.com'], paths: /^\/(?:px|seg)(?:$|\?)/ },
  { item: 'tradedesk', hosts: ['js.adsrvr.org', 'insight.adsrvr.org'], markers: ['ttd_dom_ready'] },
  // European retargeting and the affiliate networks whose conversion tags shops install.
  { item: 'rtbhouse', hosts: ['creativecdn.com', 'rtbhouse.com'] },
  { item: 'groovinads', hosts: ['groovinads.com'] },
  { item: 'awin', hosts: ['dwin1.com', 'awin1.com', 'zenaps.com'], markers: ['AWIN.Tracking'] },
  { item: 'tradedoubler', hosts: ['tradedoubler.com', 'tradedoubler.net'] },
  { item: 'adtraction', hosts: ['adtraction.com', 'adtraction.net', 'adtr.io'] },
  { item: 'addrevenue', hosts: ['addrevenue.io'] },
  { item: 'partnerads', hosts: ['partner-ads.com'] },
  { item: 'webgains', hosts: ['webgains.io', 'webgains.com'] },
  { item: 'cj', hosts: ['emjcd.com', 'mczbf.com', 'cj.dotomi.com'] },
  { item: 'rakuten', hosts: ['linksynergy.com'] },
  { item: 'impact', hosts: ['impactradius-event.com', 'impactcdn.com'] },
];

/** Pixels configured as data for a platform to load (e.g. a shop's web-pixel settings): key and a filled-in id. */
export const PIXEL_CONFIGS: readonly { item: string; asset: 'analytics' | 'adPixels'; pattern: RegExp }[] = [
  { item: 'meta', asset: 'adPixels', pattern: /pixel_type\\*"\s*:\s*\\*"facebook_pixel/ },
  { item: 'tiktok', asset: 'adPixels', pattern: /pixelCode\\*"\s*:\s*\\*"[A-Z0-9]{15,25}\\*"/ },
];

/** AMP analytics `type` values and the item each one is. */
export const AMP_ANALYTICS_TYPES: Readonly<Record<string, { item: string; asset: 'analytics' | 'heatmap' | 'adPixels' }>> = {
  googleanalytics: { item: 'ua', asset: 'analytics' },
  infonline: { item: 'infonline', asset: 'analytics' },
  adobeanalytics: { item: 'adobe', asset: 'analytics' },
  adobeanalytics_nativeconfig: { item: 'adobe', asset: 'analytics' },
  comscore: { item: 'comscore', asset: 'analytics' },
  chartbeat: { item: 'chartbeat', asset: 'analytics' },
  parsely: { item: 'parsely', asset: 'analytics' },
  quantcast: { item: 'quantcast', asset: 'analytics' },
  segment: { item: 'segment', asset: 'analytics' },
  snowplow: { item: 'snowplow', asset: 'analytics' },
  snowplow_v2: { item: 'snowplow', asset: 'analytics' },
  mixpanel: { item: 'mixpanel', asset: 'analytics' },
  piano: { item: 'piano', asset: 'analytics' },
  atinternet: { item: 'piano', asset: 'analytics' },
  webtrekk: { item: 'webtrekk', asset: 'analytics' },
  gemius: { item: 'gemius', asset: 'analytics' },
  yandexmetrica: { item: 'yandex', asset: 'analytics' },
  facebookpixel: { item: 'meta', asset: 'adPixels' },
  linkedin: { item: 'linkedin', asset: 'adPixels' },
  pinterest: { item: 'pinterest', asset: 'adPixels' },
  twitter: { item: 'x', asset: 'adPixels' },
  bing: { item: 'bing', asset: 'adPixels' },
  tiktok: { item: 'tiktok', asset: 'adPixels' },
};
