// Third-party tools recognised by the hosts their scripts and frames load from.
// Each entry: item id and the registrable domains (subdomains match too).
export interface Vendor {
  item: string;
  hosts: readonly string[];
  /** Markers in inline snippets or element ids/classes that show the tool without a host. */
  markers?: readonly string[];
}

export const CHAT_VENDORS: readonly Vendor[] = [
  { item: 'intercom', hosts: ['intercom.io', 'intercomcdn.com'], markers: ['intercomSettings', 'intercom-frame'] },
  // Teneo (Artificial Solutions): a chat assistant Nordic banks and insurers run, set up in the app's config.
  { item: 'teneo', hosts: ['teneo.ai'], markers: ['ChatbotTeneo', 'TeneoWebChat', 'teneo-web-chat'] },
  // Ebbot (a Swedish chatbot) and Inside (Powerfront, a shop chat): often loaded by a tag manager, seen by their globals.
  { item: 'ebbot', hosts: ['ebbot.ai', 'ebbot.app'], markers: ['window.Ebbot', 'ebbot-web-chat', 'ebbotChat'] },
  { item: 'inside', hosts: ['inside.chat', 'inside-graph.com'], markers: ['insideFrontInterface', 'inside_liveChatTab', '_insideGraph'] },
  { item: 'drift', hosts: ['drift.com', 'driftt.com'], markers: ['drift-widget'] },
  { item: 'zendesk', hosts: ['zdassets.com', 'zopim.com'], markers: ['zEmbed', 'ze-snippet'] },
  { item: 'tawk', hosts: ['tawk.to'], markers: ['Tawk_API'] },
  { item: 'crisp', hosts: ['crisp.chat'], markers: ['CRISP_WEBSITE_ID'] },
  { item: 'livechat', hosts: ['livechatinc.com', 'livechat.com'], markers: ['__lc.license'] },
  { item: 'hubspot', hosts: ['usemessages.com'], markers: ['hubspot-messages-iframe'] },
  { item: 'giosg', hosts: ['giosg.com'], markers: ['giosg'] },
  { item: 'leadoo', hosts: ['leadoo.com', 'leadoochat.com'] },
  { item: 'freshchat', hosts: ['freshchat.com', 'wchat.freshchat.com'], markers: ['fcWidget'] },
  { item: 'tidio', hosts: ['tidio.co', 'tidiochat.com'], markers: ['tidio-chat'] },
  { item: 'olark', hosts: ['olark.com'] },
  { item: 'userlike', hosts: ['userlike.com', 'userlike-cdn-widgets.s3-eu-west-1.amazonaws.com'] },
  { item: 'smartsupp', hosts: ['smartsuppchat.com', 'smartsupp.com'] },
  { item: 'liveperson', hosts: ['liveperson.net', 'lpsnmedia.net'] },
  { item: 'salesforce', hosts: ['salesforceliveagent.com', 'service.force.com'], markers: ['embedded_svc'] },
  { item: 'chatra', hosts: ['chatra.io'] },
  { item: 'gorgias', hosts: ['gorgias.chat'] },
  { item: 'trengo', hosts: ['trengo.eu', 'trengo.com'] },
  { item: 'ninchat', hosts: ['ninchat.com'] },
  { item: 'jivochat', hosts: ['jivosite.com', 'jivochat.com'] },
  { item: 'zoho', hosts: ['salesiq.zoho.com', 'salesiq.zoho.eu', 'salesiq.zohopublic.com', 'salesiq.zohopublic.eu'], markers: ['$zoho.salesiq'] },
  { item: 'helpscout', hosts: ['beacon-v2.helpscout.net'], markers: ['Beacon(\'init\''] },
  { item: 'liveagent', hosts: ['ladesk.com'] },
  { item: 'purechat', hosts: ['purechat.com'] },
  { item: 'snapengage', hosts: ['snapengage.com'] },
  { item: 'comm100', hosts: ['comm100.com', 'comm100.io'] },
  { item: 'chatwoot', hosts: ['chatwoot.com'], markers: ['chatwootSDK'] },
  { item: 'landbot', hosts: ['landbot.io'] },
  { item: 'kustomer', hosts: ['kustomerapp.com'] },
  { item: 'gladly', hosts: ['gladly.com'] },
  { item: 'ada', hosts: ['ada.support'] },
  { item: 'dynamics', hosts: ['oc-cdn-ocprod.azureedge.net'], markers: ['Microsoft_Omnichannel_LCWidget'] },
  { item: 'messenger', hosts: [], markers: ['fb-customerchat'] },
  // Nordic and European customer-service chats.
  { item: 'puzzel', hosts: ['puzzel.com'] },
  { item: 'humany', hosts: ['humany.net'] },
  { item: 'kindly', hosts: ['kindly.ai'] },
  { item: 'vergic', hosts: ['vergic.com'] },
  { item: 'kundo', hosts: ['kundo.se'] },
  { item: 'certainly', hosts: ['certainly.io'] },
  { item: 'byside', hosts: ['byside.com'] },
  { item: 'genesys', hosts: ['mypurecloud.com', 'mypurecloud.de', 'mypurecloud.ie', 'genesys.com'] },
  { item: 'inbenta', hosts: ['inbenta.io', 'inbenta.com'] },
];

