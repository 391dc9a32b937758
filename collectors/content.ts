// Content marketing: a blog, news, articles, guides or recipes section, or an article page itself.
import { ARTICLE_TYPES, CONTENT_HOST, CONTENT_PATH, CONTENT_SECTION, CONTENT_SECTION_LABELS } from '../cues/content';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { scanHeadings } from './cue-scan';
import { Found } from './found';
import { isWholeLabel, labelOf } from './label-scan';
import { FOOTER, groupHeading } from './link-place';
import { CLOAKED_LINK, jsonLdNodes, jsonLdTypes, safeDecode, siteOf, type LinkInfo, type PageIndex } from './page-index';


const sectionWords = cueMatcher(CONTENT_SECTION);
const sectionLabels = cueMatcher(CONTENT_SECTION_LABELS);
const scan = { words: sectionWords, maxLabel: 40 };

/** A page address that reads as an article's: in a content section, dated, or a headline slug (five words or more;
 *  "/bistro-angebot-der-woche/" is a page of a restaurant). */
function articleAddress(url: URL | null): boolean {
  if (!url) return false;
  const path = safeDecode(url.pathname).toLowerCase();
  if (CONTENT_PATH.test(path) || /\/(?:19|20)\d{2}\/(?:[01]?\d\/)?/.test(path)) return true;
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return last.replace(/\.\w+$/, '').split(/[-_]+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 5;
}

const DATED_POST = /\/(?:19|20)\d{2}\/[01]?\d\/(?![^/]*\.(?:pdf|jpe?g|png|gif|webp|zip|docx?|xlsx?)$)[^/]*\p{L}{3}/u;

/** A link into a section of a page ("/#galleri") is what the section's name says, whatever the link's words. */
function fragmentElsewhere(url: URL): boolean {
  const hash = safeDecode(url.hash.slice(1)).toLowerCase();
  return hash.length > 0 && (url.pathname === '/' || url.pathname === '') && !CONTENT_PATH.test(`/${hash}`) && !sectionWords.test(hash.replace(/[-_]/g, ' '));
}

function scanSectionLinks(index: PageIndex, found: Found): void {
  const inFooter = footerLinks(index);
  for (const link of index.links) {
    const url = link.url;
    if (!url || !/^https?:$/.test(url.protocol) || fragmentElsewhere(url)) continue;
    const label = labelOf(link.text);
    const byText = link.text.length <= 40 && (sectionWords.test(link.text) || isWholeLabel(sectionLabels, label));
    // "wiki.example.io", "blog.example.pl": the site's own content host, named by its first label.
    const ownSite = index.base !== null && siteOf(url.hostname) === siteOf(index.base.hostname);
    const ownHost = ownSite && CONTENT_HOST.test(url.hostname);
    // "/deeplinks/2015/10/year-in-review": a dated post of the site's own.
    const dated = ownSite && DATED_POST.test(link.path);
    const byPath = CONTENT_PATH.test(link.path) || dated || (ownHost && label.length > 0 && label.length <= 40);
    if (byText || byPath || (inFooter.has(link.el) && underSectionHeading(link))) found.add('link', { text: link.rawText, url: url.href, el: link.el });
  }
}

/**
 * The link elements inside the page's footers, found from the footers down: asking each link for its
 * footer ancestor walks the whole ancestor chain, which on a deeply nested page with many links is
 * quadratic. At most 20 footer blocks, each read once.
 */
function footerLinks(index: PageIndex): Set<Element> {
  const links = new Set<Element>();
  for (const root of index.query(FOOTER, 20)) {
    for (const el of root.querySelectorAll(LINK_ELEMENTS)) links.add(el);
  }
  return links;
}

const LINK_ELEMENTS = `a[href], ${CLOAKED_LINK}`;

/** A footer column headed by a content section ("Nos conseils" over "Literie", "Canapé"): its links are the guides. */
function underSectionHeading(link: LinkInfo): boolean {
  const heading = groupHeading(link.el);
  return heading.length > 0 && heading.length <= 40 && sectionWords.test(heading);
}
const articleTypes = new Set<string>(ARTICLE_TYPES);

function detectArticlePage(index: PageIndex, found: Found): void {
  const typed = jsonLdNodes(index).find((node) => jsonLdTypes(node).some((t) => articleTypes.has(t)));
  if (typed) found.add('content', { text: `JSON-LD ${jsonLdTypes(typed).join(', ')}` });
  const selector = ARTICLE_TYPES.map((t) => `[itemtype$="schema.org/${t}"], [itemtype$="schema.org/${t}/"]`).join(', ');
  const micro = index.doc.querySelector(selector);
  if (micro) found.add('content', { text: `microdata ${micro.getAttribute('itemtype')}`, el: micro });
  // Site builders mark every page "article" (a restaurant's lunch page too): the mark counts on an article's address.
  const og = index.doc.querySelector('meta[property="og:type"]');
  if (/^article$/i.test((og?.getAttribute('content') ?? '').trim()) && articleAddress(index.base)) found.add('content', { text: 'og:type article', el: og! });
}

export const contentCollector: AssetCollector = {
  id: 'content',
  assets: ['content.blog'],
  collect(index) {
    const found = new Found();
    detectArticlePage(index, found);
    scanHeadings(index, scan, found);
    scanSectionLinks(index, found);
    return { 'content.blog': found.result() };
  },
};
