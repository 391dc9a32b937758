// Brand texts come from a form or a hand-written file and end up in reports: they are cleaned to
// plain text here, once. Control characters go (they can hide or reorder text), and so do the
// Unicode marks that override the direction of text, which can make a line read as something else.

/** C0 and C1 controls, DEL, bidi embeddings, overrides and isolates, and the byte-order mark. */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line: line breaks and tabs become spaces, runs of spaces one space, the ends trimmed. */
export function cleanLine(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(HIDDEN, '').replace(/ {2,}/g, ' ').trim();
}

/** Paragraphs: Windows and old Mac line ends become \n, spaces inside each line are tidied,
 *  blank lines between paragraphs shrink to one, the ends are trimmed. */
export function cleanParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The paragraphs a renderer shows: each non-empty line is one. */
export function paragraphsOf(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Length as a reader counts it: an emoji or an accented letter is one character. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