/** Messaging links that open a conversation with the business. */
export const MESSAGING_LINK_HOSTS: readonly Vendor[] = [
  { item: 'whatsapp', hosts: ['wa.me', 'api.whatsapp.com', 'chat.whatsapp.com', 'wa.link'] },
  // ManyChat's links ("manychat.com/l2/<page>") open the business's Messenger bot.
  { item: 'messenger', hosts: ['m.me', 'messenger.com', 'manychat.com'] },
];

export const REVIEW_VENDORS: readonly Vendor[] = [
  { item: 'trustpilot', hosts: ['trustpilot.com'], markers: ['trustpilot-widget'] },
  { item: 'trustyou', hosts: ['trustyou.com'], markers: ['trustyou-widget'] },
  { item: 'yotpo', hosts: ['yotpo.com'], markers: ['yotpo'] },
  { item: 'judgeme', hosts: ['judge.me'], markers: ['jdgm-'] },
  { item: 'trustedshops', hosts: ['trustedshops.com', 'trustedshops.de', 'trustedshops.eu', 'etrusted.com'] },
  { item: 'feefo', hosts: ['feefo.com'], markers: ['feefo-service-review', 'feefo-product-review'] },
  { item: 'reviewsio', hosts: ['reviews.io', 'reviews.co.uk'], markers: ['ruk_rating_snippet'] },
  { item: 'okendo', hosts: ['okendo.io'] },
  { item: 'bazaarvoice', hosts: ['bazaarvoice.com'], markers: ['data-bv-show'] },
  { item: 'powerreviews', hosts: ['powerreviews.com'], markers: ['pr-reviewsnippet', 'pr-reviewdisplay'] },
  { item: 'stamped', hosts: ['stamped.io'], markers: ['stamped-main-widget', 'stamped-product-reviews-badge'] },
  { item: 'loox', hosts: ['loox.io'] },
  { item: 'ekomi', hosts: ['ekomi.de', 'ekomi.com'] },
  { item: 'avisverifies', hosts: ['avis-verifies.com', 'netreviews.eu'], markers: ['netreviews'] },
  { item: 'trustmate', hosts: ['trustmate.io'] },
  { item: 'provenexpert', hosts: ['provenexpert.com', 'provenexpert.net'] },
  { item: 'shopperapproved', hosts: ['shopperapproved.com'] },
  { item: 'kiyoh', hosts: ['kiyoh.com'] },
];

/** Pages of a business on a review platform: a link there points the visitor to its reviews. */
export interface ReviewProfileHost extends Vendor {
  /** Matches the link's path (lower-case) when it shows reviews rather than the platform's home. */
  path: RegExp;
}

export const REVIEW_PROFILE_LINKS: readonly ReviewProfileHost[] = [
  { item: 'trustpilot', hosts: ['trustpilot.com'], path: /^\/(?:review|evaluate)\/./ },
  // Shopper Approved's rating seal links the shop's reviews page.
  { item: 'shopperapproved', hosts: ['shopperapproved.com'], path: /^\/reviews\/./ },
  { item: 'tripadvisor', hosts: ['tripadvisor.com', 'tripadvisor.co.uk', 'tripadvisor.de', 'tripadvisor.fi', 'tripadvisor.se', 'tripadvisor.dk', 'tripadvisor.fr', 'tripadvisor.at', 'tripadvisor.ch', 'tripadvisor.no', 'tripadvisor.it', 'tripadvisor.es'], path: /_review/ },
  { item: 'google', hosts: ['search.google.com'], path: /^\/local\/(?:writereview|reviews)/ },
  { item: 'google', hosts: ['g.page'], path: /\/review/ },
  { item: 'yelp', hosts: ['yelp.com', 'yelp.de', 'yelp.fi', 'yelp.se', 'yelp.dk', 'yelp.fr', 'yelp.co.uk'], path: /^\/biz\// },
  { item: 'trustedshops', hosts: ['trustedshops.com', 'trustedshops.de', 'trustedshops.eu', 'trustedshops.fr'], path: /buyerrating|bewertung|evaluation|\/shop\/|info_/ },
  { item: 'feefo', hosts: ['feefo.com'], path: /^\/(?:[a-z]{2}-[a-z]{2}\/)?reviews\// },
  { item: 'reviewsio', hosts: ['reviews.io', 'reviews.co.uk'], path: /company-reviews/ },
  { item: 'ekomi', hosts: ['ekomi.de', 'ekomi.com'], path: /bewertungen|reviews/ },
  { item: 'provenexpert', hosts: ['provenexpert.com'], path: /^\/./ },
  { item: 'facebook', hosts: ['facebook.com'], path: /\/reviews\/?$/ },
  // A product's reviews on a B2B software review site ("/products/<name>/reviews", "…/references/…").
  { item: 'g2', hosts: ['g2.com', 'g2crowd.com'], path: /^\/products\/[^/]+\/(?:reviews|references)/ },
  { item: 'capterra', hosts: ['capterra.com'], path: /^\/p\/\d+\/[^/]+\/reviews/ },
];
