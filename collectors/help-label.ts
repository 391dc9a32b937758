// Whether a link's label names a help centre: shared by the FAQ and the contact-form detectors.
import { CUSTOMER_SERVICE, HELP_LABEL_FILLERS, HELP_WORDS } from '../cues/faq';
import { cueMatcher } from '../cues/match';
import { siteOf } from './page-index';

const helpWords = new Set<string>(HELP_WORDS);
const helpFillers = new Set<string>(HELP_LABEL_FILLERS);
const customerService = cueMatcher(CUSTOMER_SERVICE);

const words = (text: string) => text.split(/[^\p{L}]+/u).filter(Boolean);

/** The site's own name as a word of a label: "eMAG Help" on emag.ro, "Zalando Kundenservice" on zalando.de. */
export function brandOf(base: URL | null): string | null {
  return base ? (siteOf(base.hostname).split('.')[0] ?? null) : null;
}

/** "Help", "Hilfe & Kontakt", "Need help?", "eMAG Help": a label made only of help words, their usual companions and the site's name. */
export function isHelpLabel(text: string, brand: string | null = null): boolean {
  const list = words(text);
  const companion = (w: string) => helpWords.has(w) || helpFillers.has(w) || w === brand;
  return list.length > 0 && list.length <= 5 && list.some((w) => helpWords.has(w)) && list.every(companion);
}

/** "Kundservice", "Service Clients", "Zalando Kundenservice": a customer-service name and nothing but its companions
 *  ("Telesales & Customer Service" is a job category, not the site's help). `label` is folded. */
export function isCustomerServiceLabel(label: string, brand: string | null = null): boolean {
  if (label.length === 0 || label.length > 40) return false;
  const phrase = customerService.find(label);
  if (phrase === null) return false;
  const rest = words(label.replace(phrase, ' '));
  return rest.length <= 3 && rest.every((w) => helpWords.has(w) || helpFillers.has(w) || w === brand);
}
