import { describe } from 'vitest';
import businessEmail from '../../rules/business-email';
import companyIdentity from '../../rules/company-identity';
import deliveryInfo from '../../rules/delivery-info';
import localPaymentMethods from '../../rules/local-payment-methods';
import pricingVisible from '../../rules/pricing-visible';
import returnsPolicy from '../../rules/returns-policy';
import termsAvailable from '../../rules/terms-available';
import { facts, found, pageFacts, testRule } from '../support/rule-tester';

const shop = { 'commerce.cart': found() };
const email = (address: string) => found('content', [], [{ kind: 'content', text: address, url: `mailto:${address}` }]);

describe('trust', () => {
  testRule(businessEmail, [
    { name: 'own domain', facts: facts({ 'contact.email': email('myynti@siivousaurinko.fi') }), outcome: 'pass', message: 'own' },
    { name: 'a free mail domain', facts: facts({ 'contact.email': email('siivousaurinko@gmail.com') }), outcome: 'fail', message: 'free' },
    { name: 'a Finnish free mail domain', facts: facts({ 'contact.email': email('pekka.virtanen@luukku.com') }), outcome: 'fail', message: 'free' },
    { name: 'no email at all is not judged here', facts: facts(), outcome: 'na', message: 'noEmail' },
  ]);
  testRule(companyIdentity, [
    { name: 'business id shown', facts: facts({ 'trust.company': found('content', [], [{ kind: 'content', text: 'Y-tunnus 1234567-8' }]) }), outcome: 'pass', message: 'found', score: 1 },
    { name: 'imprint behind a link', facts: facts({ 'trust.company': found('link') }), outcome: 'pass', message: 'found', score: 0.8 },
    { name: 'only an address', facts: facts({ 'contact.address': found() }), outcome: 'fail', message: 'addressOnly', score: 0.5 },
    { name: 'nothing', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
  testRule(termsAvailable, [
    { name: 'terms linked', facts: facts({ 'trust.terms': found('link') }), outcome: 'pass', message: 'found' },
    { name: 'no terms', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
});

describe('commerce', () => {
  testRule(deliveryInfo, [
    { name: 'not a shop', facts: facts(), outcome: 'na', message: 'na' },
    { name: 'a shop without delivery info', facts: facts(shop), outcome: 'fail', message: 'missing' },
    { name: 'delivery info behind a link earns most', facts: facts({ ...shop, 'commerce.delivery': found('link') }), outcome: 'pass', message: 'found', score: 0.8 },
  ]);
  testRule(returnsPolicy, [
    { name: 'not a shop', facts: facts(), outcome: 'na', message: 'na' },
    { name: 'a shop without returns policy', facts: facts(shop), outcome: 'fail', message: 'missing' },
    { name: 'returns shown', facts: facts({ ...shop, 'commerce.returns': found() }), outcome: 'pass', message: 'found' },
  ]);
  testRule(pricingVisible, [
    { name: 'prices shown', facts: facts({ 'offer.pricing': found() }), outcome: 'pass', message: 'found', score: 1 },
    { name: 'no prices', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
  const fiShop = { page: pageFacts({ url: 'https://kauppa.example.fi/', lang: 'fi' }) };
  testRule(localPaymentMethods, [
    { name: 'Finnish shop with only cards', facts: facts({ ...shop, 'payment.methods': found('content', ['visa', 'mastercard', 'amex']) }, fiShop), outcome: 'fail', message: 'none' },
    { name: 'Finnish shop with MobilePay', facts: facts({ ...shop, 'payment.methods': found('content', ['visa', 'mobilepay']) }, fiShop), outcome: 'pass', message: 'ok' },
    { name: 'Swedish shop with Swish', facts: facts({ ...shop, 'payment.methods': found('content', ['swish']) }, { page: pageFacts({ url: 'https://butik.example.se/', lang: 'sv' }) }), outcome: 'pass', message: 'ok' },
    { name: 'a Polish shop with cards only', facts: facts({ ...shop, 'payment.methods': found('content', ['visa', 'mastercard']) }, { page: pageFacts({ url: 'https://sklep.example.pl/', lang: 'pl' }) }), outcome: 'fail', message: 'none' },
    { name: 'a Portuguese-language shop on a .com with MB Way', facts: facts({ ...shop, 'payment.methods': found('content', ['mbway', 'visa']) }, { page: pageFacts({ url: 'https://loja.example.com/', lang: 'pt-PT' }) }), outcome: 'pass', message: 'ok' },
    { name: 'an Austrian shop (de-AT on a .com) is judged by Austrian habits', facts: facts({ ...shop, 'payment.methods': found('content', ['eps']) }, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'de-AT' }) }), outcome: 'pass', message: 'ok' },
    { name: 'a Swiss shop without TWINT or PostFinance', facts: facts({ ...shop, 'payment.methods': found('content', ['sofort', 'visa']) }, { page: pageFacts({ url: 'https://shop.example.ch/', lang: 'de-CH' }) }), outcome: 'fail', message: 'none' },
    { name: 'a Brazilian shop is not judged by Portuguese habits', facts: facts({ ...shop, 'payment.methods': found('content', ['visa']) }, { page: pageFacts({ url: 'https://loja.example.com/', lang: 'pt-BR' }) }), outcome: 'na', message: 'na' },
    { name: 'an English-language .com site has no known local market', facts: facts({ ...shop, 'payment.methods': found('content', ['visa']) }, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'en' }) }), outcome: 'na', message: 'na' },
    { name: 'no payment methods at all is the other rule’s finding', facts: facts(shop, fiShop), outcome: 'na', message: 'na' },
  ]);
});
