import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';
import { market } from './context';

// Seed 004: buyers abandon a checkout that lacks the way they are used to paying.
// What "local" means per market: the methods most buyers there expect to find.
// Keyed by rules/context.ts market(); items as collectors/payment.ts names them. France is left
// out: its own card scheme (Cartes Bancaires) is not told apart from other cards yet.
const LOCAL_METHODS: Record<string, readonly string[]> = {
  fi: ['mobilepay', 'paytrail', 'bank', 'invoice', 'klarna', 'walley', 'svea'],
  se: ['swish', 'klarna', 'invoice', 'walley', 'svea'],
  no: ['vipps', 'klarna', 'invoice', 'walley'],
  dk: ['mobilepay', 'dankort', 'klarna', 'invoice'],
  de: ['invoice', 'sofort', 'giropay', 'klarna', 'paypal', 'sepa', 'bank'],
  at: ['eps', 'invoice', 'sofort', 'klarna', 'paypal', 'sepa', 'bank'],
  ch: ['twint', 'postfinance', 'invoice'],
  nl: ['ideal', 'klarna', 'invoice'],
  be: ['bancontact', 'payconiq'],
  pl: ['blik', 'przelewy24', 'bank'],
  pt: ['mbway', 'multibanco'],
  es: ['bizum', 'paypal'],
  it: ['satispay', 'paypal'],
  ee: ['bank', 'invoice'],
};

export default defineRule({
  meta: {
    id: 'local-payment-methods',
    needs: ['payment.methods', 'commerce.cart', 'page'],
    title: { en: 'Buyers find the payment methods of their country', fi: 'Ostaja löytää maansa tutut maksutavat' },
    failTitle: { en: 'No local payment methods shown', fi: 'Maan tuttuja maksutapoja ei näy' },
    fix: {
      en: 'Offer and show the methods local buyers expect (in Finland: online bank payment, MobilePay and invoice or instalments, e.g. through Paytrail or Klarna).',
      fi: 'Tarjoa ja näytä paikallisesti odotetut maksutavat (Suomessa verkkopankki, MobilePay ja lasku tai osamaksu, esim. Paytrailin tai Klarnan kautta).',
    },
    messages: {
      ok: { en: 'Local methods shown: {methods}.', fi: 'Paikallisia maksutapoja esillä: {methods}.' },
      none: { en: 'None of the methods buyers in this market expect ({expected}) is shown.', fi: 'Yhtäkään tämän markkinan ostajien odottamista maksutavoista ({expected}) ei näytetä.' },
      na: { en: 'Not an online shop page, or no market with known local methods.', fi: 'Ei verkkokaupan sivu, tai markkinan paikallisia maksutapoja ei tunneta.' },
    },
  },
  evaluate(facts) {
    const payment = detectionOf(facts, 'payment.methods');
    const local = LOCAL_METHODS[market(facts) ?? ''];
    if (!local || payment.present === 'none') return { outcome: 'na', message: 'na' };
    const shown = payment.items.filter((i) => local.includes(i));
    if (shown.length === 0) return { outcome: 'fail', message: 'none', data: { expected: local.join(', ') }, evidence: payment.evidence.slice(0, 2) };
    return { outcome: 'pass', message: 'ok', data: { methods: shown.join(', ') }, evidence: payment.evidence.slice(0, 2) };
  },
});
