import { ADD_TO_CART, CART, CART_PATHS } from '../cues/commerce';
import { cueMatcher } from '../cues/match';
import type { AssetCollector } from './collector';
import { Found } from './found';
import { elementText, fold, type PageIndex } from './page-index';

const addToCart = cueMatcher(ADD_TO_CART);
const cartWords = cueMatcher(CART);

function detect(index: PageIndex): Found {
  const found = new Found();
  for (const el of index.doc.querySelectorAll('button, input[type="submit"], input[type="button"], a[role="button"], [class*="add-to-cart" i], [class*="addtocart" i]')) {
    const label = fold(`${elementText(el)} ${el.getAttribute('value') ?? ''}`);
    if (label.length <= 60 && addToCart.test(label)) {
      found.add('content', { text: label, el });
      break;
    }
  }
  for (const form of index.forms) {
    if (/\/cart\/add|add[-_]?to[-_]?cart|\/basket\/add|\/ostoskori/i.test(form.getAttribute('action') ?? '')) found.add('content', { text: form.getAttribute('action') ?? '', el: form });
  }
  for (const link of index.links) {
    const path = link.url?.pathname.toLowerCase() ?? '';
    const byPath = CART_PATHS.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}.`));
    if (byPath || (link.text.length <= 30 && cartWords.test(link.text))) found.add('link', { text: link.rawText, url: link.url?.href, el: link.el });
  }
  return found;
}

export const commerceCollector: AssetCollector = {
  id: 'commerce',
  assets: ['commerce.cart'],
  collect: (index) => ({ 'commerce.cart': detect(index).result() }),
};
