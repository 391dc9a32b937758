import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

const ENOUGH = 3;

// Seed 004: few or unfamiliar payment methods stop the purchase at the last step.
export default defineRule({
  meta: {
    id: 'payment-methods',
    needs: ['payment.methods', 'commerce.cart'],
    title: { en: 'Familiar payment methods are shown before checkout', fi: 'Tutut maksutavat näkyvät ennen kassaa' },
    failTitle: { en: 'No payment methods shown', fi: 'Maksutapoja ei näy' },
    warn: { title: { en: 'Few payment methods shown', fi: 'Maksutapoja näkyy vähän' }, messages: ['few'] },
    fix: {
      en: 'Show the payment methods (cards, mobile and bank payments, invoice) as logos near the cart and in the footer; offer at least three.',
      fi: 'Näytä maksutavat (kortit, mobiili- ja pankkimaksut, lasku) logoina ostoskorin lähellä ja alatunnisteessa; tarjoa vähintään kolme.',
    },
    messages: {
      ok: { en: '{count} payment methods shown: {methods}.', fi: '{count} maksutapaa esillä: {methods}.' },
      few: { en: 'Only {count} payment method(s) shown: {methods}.', fi: 'Vain {count} maksutapa(a) esillä: {methods}.' },
      unnamed: {
        en: 'Payment methods are shown, but as logos or words Polku could not name: check that the familiar ones are there.',
        fi: 'Maksutapoja näytetään, mutta logoina tai sanoina, joita Polku ei tunnistanut: tarkista, että tutut maksutavat ovat mukana.',
      },
      none: { en: 'The page sells online but shows no payment methods.', fi: 'Sivulla myydään verkossa, mutta maksutapoja ei näytetä.' },
      notShop: { en: 'No shopping cart or payment options: not an online shop page.', fi: 'Ei ostoskoria eikä maksutapoja: sivu ei ole verkkokaupan sivu.' },
    },
  },
  evaluate(facts, context) {
    const payment = detectionOf(facts, 'payment.methods');
    const cart = detectionOf(facts, 'commerce.cart');
    if (payment.present === 'none') {
      // A site audited as a shop is judged on its payment methods even where no cart was found.
      if (cart.present === 'none' && context?.kind !== 'shop') return { outcome: 'na', message: 'notShop' };
      return { outcome: 'fail', message: 'none', evidence: cart.evidence.slice(0, 1) };
    }
    const count = payment.items.length;
    // A row of logos without names (inline SVG) is no evidence of a single method: the count is unknown, not 0 or 1.
    if (count === 0) return { outcome: 'review', message: 'unnamed', evidence: payment.evidence };
    const data = { count, methods: payment.items.join(', ') };
    if (count < ENOUGH) return { outcome: 'fail', message: 'few', data, score: count / ENOUGH, evidence: payment.evidence };
    return { outcome: 'pass', message: 'ok', data, evidence: payment.evidence };
  },
});
