import { FAQ } from '../cues/faq';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { scanHeadings, scanLinks } from './cue-scan';
import { Found } from './found';
import { jsonLdNodes, jsonLdTypes } from './page-index';

const scan = { words: cueMatcher(FAQ), path: /(?:^|[/_-])(?:faqs?|ukk|usein-kysyt\w*|hjalp|hilfe|help|aide|support)(?:[/._-]|$)/ };

export const faqCollector: AssetCollector = {
  id: 'faq',
  assets: ['faq'],
  collect(index) {
    const found = new Found();
    scanHeadings(index, scan, found);
    if (jsonLdNodes(index).some((node) => jsonLdTypes(node).includes('FAQPage'))) found.add('content', { text: 'JSON-LD FAQPage' });
    for (const el of index.doc.querySelectorAll('[itemtype*="schema.org/FAQPage"]')) found.add('content', { text: 'microdata FAQPage', el });
    scanLinks(index, scan, found);
    return { faq: found.result() };
  },
};
