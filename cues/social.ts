// Social networks by host; share endpoints are advocacy.share, other paths are the brand's profile.
export interface SocialNetwork {
  item: string;
  hosts: readonly string[];
  /** Path prefixes (lower-case) that share or post rather than lead to a profile. */
  sharePaths: readonly string[];
  /** Paths that are neither profile nor share (help pages, login). */
  ignorePaths?: readonly string[];
}

export const SOCIAL_NETWORKS: readonly SocialNetwork[] = [
  { item: 'facebook', hosts: ['facebook.com', 'fb.com', 'fb.me'], sharePaths: ['/sharer', '/share', '/dialog/share', '/dialog/feed', '/plugins/share'], ignorePaths: ['/tr', '/plugins/like', '/policies', '/help', '/login'] },
  { item: 'instagram', hosts: ['instagram.com'], sharePaths: [] },
  { item: 'linkedin', hosts: ['linkedin.com'], sharePaths: ['/sharing', '/sharearticle', '/shareArticle', '/cws/share'] },
  { item: 'youtube', hosts: ['youtube.com', 'youtu.be'], sharePaths: [], ignorePaths: ['/embed', '/watch', '/iframe_api'] },
  { item: 'x', hosts: ['twitter.com', 'x.com'], sharePaths: ['/intent', '/share', '/home?status'], ignorePaths: ['/privacy', '/tos'] },
  { item: 'tiktok', hosts: ['tiktok.com'], sharePaths: [], ignorePaths: ['/embed'] },
  { item: 'pinterest', hosts: ['pinterest.com', 'pinterest.fi', 'pinterest.de', 'pinterest.co.uk', 'pin.it'], sharePaths: ['/pin/create', '/pin/find'] },
  { item: 'threads', hosts: ['threads.net'], sharePaths: ['/intent'] },
  { item: 'vimeo', hosts: ['vimeo.com'], sharePaths: [], ignorePaths: ['/video'] },
  { item: 'xing', hosts: ['xing.com'], sharePaths: ['/spi/shares', '/social/share', '/app/user?op=share'] },
  { item: 'snapchat', hosts: ['snapchat.com'], sharePaths: ['/scan', '/share'] },
];

/** Share services that are not a network themselves. */
export const SHARE_SERVICES = ['addthis.com', 'sharethis.com', 'addtoany.com', 'shareaholic.com'] as const;
export const SHARE_WORDS = ['jaa', 'jaa facebookissa', 'dela', 'share', 'share on', 'teilen', 'del', 'partager'] as const;
