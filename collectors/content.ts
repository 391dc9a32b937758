// Content marketing: a blog, news, articles, guides or recipes section, or an article page itself.
import { ARTICLE_TYPES, CONTENT_PATH, CONTENT_SECTION } from '../cues/content';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { scanHeadings, scanLinks } from './cue-scan';
import { Found } from './found';
import { jsonLdNodes, jsonLdTypes, type PageIndex } from './page-index';

const scan = { words: cueMatcher(CONTENT_SECTION), path: CONTENT_PATH, maxLabel: 40 };
const articleTypes = new Set<string>(ARTICLE_TYPES);

function detectArticlePage(index: PageIndex, found: Found): void {
  const typed = jsonLdNodes(index).find((node) => jsonLdTypes(node).some((t) => articleTypes.has(t)));
  if (typed) found.add('content', { text: `JSON-LD ${jsonLdTypes(typed).join(', ')}` });
  const selector = ARTICLE_TYPES.map((t) => `[itemtype$="schema.org/${t}"], [itemtype$="schema.org/${t}/"]`).join(', ');
  const micro = index.doc.querySelector(selector);
  if (micro) found.add('content', { text: `microdata ${micro.getAttribute('itemtype')}`, el: micro });
  const og = index.doc.querySelector('meta[property="og:type"]');
  if (/^article$/i.test((og?.getAttribute('content') ?? '').trim())) found.add('content', { text: 'og:type article', el: og! });
}

export const contentCollector: AssetCollector = {
  id: 'content',
  assets: ['content.blog'],
  collect(index) {
    const found = new Found();
    detectArticlePage(index, found);
    scanHeadings(index, scan, found);
    scanLinks(index, scan, found);
    return { 'content.blog': found.result() };
  },
};
