import { cueMatcher } from '../cues/match';
import { NEWSLETTER } from '../cues/retention';
import type { AssetCollector } from './collector';
import { scanLinks } from './cue-scan';
import { Found } from './found';
import { elementText, fold } from './page-index';

const words = cueMatcher(NEWSLETTER);

/** The nearest heading-like text before a form, for forms that carry no words of their own. */
function precedingText(form: Element): string {
  const parent = form.parentElement;
  return parent ? fold(elementText(parent)).slice(0, 400) : '';
}

export const newsletterCollector: AssetCollector = {
  id: 'newsletter',
  assets: ['retention.newsletter'],
  collect(index) {
    const found = new Found();
    for (const form of index.forms) {
      const email = form.querySelector('input[type="email"], input[name*="mail" i]');
      if (!email || form.querySelector('input[type="password"], textarea')) continue;
      const text = fold(`${elementText(form)} ${form.getAttribute('action') ?? ''} ${form.getAttribute('id') ?? ''} ${form.getAttribute('class') ?? ''}`);
      if (words.test(text) || words.test(precedingText(form))) found.add('content', { text: elementText(form).slice(0, 120), el: form });
    }
    scanLinks(index, { words, path: /newsletter|uutiskirje|nyhetsbrev|nyhedsbrev/, maxLabel: 60 }, found);
    return { 'retention.newsletter': found.result() };
  },
};
