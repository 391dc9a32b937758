// What update-vendor-data.mjs keeps from the Wappalyzer data and how it maps it to Polku's families.
// Families: chat → contact.chat, consent → trust.consent, analytics / heatmap / adPixels → measure.*,
// reviews → proof.reviews, booking → contact.booking, payment and email → tools, loyalty → retention.loyalty,
// referral → advocacy.referral.

export const CONFIG = {
  /** Wappalyzer category id → family. */
  categories: {
    52: 'chat', // Live chat
    67: 'consent', // Cookie compliance
    10: 'analytics', // Analytics
    42: 'analytics', // Tag managers (the corpus counts a tag manager as analytics: item gtm)
    77: 'adPixels', // Retargeting
    90: 'reviews', // Reviews
    41: 'payment', // Payment processors
    91: 'payment', // Buy now pay later
    75: 'email', // Email
    72: 'booking', // Appointment scheduling
    93: 'booking', // Reservations & delivery
    84: 'loyalty', // Loyalty & rewards
    94: 'referral', // Referral marketing
  },
  /** Marketing automation: kept as email marketing only when its description speaks of email. */
  marketingAutomation: 32,
  /** Advertising: mostly publisher ad serving (AdSense, GPT, header bidding), which is no ad pixel. */
  advertising: 36,
  /** Advertising entries that are advertisers' conversion or audience tags. */
  advertiserTags: new Set(['Snap Pixel', 'Twitter Ads', 'Reddit Ads', 'Nextdoor Ads', 'StackAdapt', 'theTradeDesk', 'Pinterest Ads', 'Linkedin Ads', 'Microsoft Advertising', 'DoubleClick Floodlight']),
  /** Session recording and heatmap tools: Wappalyzer files them under Analytics; Polku counts them as measure.heatmap. */
  heatmap: new Set([
    'Hotjar', 'Microsoft Clarity', 'Smartlook', 'Crazy Egg', 'Lucky Orange', 'Contentsquare', 'FullStory', 'Inspectlet', 'LogRocket',
    'Quantum Metric', 'Decibel', 'Zoho PageSense', 'Plerdy', 'Ptengine', 'Glassbox', 'Session Rewind', 'LiveSession', 'Stack Analytix', 'UXSniff',
  ]),
  /** Categories that, beside Analytics, say a tool measures something else: RUM, issue trackers, security, feature management. */
  notWebAnalytics: [78, 13, 16, 85],
  /** Retargeting entries that are not ad pixels (pop-ups, push notices). */
  notPixel: new Set(['OptiMonk', 'Picreel', 'Notix']),
  /**
   * Technologies whose Polku reading is finer than the data's: the hand lists tell Universal Analytics from GA4 by the
   * tag id, and Meta's pixel from the Facebook SDK by path; Wappalyzer files ad pixels under Analytics; Criteo's
   * publisher tag is no pixel.
   */
  skip: new Set([
    'Google Analytics', 'Google Analytics Enhanced eCommerce', 'Google Tag Manager', 'Google Ads', 'Google Ads Conversion Tracking', 'Google Call Conversion Tracking',
    'Facebook Pixel', 'Facebook Ads', 'Criteo', 'TikTok Pixel', 'Linkedin Insight Tag', 'Pinterest Conversion Tag', 'Quora Pixel', 'VK Pixel', 'Kwai pixel',
    'Yahoo Advertising', 'Reddit Ads', 'theTradeDesk', 'PixelYourSite',
    // Not what the families mean: charting, websockets, mobile attribution, fraud screening.
    'Tableau', 'Everviz', 'Pusher', 'Adjust', 'Sift', 'Castle', 'Trackify X', 'Oracle Moat Measurement',
  ]),
  /** Hosts many unrelated tools load from: a pattern must say more than the host. */
  sharedHosts: new Set([
    'googleapis.com', 'gstatic.com', 'google.com', 'googletagmanager.com', 'googlesyndication.com', 'doubleclick.net', 'cloudfront.net', 'amazonaws.com',
    's3.amazonaws.com', 'jsdelivr.net', 'cdn.jsdelivr.net', 'unpkg.com', 'cdnjs.cloudflare.com', 'cloudflare.com', 'azureedge.net', 'akamaihd.net',
    'shopify.com', 'cdn.shopify.com', 'shopifycdn.com', 'myshopify.com', 'shopifyapps.com', 'wp.com', 'wordpress.com', 'github.io', 'herokuapp.com',
    'facebook.com', 'facebook.net', 'connect.facebook.net', 'twitter.com', 'fbcdn.net', 'firebaseapp.com', 'web.app', 'netlify.app', 'vercel.app',
    'azurewebsites.net', 'blob.core.windows.net', 'windows.net', 'appspot.com', 'b-cdn.net', 'fastly.net', 'akamaized.net', 'edgekey.net', 'wixstatic.com',
    'squarespace.com', 'hubspot.com', 'apple.com', 'microsoft.com', 'amazon.com', 'bing.com', 'yandex.ru', 'yandex.net', 'baidu.com', 'paypal.com',
  ]),
  /** Path literals too common to name one tool. */
  commonPaths: new Set(['/analytics.js', '/tracking.js', '/widget.js', '/chat.js', '/loader.js', '/embed.js', '/tracker.js', '/pixel.js']),
  /** Global names a page or a browser may define for itself. */
  commonGlobals: new Set([
    'window', 'document', 'config', 'settings', 'options', 'checkout', 'analytics', 'widget', 'chat', 'data', 'page', 'user', 'cart', 'store', 'dataLayer',
    'google', 'jQuery', 'Shopify', 'angular', 'React', 'Vue', 'require', 'define', 'module', 'exports', 'process', 'global', 'chrome', 'external',
    'Notification', 'Intl', 'tracking', 'tracker', 'Tracker', 'booking', 'Booking', 'reviews', 'Reviews', 'payment', 'Payment', 'consent', 'Consent',
    'cookie', 'Cookie', 'cookies', 'pageData', 'Talk', 'loyalty', 'rewards', 'referral', 'newsletter', 'popup', 'modal', 'initialize', 'init', 'onload', 'webpackJsonp',
  ]),
  /** Meta names others use too. */
  commonMeta: new Set(['generator', 'description', 'keywords', 'viewport', 'author', 'robots']),
};
