import { describe } from 'vitest';
import cls from '../../rules/cls';
import contactAvailable from '../../rules/contact-available';
import contactBeyondPhone from '../../rules/contact-beyond-phone';
import customerProof from '../../rules/customer-proof';
import faqAvailable from '../../rules/faq-available';
import https from '../../rules/https';
import lcp from '../../rules/lcp';
import metaDescription from '../../rules/meta-description';
import mobileViewport from '../../rules/mobile-viewport';
import newsletterSignup from '../../rules/newsletter-signup';
import pageTitle from '../../rules/page-title';
import paymentMethods from '../../rules/payment-methods';
import privacyPolicy from '../../rules/privacy-policy';
import reviewsVisible from '../../rules/reviews-visible';
import shareButtons from '../../rules/share-buttons';
import singleH1 from '../../rules/single-h1';
import socialProfiles from '../../rules/social-profiles';
import { facts, found, pageFacts, testRule } from '../support/rule-tester';

describe('contact', () => {
  testRule(contactBeyondPhone, [
    { name: 'phone only fails', facts: facts({ 'contact.phone': found() }), outcome: 'fail', message: 'phoneOnly', score: 0 },
    { name: 'email without form is half', facts: facts({ 'contact.phone': found(), 'contact.email': found() }), outcome: 'fail', message: 'emailOnly', score: 0.5 },
    { name: 'a contact form passes', facts: facts({ 'contact.phone': found(), 'contact.form': found('link') }), outcome: 'pass', message: 'ok' },
    { name: 'a chat passes', facts: facts({ 'contact.chat': found('script', ['intercom']) }), outcome: 'pass', message: 'ok' },
    { name: 'nothing at all', facts: facts(), outcome: 'fail', message: 'noContact' },
  ]);
  testRule(contactAvailable, [
    { name: 'no channel fails', facts: facts(), outcome: 'fail', message: 'none' },
    { name: 'any channel passes', facts: facts({ 'contact.email': found() }), outcome: 'pass', message: 'found' },
  ]);
});

