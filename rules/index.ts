// Every rule of the catalogue. Stages and weights are in engine/config.ts.
import type { Rule } from '../engine/rule';
import accessibility from './accessibility';
import accessibleForms from './accessible-forms';
import adPixels from './ad-pixels';
import analyticsInstalled from './analytics-installed';
import businessEmail from './business-email';
import cls from './cls';
import companyIdentity from './company-identity';
import consentBeforeTracking from './consent-before-tracking';
import contactAvailable from './contact-available';
import contactBeyondPhone from './contact-beyond-phone';
import contentHub from './content-hub';
import customerAccount from './customer-account';
import customerProof from './customer-proof';
import deliveryInfo from './delivery-info';
import faqAvailable from './faq-available';
import heatmaps from './heatmaps';
import https from './https';
import lcp from './lcp';
import lighthouseAccessibility from './lighthouse-accessibility';
import lighthouseBestPractices from './lighthouse-best-practices';
import lighthousePerformance from './lighthouse-performance';
import lighthouseSeo from './lighthouse-seo';
import localPaymentMethods from './local-payment-methods';
import loyaltyProgramme from './loyalty-programme';
import onlineBooking from './online-booking';
import metaDescription from './meta-description';
import mobileViewport from './mobile-viewport';
import newsletterSignup from './newsletter-signup';
import pageTitle from './page-title';
import paymentMethods from './payment-methods';
import pathLinks from './path-links';
import pricingVisible from './pricing-visible';
import privacyPolicy from './privacy-policy';
import productImageAlt from './product-image-alt';
import referralProgramme from './referral-programme';
import returnsPolicy from './returns-policy';
import reviewsVisible from './reviews-visible';
import shareButtons from './share-buttons';
import singleH1 from './single-h1';
import socialProfiles from './social-profiles';
import termsAvailable from './terms-available';
// Speed, mobile and form friction (issue 7).
import contentFitsScreen from './content-fits-screen';
import fcp from './fcp';
import formFriction from './form-friction';
import inp from './inp';
import pageWeight from './page-weight';
import phoneTelLink from './phone-tel-link';
import renderBlocking from './render-blocking';
import tapTargets from './tap-targets';
import textSize from './text-size';
import thirdPartyShare from './third-party-share';
import ttfb from './ttfb';

export const RULES: readonly Rule[] = [
  pageTitle,
  metaDescription,
  singleH1,
  socialProfiles,
  contentHub,
  adPixels,
  customerProof,
  faqAvailable,
  pricingVisible,
  contactAvailable,
  contactBeyondPhone,
  businessEmail,
  paymentMethods,
  localPaymentMethods,
  privacyPolicy,
  termsAvailable,
  companyIdentity,
  deliveryInfo,
  returnsPolicy,
  pathLinks,
  newsletterSignup,
  customerAccount,
  loyaltyProgramme,
  onlineBooking,
  shareButtons,
  reviewsVisible,
  referralProgramme,
  https,
  mobileViewport,
  lcp,
  cls,
  analyticsInstalled,
  heatmaps,
  consentBeforeTracking,
  lighthousePerformance,
  lighthouseAccessibility,
  lighthouseBestPractices,
  lighthouseSeo,
  accessibility,
  accessibleForms,
  productImageAlt,
  inp,
  fcp,
  ttfb,
  pageWeight,
  renderBlocking,
  thirdPartyShare,
  contentFitsScreen,
  tapTargets,
  textSize,
  phoneTelLink,
  formFriction,
] as Rule[];
