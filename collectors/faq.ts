// faq: an FAQ section on the page, FAQPage data, or a link to an FAQ or help centre. "Hilfe" alone is
// not enough: "Erste Hilfe" is first aid and "/help/privacy-policy" is a privacy page.
import { CONTACT_PAGE } from '../cues/contact';
import { CONTACT_PATH } from './contact/form';
import { CUSTOMER_SERVICE, FAQ, FAQ_PATH, HELP_HOST_LABEL, HELP_PATH_LAST, QUESTIONS_WORDS } from '../cues/faq';
import { brandOf, isCustomerServiceLabel, isHelpLabel } from './help-label';

export { isHelpLabel };
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { scanHeadings } from './cue-scan';
import { Found } from './found';
import { isWholeLabel, labelOf, pathTokens } from './label-scan';
import { groupHeading, linkPlace } from './link-place';
import { fold, jsonLdNodes, jsonLdTypes, safeDecode, siteOf, type LinkInfo, type PageIndex } from './page-index';

const faqWords = cueMatcher(FAQ);
const contactWords = cueMatcher(CONTACT_PAGE);
const customerService = cueMatcher(CUSTOMER_SERVICE);


function segments(url: URL): string[] {
  return safeDecode(url.pathname)
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && !/^(?:[a-z]{2}(?:[-_][a-z]{2})?|index\.\w+)$/.test(s))
    .map((s) => s.replace(/\.\w+$/, ''));
}

/** An article teaser that mentions FAQs ("Risotto: answers to the FAQs & recipes" → /stories/risotto-answers-to-faqs):
 *  a long slug behind a text that is more than the FAQ's name, in the content. A footer's "Vanliga frågor eller
 *  reklamera" → /vanliga-fragor-eller-reklamera/ is the help page. */
function isTeaser(link: LinkInfo, url: URL): boolean {
  const slug = segments(url).at(-1) ?? '';
  return slug.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length >= 4 && !isWholeLabel(faqWords, labelOf(link.text)) && linkPlace(link.el) === 'body';
}

/** The link leads to an FAQ or a help centre, judged by its text, or by its path or host on the site itself
 * (an article's link to another company's FAQ is not this site's FAQ). A link whose text names the contact
 * page ("Kontakt" → /hilfe.php) is the contact link, whatever its path. */
function isFaqLink(link: LinkInfo, base: URL | null, index: PageIndex): boolean {
  const url = link.url;
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  const brand = brandOf(base);
  if (link.text.length <= 80 && (faqWords.test(link.text) || isHelpLabel(link.text, brand))) return !isTeaser(link, url);
  const label = labelOf(link.text);
  const service = isCustomerServiceLabel(label, brand);
  const offSite = base !== null && siteOf(url.hostname) !== siteOf(base.hostname);
  // Another site's page is this site's help only when the link names the customer service and its address the help
  // centre ("Kundservice" → account.group-example.se/vanliga-fragor/): a shared help centre of a media group or a hosted one.
  // An article's "customer service" link to another company's help centre sits in its prose.
  if (offSite && (!service || (linkPlace(link.el) === 'body' && link.el.closest('p') !== null))) return false;
  // "Customer service" is the help centre when the address says so too; otherwise it is the contact page.
  if (contactWords.test(label) && !customerService.test(label)) return false;
  const path = link.path;
  if (FAQ_PATH.test(path)) return true;
  const parts = segments(url);
  if (parts.length > 0 && HELP_PATH_LAST.test(parts[parts.length - 1]!)) return true;
  const helpHost = HELP_HOST_LABEL.test(url.hostname.split('.')[0] ?? '');
  if (offSite) return helpHost;
  // "Kundenservice" → /hilfe/kundenservice/ is the help centre; without a contact link of its own, "Customer services" →
  // /customer-service/ is too; "/asiakaspalvelu" names the contact page.
  if (service && (pathTokens(url).some((t) => HELP_PATH_LAST.test(t)) || (!CONTACT_PATH.test(path) && !hasContactLink(index)))) return true;
  if (helpHost) return (parts.length === 0 || HELP_CENTRE_SECTION.test(parts[0]!)) && !parts.includes('requests') && !parts.includes('tickets');
  // A question under a help or customer-service heading is one of the help centre's answers.
  return /\?\s*$/.test(link.text) && link.text.length <= 120 && helpHeading(link.el);
}

