import { IMAGE_ALT_RULES } from '../engine/accessibility';
import { defineRule } from '../engine/rule';
import { a11yEvidence, elementCount, inStage } from './a11y-results';

export default defineRule({
  meta: {
    id: 'product-image-alt',
    needs: ['accessibility'],
    title: { en: 'Product images have text alternatives', fi: 'Tuotekuvilla on tekstivastineet' },
    failTitle: { en: 'Product images lack text alternatives', fi: 'Tuotekuvilta puuttuu tekstivastine' },
    warn: { title: { en: 'Product image check unfinished', fi: 'Tuotekuvien tarkistus jäi kesken' }, messages: ['notFinished'] },
    fix: {
      en: 'Describe each product image in its alt text (what it is, colour, model), so screen readers and image search can compare products too.',
      fi: 'Kuvaa jokainen tuotekuva alt-tekstissä (mikä tuote, väri, malli), jotta ruudunlukijan käyttäjä ja kuvahaku voivat myös verrata tuotteita.',
    },
    messages: {
      described: { en: 'All {images} product images have a text alternative.', fi: 'Kaikilla {images} tuotekuvalla on tekstivastine.' },
      missing: {
        en: '{missing} product images have no text alternative (of {images} found); a visitor who cannot see them cannot compare the products.',
        fi: '{missing} tuotekuvalta puuttuu tekstivastine ({images} löydetystä); kävijä, joka ei näe kuvia, ei voi verrata tuotteita.',
      },
      notFinished: {
        en: 'The image checks did not run before time ran out; the {images} product images count as not described.',
        fi: 'Kuvien tarkistukset jäivät ajamatta ajan loputtua; {images} tuotekuvaa lasketaan kuvaamattomiksi.',
      },
      noProducts: { en: 'No product images on this page.', fi: 'Sivulla ei ole tuotekuvia.' },
    },
  },
  evaluate({ accessibility }) {
    const a11y = accessibility!;
    const missing = inStage(a11y, 'consideration');
    const count = elementCount(missing);
    const images = Math.max(a11y.scope.productImages, count);
    // Only the image rules decide this check; when one of them did not run, nothing seen here can pass.
    const imageRulesNotRun = a11y.rulesNotRun.some((id) => IMAGE_ALT_RULES.has(id));
    if (count > 0) {
      const score = imageRulesNotRun ? 0 : 1 - count / images;
      return { outcome: 'fail', message: 'missing', data: { missing: count, images }, evidence: a11yEvidence(missing), score };
    }
    if (images === 0) return { outcome: 'na', message: 'noProducts' };
    if (imageRulesNotRun) return { outcome: 'fail', message: 'notFinished', data: { images }, score: 0 };
    return { outcome: 'pass', message: 'described', data: { images } };
  },
});
