import { cueMatcher } from '../cues/match';
import { PAYMENT_CONTEXT, PAYMENT_METHODS, type PaymentCue } from '../cues/payment';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { fold, jsonLdNodes, type PageIndex } from './page-index';

const context = cueMatcher(PAYMENT_CONTEXT);
const matchers = PAYMENT_METHODS.map((cue) => ({ cue, words: cueMatcher(cue.names) }));

function methodsIn(text: string, allowAmbiguous: boolean): PaymentCue[] {
  return matchers.filter(({ cue, words }) => (allowAmbiguous || !cue.ambiguous) && words.test(text)).map(({ cue }) => cue);
}

/** An image's words: alt, title, class and file name ("/img/logo-visa.svg" → "logo visa"). */
function imageWords(el: Element): string {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return fold([el.getAttribute('alt'), el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('class'), file.replace(/\.\w+$/, '')].join(' ').replace(/[_-]/g, ' '));
}

function detect(index: PageIndex): Found {
  const found = new Found();
  for (const img of index.images) {
    const words = imageWords(img);
    const methods = methodsIn(words, true);
    if (methods.length > 0) found.add('content', { text: words.slice(0, 80), el: img }, methods.map((m) => m.item));
  }
  const lines = index.text.split('\n');
  lines.forEach((line, i) => {
    if (line.length > 300) return;
    const inContext = context.test(line) || context.test(lines[i - 1] ?? '') || context.test(lines[i - 2] ?? '');
    const methods = methodsIn(line, inContext);
    if (methods.length > 0 && (inContext || line.length < 120)) found.add('content', { text: line }, methods.map((m) => m.item));
  });
  for (const node of jsonLdNodes(index)) {
    const accepted = node['paymentAccepted'];
    if (typeof accepted === 'string') {
      const methods = methodsIn(fold(accepted), true);
      if (methods.length > 0) found.add('content', { text: accepted }, methods.map((m) => m.item));
    }
  }
  return found;
}

export const paymentCollector: AssetCollector = {
  id: 'payment',
  assets: ['payment.methods'],
  collect: (index) => ({ 'payment.methods': detect(index).result() }),
};