const contactLinks = new WeakMap<PageIndex, boolean>();

/** A link to a contact page by a name other than customer service ("Kontakt", "Contact us"). Without one, the
 *  customer-service link is the way to the help centre as well as to the contact channels. */
function hasContactLink(index: PageIndex): boolean {
  let has = contactLinks.get(index);
  if (has === undefined) {
    has = index.links.some((link) => {
      const label = labelOf(link.text);
      return label.length > 0 && label.length <= 40 && contactWords.test(label) && !customerService.test(label);
    });
    contactLinks.set(index, has);
  }
  return has;
}

/** First path segments of a help centre's answers (Zendesk "/hc/…", "/articles/…", a knowledge base). */
const HELP_CENTRE_SECTION = /^(?:hc|articles?|categories|sections|kb|knowledge-?base|topics|faq|s)$/;

function helpHeading(el: Element): boolean {
  const heading = groupHeading(el);
  return heading.length > 0 && (customerService.test(heading) || isHelpLabel(heading) || faqWords.test(heading));
}

// "Conveyancing questions" over "How long does it take?", "What does it cost?": an FAQ without the word.
const QUESTIONS_HEADING = cueMatcher(QUESTIONS_WORDS);

/** A heading that names questions, followed by at least two headings that are questions. */
function questionList(index: PageIndex): Element | null {
  const questions = index.headings.filter((h) => /\?\s*$/.test((h.textContent ?? '').trim()) && (h.textContent ?? '').length <= 150);
  if (questions.length < 2) return null;
  return index.headings.find((h) => !questions.includes(h) && (h.textContent ?? '').length <= 80 && QUESTIONS_HEADING.test(fold(h.textContent ?? ''))) ?? null;
}

/** Questions folded into an accordion: three or more <summary> or expandable buttons in one group that
 *  end in "?". An article's question headings ("What is SEO?") are prose, not this interactive pattern. */
function questionAccordion(index: PageIndex): Element | null {
  const toggles = index.query('summary, [aria-expanded], [aria-controls]', 2000);
  const perGroup = new Map<Element, number>();
  for (const el of toggles) {
    const text = (el.textContent ?? '').trim();
    if (text.length < 5 || text.length > 200 || !/\?\s*$/.test(text)) continue;
    // The group: the list, section or container that holds the items (two or three levels up).
    const group = el.parentElement?.parentElement?.parentElement ?? el.parentElement;
    if (!group) continue;
    const count = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, count);
    if (count >= 3) return group;
  }
  return null;
}

export const faqCollector: AssetCollector = {
  id: 'faq',
  assets: ['faq'],
  collect(index) {
    const found = new Found();
    scanHeadings(index, { words: faqWords }, found);
    if (jsonLdNodes(index).some((node) => jsonLdTypes(node).includes('FAQPage'))) found.add('content', { text: 'JSON-LD FAQPage' });
    for (const el of index.query('[itemtype*="schema.org/FAQPage"]')) found.add('content', { text: 'microdata FAQPage', el });
    const list = questionList(index);
    if (list) found.add('content', { text: fold(list.textContent ?? ''), el: list });
    const accordion = questionAccordion(index);
    if (accordion) found.add('content', { text: fold(accordion.textContent ?? '').slice(0, 160), el: accordion });
    for (const link of index.links) if (isFaqLink(link, index.base, index)) found.add('link', { text: link.rawText, url: link.url!.href, el: link.el });
    return { faq: found.result() };
  },
};
