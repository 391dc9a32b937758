// Whether a link's label names a help centre: shared by the FAQ and the contact-form detectors.
import { HELP_LABEL_FILLERS, HELP_WORDS } from '../cues/faq';

const helpWords = new Set<string>(HELP_WORDS);
const helpFillers = new Set<string>(HELP_LABEL_FILLERS);

/** "Help", "Hilfe & Kontakt", "Need help?": a label made only of help words and their usual companions. */
export function isHelpLabel(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.some((w) => helpWords.has(w)) && words.every((w) => helpWords.has(w) || helpFillers.has(w));
}
