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
  { item: 'salesforce', hosts: ['salesforceliveagent.com'], markers: ['embedded_svc'] },
  { item: 'chatra', hosts: ['chatra.io'] },
  { item: 'gorgias', hosts: ['gorgias.chat'] },
  { item: 'trengo', hosts: ['trengo.eu', 'trengo.com'] },
];

/** Messaging links that open a conversation with the business. */
export const MESSAGING_LINK_HOSTS: readonly Vendor[] = [
  { item: 'whatsapp', hosts: ['wa.me', 'api.whatsapp.com', 'chat.whatsapp.com'] },
  { item: 'messenger', hosts: ['m.me', 'messenger.com'] },
];

export const REVIEW_VENDORS: readonly Vendor[] = [
  { item: 'trustpilot', hosts: ['trustpilot.com'], markers: ['trustpilot-widget'] },
  { item: 'yotpo', hosts: ['yotpo.com'], markers: ['yotpo'] },
  { item: 'judgeme', hosts: ['judge.me'], markers: ['jdgm-'] },
  { item: 'trustedshops', hosts: ['trustedshops.com', 'trustedshops.de', 'trustedshops.eu'] },
  { item: 'feefo', hosts: ['feefo.com'] },
  { item: 'reviewsio', hosts: ['reviews.io', 'reviews.co.uk'] },
  { item: 'okendo', hosts: ['okendo.io'] },
  { item: 'bazaarvoice', hosts: ['bazaarvoice.com'], markers: ['data-bv-show'] },
  { item: 'powerreviews', hosts: ['powerreviews.com'] },
  { item: 'stamped', hosts: ['stamped.io'] },
  { item: 'loox', hosts: ['loox.io'] },
  { item: 'ekomi', hosts: ['ekomi.de', 'ekomi.com'] },
  { item: 'google', hosts: ['elfsight.com'] },
];