describe('consideration', () => {
  testRule(customerProof, [
    { name: 'testimonials pass', facts: facts({ 'proof.testimonials': found() }), outcome: 'pass', message: 'found' },
    { name: 'a review widget passes', facts: facts({ 'proof.reviews': found('script', ['trustpilot']) }), outcome: 'pass', message: 'found' },
    { name: 'proof behind a link is half', facts: facts({ 'proof.testimonials': found('link') }), outcome: 'fail', message: 'linkOnly', score: 0.5 },
    { name: 'no proof fails', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
  testRule(faqAvailable, [
    { name: 'faq on page', facts: facts({ faq: found() }), outcome: 'pass', message: 'onPage' },
    { name: 'faq linked', facts: facts({ faq: found('link') }), outcome: 'pass', message: 'linked' },
    { name: 'no faq', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
});

describe('purchase', () => {
  testRule(paymentMethods, [
    { name: 'not a shop is not applicable', facts: facts(), outcome: 'na', message: 'notShop' },
    { name: 'a cart without payment methods fails', facts: facts({ 'commerce.cart': found() }), outcome: 'fail', message: 'none', score: 0 },
    { name: 'two methods earn two thirds', facts: facts({ 'commerce.cart': found(), 'payment.methods': found('content', ['visa', 'paypal']) }), outcome: 'fail', message: 'few', score: 2 / 3 },
    { name: 'three methods pass', facts: facts({ 'payment.methods': found('content', ['visa', 'mobilepay', 'paytrail']) }), outcome: 'pass', message: 'ok' },
    { name: 'methods written in words count each', facts: facts({ 'commerce.cart': found(), 'payment.methods': found('content', ['invoice', 'sepa', 'creditcard', 'paypal', 'bank']) }), outcome: 'pass', message: 'ok' },
    { name: 'unnamed payment logos are checked, not counted as none', facts: facts({ 'commerce.cart': found(), 'payment.methods': found('content', []) }), outcome: 'review', message: 'unnamed' },
  ]);
  testRule(privacyPolicy, [
    { name: 'linked policy passes', facts: facts({ 'trust.privacy': found('link', [], [{ kind: 'link', url: 'https://example.fi/tietosuoja' }]) }), outcome: 'pass', message: 'found' },
    { name: 'no policy fails', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
});

describe('retention and advocacy', () => {
  testRule(newsletterSignup, [
    { name: 'signup form', facts: facts({ 'retention.newsletter': found() }), outcome: 'pass', message: 'form', score: 1 },
    { name: 'signup behind a link', facts: facts({ 'retention.newsletter': found('link') }), outcome: 'pass', message: 'linked', score: 0.8 },
    { name: 'a mailing tool installed but no signup offered', facts: { ...facts(), tools: { emailMarketing: found('script', ['klaviyo']) } }, outcome: 'fail', message: 'toolOnly', score: 0.3 },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
  testRule(shareButtons, [
    { name: 'share links', facts: facts({ 'advocacy.share': found('content', ['facebook']) }), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
  testRule(reviewsVisible, [
    { name: 'ratings shown', facts: facts({ 'proof.reviews': found() }), outcome: 'pass', message: 'shown' },
    { name: 'a review app installed but nothing shown', facts: facts({ 'proof.reviews': found('script', ['yotpo']) }), outcome: 'fail', message: 'scriptOnly', score: 0.3 },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
  testRule(socialProfiles, [
    { name: 'profiles linked', facts: facts({ 'social.profiles': found('content', ['instagram']) }), outcome: 'pass', message: 'found' },
    { name: 'none', facts: facts(), outcome: 'fail', message: 'none' },
  ]);
});

describe('awareness', () => {
  testRule(pageTitle, [
    { name: 'good title', facts: facts(), outcome: 'pass', message: 'ok' },
    { name: 'empty title', facts: facts({}, { page: pageFacts({ title: '' }) }), outcome: 'fail', message: 'missing' },
    { name: 'short title', facts: facts({}, { page: pageFacts({ title: 'Etusivu' }) }), outcome: 'fail', message: 'short' },
    { name: 'long title', facts: facts({}, { page: pageFacts({ title: 'x'.repeat(90) }) }), outcome: 'fail', message: 'long' },
  ]);
  testRule(metaDescription, [
    { name: 'present', facts: facts(), outcome: 'pass', message: 'ok' },
    { name: 'missing', facts: facts({}, { page: pageFacts({ description: null }) }), outcome: 'fail', message: 'missing' },
    { name: 'short', facts: facts({}, { page: pageFacts({ description: 'Siivousta.' }) }), outcome: 'fail', message: 'short' },
  ]);
  testRule(singleH1, [
    { name: 'one h1', facts: facts(), outcome: 'pass', message: 'ok' },
    { name: 'no h1', facts: facts({}, { page: pageFacts({ h1: [] }) }), outcome: 'fail', message: 'missing' },
    { name: 'two h1', facts: facts({}, { page: pageFacts({ h1: ['A', 'B'] }) }), outcome: 'fail', message: 'several' },
  ]);
});

describe('foundation', () => {
  testRule(https, [
    { name: 'https', facts: facts(), outcome: 'pass', message: 'ok' },
    { name: 'http', facts: facts({}, { page: pageFacts({ https: false, url: 'http://example.fi/' }) }), outcome: 'fail', message: 'insecure' },
    { name: 'a local file is not judged', facts: facts({}, { page: pageFacts({ https: false, url: 'file:///tmp/index.html' }) }), outcome: 'na', message: 'localFile' },
    { name: 'a local preview is not judged', facts: facts({}, { page: pageFacts({ https: false, url: 'http://127.0.0.1:8080/' }) }), outcome: 'na', message: 'local' },
    { name: 'a host that only starts like loopback is judged', facts: facts({}, { page: pageFacts({ https: false, url: 'http://localhost.example.fi/' }) }), outcome: 'fail', message: 'insecure' },
  ]);
  testRule(mobileViewport, [
    { name: 'responsive', facts: facts(), outcome: 'pass', message: 'ok' },
    { name: 'missing', facts: facts({}, { page: pageFacts({ viewport: null }) }), outcome: 'fail', message: 'missing' },
    { name: 'fixed width', facts: facts({}, { page: pageFacts({ viewport: 'width=1024' }) }), outcome: 'fail', message: 'notResponsive' },
    { name: 'zoom blocked', facts: facts({}, { page: pageFacts({ viewport: 'width=device-width, user-scalable=no' }) }), outcome: 'fail', message: 'noZoom' },
  ]);
  testRule(lcp, [
    { name: 'fast', facts: facts(), outcome: 'pass', message: 'good' },
    { name: 'between thresholds earns partial credit', facts: facts({}, { vitals: { lcp: 3250, cls: 0, fcp: 900, ttfb: 100 } }), outcome: 'fail', message: 'slow', score: 0.5 },
    { name: 'slow', facts: facts({}, { vitals: { lcp: 6000, cls: 0, fcp: 900, ttfb: 100 } }), outcome: 'fail', message: 'slow', score: 0 },
    { name: 'not measured is not applicable', facts: facts({}, { vitals: { lcp: null, cls: null, fcp: null, ttfb: null } }), outcome: 'na', message: 'notMeasured' },
  ]);
  testRule(cls, [
    { name: 'stable', facts: facts(), outcome: 'pass', message: 'good' },
    { name: 'shifty', facts: facts({}, { vitals: { lcp: 1000, cls: 0.4, fcp: 900, ttfb: 100 } }), outcome: 'fail', message: 'shifty', score: 0 },
  ]);
});
