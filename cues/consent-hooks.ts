// The hooks a consent platform gives a site for its "cookie settings" link or button, and the marks it leaves on
// the tags it governs. A site puts them in its footer so that a visitor can reopen the dialog: where one stands,
// the platform is installed even when its loader came through a tag manager. One record per platform; the item
// ids are those of CONSENT_VENDORS. Taken from each platform's own documentation of how to add such a link.
//   selectors: classes, ids and attributes the platform's script looks for (plain selectors, no pseudo-classes);
//   calls: the global a handler calls ("Didomi.preferences.show()"), read in handlers and javascript: links.
export interface ConsentHook {
  item: string;
  selectors?: readonly string[];
  calls?: readonly string[];
}

export const CONSENT_HOOKS: readonly ConsentHook[] = [
  { item: 'onetrust', selectors: ['.ot-sdk-show-settings', '#ot-sdk-btn', '.optanon-show-settings', '.optanon-toggle-display', 'script[class*="optanon-category-"]'], calls: ['OneTrust', 'Optanon', 'OptanonWrapper'] },
  { item: 'cookiebot', selectors: ['script[data-cookieconsent]', 'iframe[data-cookieconsent]'], calls: ['Cookiebot'] },
  { item: 'usercentrics', selectors: ['a[href="#uc-central-modal-show"]', 'a[href="#uc-corner-modal-show"]', '#uc-central-modal-show', '#uc-corner-modal-show', 'script[data-usercentrics]'], calls: ['UC_UI', 'usercentrics'] },
  { item: 'iubenda', selectors: ['.iubenda-cs-preferences-link', '.iubenda-advertising-preferences-link', '.iubenda-cs-uspr-link', 'script._iub_cs_activate', 'script._iub_cs_activate-inline'], calls: ['_iub'] },
  { item: 'complianz', selectors: ['.cmplz-manage-consent', '.cmplz-show-banner', '.cmplz-revoke', '.cmplz-revoke-custom', '[data-cmplz-src]', 'script.cmplz-script'] },
  { item: 'cookieyes', selectors: ['.cky-banner-element', '.cky-btn-revisit', '.cky-btn-revisit-wrapper', '[data-cky-tag]'] },
  { item: 'cookielawinfo', selectors: ['.wt-cli-manage-consent-link', '.cli_settings_button', '#cookie-law-info-again'] },
  { item: 'didomi', selectors: ['[data-didomi-config]'], calls: ['Didomi', 'didomiOnReady'] },
  { item: 'sourcepoint', calls: ['_sp_', '_sp_queue'] },
  // TrustArc's handler reads like a host ("truste.eu.clickListener()"), so it is matched as written.
  { item: 'trustarc', selectors: ['#teconsent', 'a[href*="truste.eu.clickListener"]', '[onclick*="truste.eu.clickListener"]'], calls: ['truste'] },
  { item: 'osano', calls: ['Osano'] },
  { item: 'termly', selectors: ['.termly-display-preferences'], calls: ['displayPreferenceModal'] },
  { item: 'borlabs', selectors: ['.borlabs-cookie-preference', '._brlbs-cookie-preference'], calls: ['BorlabsCookie'] },
  { item: 'klaro', calls: ['klaro'] },
  { item: 'cookiehub', calls: ['cookiehub'] },
  { item: 'cookiescript', calls: ['CookieScript'] },
  { item: 'axeptio', calls: ['openAxeptioCookies'] },
  { item: 'civic', calls: ['CookieControl'] },
  { item: 'ketch', calls: ['ketch'] },
  { item: 'tarteaucitron', calls: ['tarteaucitron'] },
  { item: 'quantcast', selectors: ['.qc-cmp2-persistent-link'] },
  // The open-source CookieConsent library (orestbida): its settings buttons and the category mark on held-back tags.
  { item: 'cookieconsent', selectors: ['[data-cc="c-settings"]', '[data-cc="show-preferencesModal"]', '[data-cc="show-consentModal"]', 'script[data-cookiecategory]'] },
  { item: 'cookieinformation', selectors: ['script[data-category-consent]', 'iframe[data-category-consent]', '[data-consent-src]'] },
];
