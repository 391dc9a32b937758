import { describe } from 'vitest';
import adPixels from '../../rules/ad-pixels';
import analyticsInstalled from '../../rules/analytics-installed';
import consentBeforeTracking from '../../rules/consent-before-tracking';
import contentHub from '../../rules/content-hub';
import customerAccount from '../../rules/customer-account';
import heatmaps from '../../rules/heatmaps';
import loyaltyProgramme from '../../rules/loyalty-programme';
import referralProgramme from '../../rules/referral-programme';
import { facts, found, pageFacts, testRule } from '../support/rule-tester';

const shop = { 'commerce.cart': found() };
const ga = { 'measure.analytics': found('script', ['ga4']) };

describe('retention and advocacy', () => {
  testRule(customerAccount, [
    { name: 'not a shop', facts: facts(), outcome: 'na', message: 'na' },
    { name: 'shop without login', facts: facts(shop), outcome: 'fail', message: 'missing' },
    { name: 'shop with login', facts: facts({ ...shop, 'retention.account': found('link') }), outcome: 'pass', message: 'found' },
  ]);
  testRule(loyaltyProgramme, [
    { name: 'shop with a programme', facts: facts({ ...shop, 'retention.loyalty': found() }), outcome: 'pass', message: 'found' },
    { name: 'shop without one', facts: facts(shop), outcome: 'fail', message: 'missing' },
  ]);
  testRule(referralProgramme, [
    { name: 'refer a friend', facts: facts({ 'advocacy.referral': found() }), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
});

describe('awareness and measurement', () => {
  testRule(contentHub, [
    { name: 'blog linked', facts: facts({ 'content.blog': found('link') }), outcome: 'pass', message: 'found', score: 0.9 },
    { name: 'no content', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
  testRule(adPixels, [
    { name: 'meta pixel', facts: facts({ 'measure.adPixels': found('script', ['meta']) }), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
  testRule(analyticsInstalled, [
    { name: 'analytics', facts: facts(ga), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
  testRule(heatmaps, [
    { name: 'clarity', facts: facts({ 'measure.heatmap': found('script', ['clarity']) }), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'missing' },
  ]);
  testRule(consentBeforeTracking, [
    { name: 'Finnish site tracks without consent', facts: facts(ga), outcome: 'fail', message: 'noConsent' },
    { name: 'Finnish site with a consent manager', facts: facts({ ...ga, 'trust.consent': found('script', ['cookiebot']) }), outcome: 'pass', message: 'ok' },
    { name: 'a German page on a .com domain is European by language', facts: facts(ga, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'de' }) }), outcome: 'fail', message: 'noConsent' },
    { name: 'an English .com site is not judged', facts: facts(ga, { page: pageFacts({ url: 'https://shop.example.com/', lang: 'en-US' }) }), outcome: 'na', message: 'notEu' },
    { name: 'no tracking, nothing to consent to', facts: facts(), outcome: 'na', message: 'noTracking' },
  ]);
});
