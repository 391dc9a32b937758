// Social networks by host; share endpoints are advocacy.share, other paths are the brand's profile.
export interface SocialNetwork {
  item: string;
  hosts: readonly string[];
  /** For networks with a site per country (pinterest.at, tripadvisor.de): the host's name before the country suffix. */
  anyTld?: string;
  /** Path prefixes (lower-case) that share or post rather than lead to a profile. */
  sharePaths: readonly string[];
  /** Path segments (lower-case) that are neither profile nor share (help pages, login, single posts). */
  ignorePaths?: readonly string[];
}

export const SOCIAL_NETWORKS: readonly SocialNetwork[] = [
  { item: 'facebook', hosts: ['facebook.com', 'fb.com', 'fb.me'], sharePaths: ['/sharer', '/share', '/dialog/share', '/dialog/feed', '/dialog/send', '/plugins/share'], ignorePaths: ['/tr', '/plugins', '/policies', '/policy.php', '/privacy', '/help', '/login', '/login.php', '/legal', '/terms', '/about/privacy'] },
  { item: 'instagram', hosts: ['instagram.com', 'instagr.am'], sharePaths: [], ignorePaths: ['/p', '/reel', '/explore', '/accounts', '/about', '/legal'] },
  { item: 'linkedin', hosts: ['linkedin.com'], sharePaths: ['/sharing', '/sharearticle', '/cws/share', '/share'], ignorePaths: ['/legal', '/help', '/login', '/uas', '/jobs/view'] },
  { item: 'youtube', hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'], sharePaths: [], ignorePaths: ['/embed', '/watch', '/iframe_api', '/shorts', '/t', '/about', '/results'] },
  { item: 'x', hosts: ['twitter.com', 'x.com'], sharePaths: ['/intent', '/share', '/home?status'], ignorePaths: ['/privacy', '/tos', '/search', '/hashtag', '/i', '/login', '/signup'] },
  { item: 'tiktok', hosts: ['tiktok.com'], sharePaths: [], ignorePaths: ['/embed', '/legal', '/tag', '/discover'] },
  { item: 'pinterest', hosts: ['pin.it'], anyTld: 'pinterest', sharePaths: ['/pin/create', '/pin/find', '/pinit'], ignorePaths: ['/pin', '/search', '/_'] },
  { item: 'googleplus', hosts: ['plus.google.com'], sharePaths: ['/share'] },
  { item: 'threads', hosts: ['threads.net', 'threads.com'], sharePaths: ['/intent'] },
  { item: 'vimeo', hosts: ['vimeo.com'], sharePaths: [], ignorePaths: ['/video'] },
  { item: 'xing', hosts: ['xing.com'], sharePaths: ['/spi/shares', '/social/share', '/social_plugins/share', '/app/user?op=share'] },
  { item: 'snapchat', hosts: ['snapchat.com'], sharePaths: ['/scan', '/share'] },
  { item: 'spotify', hosts: ['open.spotify.com'], sharePaths: [], ignorePaths: ['/embed', '/track', '/album'] },
  { item: 'tripadvisor', hosts: [], anyTld: 'tripadvisor', sharePaths: [], ignorePaths: ['/widgetembed'] },
  { item: 'bluesky', hosts: ['bsky.app'], sharePaths: ['/intent'] },
  { item: 'tumblr', hosts: ['tumblr.com'], sharePaths: ['/share', '/widgets/share'] },
  { item: 'flickr', hosts: ['flickr.com'], sharePaths: [] },
  { item: 'soundcloud', hosts: ['soundcloud.com'], sharePaths: [] },
  { item: 'twitch', hosts: ['twitch.tv'], sharePaths: [] },
  { item: 'telegram', hosts: ['t.me', 'telegram.me'], sharePaths: ['/share'] },
  { item: 'reddit', hosts: ['reddit.com'], sharePaths: ['/submit'] },
  { item: 'myspace', hosts: ['myspace.com'], sharePaths: ['/modules/postto', '/index.cfm?fuseaction=postto'] },
];

/** Share-only endpoints of services that have no profile here (messaging apps, bookmarking). */
export const SHARE_LINKS: readonly { hosts: readonly string[]; path: RegExp }[] = [
  { hosts: ['wa.me'], path: /^\/\?(?:.*&)?text=/ },
  { hosts: ['api.whatsapp.com', 'web.whatsapp.com'], path: /^\/send\/?\?(?:.*&)?text=/ },
  { hosts: ['getpocket.com'], path: /^\/(?:save|edit)/ },
  { hosts: ['delicious.com', 'del.icio.us'], path: /^\/(?:save|post)/ },
  { hosts: ['digg.com'], path: /^\/submit/ },
  { hosts: ['stumbleupon.com', 'mix.com'], path: /^\/(?:submit|add)/ },
  { hosts: ['vk.com'], path: /^\/share\.php/ },
  { hosts: ['mail.google.com'], path: /[?&]view=cm/ },
  { hosts: ['whisk.com'], path: /^\/(?:save|clip)/ },
];

/** Share services that are not a network themselves. (Sharethrough is an ad exchange despite its name.) */
export const SHARE_SERVICES = ['addthis.com', 'sharethis.com', 'addtoany.com', 'shareaholic.com', 'shareaholic.net'] as const;

/** Share-button scripts of the networks themselves, by host and path (Pinterest's "Pin It" loader). */
export const NETWORK_SHARE_SCRIPTS: readonly { hosts: readonly string[]; path: RegExp }[] = [
  { hosts: ['assets.pinterest.com'], path: /^\/js\/pinit(?:_main)?\.js$/ },
];

/** What a page's own script writes to configure or start a share widget. */
export const SHARE_WIDGET_STARTERS = ['addthis.init(', 'addthis_config', 'addthis_share', 'a2a_config', 'addtoany_config', '__sharethis__', 'hupso_services'] as const;

/** Script paths of self-hosted share widgets (two-click Shariff, Social Share Privacy). */
export const SHARE_SCRIPTS = /shariff|socialshareprivacy|social-share-privacy|sharebuttons?|share-buttons?|social-?sharing/i;

/** Class names that share widgets put on their buttons. */
export const SHARE_CLASSES = [
  'addthis_button', 'addthis_toolbox', 'addthis_inline_share_toolbox', 'a2a_kit', 'a2a_button', 'sharethis-inline-share-buttons', 'st-custom-button', 'ssp_button', 'social-share-privacy',
  // The networks' own button markup, which their SDK turns into a like-and-share or share button.
  'fb-like', 'fb-share-button', 'twitter-share-button',
  // Social Likes (sapegin/social-likes): a list of network items the script turns into share buttons.
  'social-likes',
  // Hupso's share toolbar: a link with a "Share Button" image the script opens.
  'hupso_toolbar', 'hupso_pop', 'hupso_counters',
  // News sites' own share bars ("shareTools" boxes above and below an article).
  'shareTools', 'share-tools', 'sharetools',
] as const;

/** A control labelled only with one of these (a JS share button, a two-click "share" toggle). */
export const SHARE_WORDS = [
  // fi
  'jaa', 'jaa sivu', 'jaa artikkeli', 'jaa resepti', 'jaa tuote', 'jaa facebookissa', 'jaa somessa', 'jaa tämä*', 'jaa kaverille',
  // sv, da, no
  'dela', 'dela sidan', 'dela artikeln', 'dela receptet', 'del', 'del siden', 'del artikkelen', 'del opskriften', 'del oppskriften',
  // en
  'share', 'share this', 'share this page', 'share this post', 'share this recipe', 'share this article', 'share this product', 'share on', 'share it', 'share:',
  // de
  'teilen', 'seite teilen', 'artikel teilen', 'rezept teilen', 'diesen artikel teilen', 'beitrag teilen', 'teile diesen beitrag',
  // fr
  'partager', 'partager cette page', 'partager la recette', 'partager cet article',
  // nl, es, it, pt, pl, et
  'delen', 'deel', 'deel dit', 'deel deze pagina', 'compartir', 'comparte', 'compartir en', 'condividi', 'condividi su', 'partilhar', 'partilhe', 'compartilhar', 'compartilhe',
  'udostępnij', 'podziel się', 'jaga', 'jaga sõpradega',
  // sk, cs, ro, hu
  'zdieľať', 'zdieľajte', 'sdílet', 'sdílejte', 'distribuie', 'megosztás', 'oszd meg', 'megosztom',
  // lv, lt (not "dalies": a part, in Lithuanian)
  'dalīties', 'kopīgot', 'dalīties ar draugiem', 'dalintis', 'pasidalinti', 'pasidalink', 'pasidalinkite', 'bendrinti',
] as const;
