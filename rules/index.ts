// Every rule of the catalogue. Stages and weights are in engine/config.ts.
import type { Rule } from '../engine/rule';
import cls from './cls';
import contactAvailable from './contact-available';
import contactBeyondPhone from './contact-beyond-phone';
import customerProof from './customer-proof';
import faqAvailable from './faq-available';
import https from './https';
import lcp from './lcp';
import metaDescription from './meta-description';
import mobileViewport from './mobile-viewport';
import newsletterSignup from './newsletter-signup';
import pageTitle from './page-title';
import paymentMethods from './payment-methods';
import privacyPolicy from './privacy-policy';
import reviewsVisible from './reviews-visible';
import shareButtons from './share-buttons';
import singleH1 from './single-h1';
import socialProfiles from './social-profiles';

export const RULES: readonly Rule[] = [
  pageTitle,
  metaDescription,
  singleH1,
  socialProfiles,
  customerProof,
  faqAvailable,
  contactAvailable,
  contactBeyondPhone,
  paymentMethods,
  privacyPolicy,
  newsletterSignup,
  shareButtons,
  reviewsVisible,
  https,
  mobileViewport,
  lcp,
  cls,
] as Rule[];
