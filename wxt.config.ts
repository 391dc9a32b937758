import { defineConfig } from 'wxt';

// Production asks only for activeTab, scripting and storage: the scanner is injected on a
// toolbar click, never on every page. Automation cannot click the toolbar, so the e2e build
// (`--mode e2e`) stands in for what activeTab grants on a click: access to the fixture server
// on 127.0.0.1 and the tab's URL (`tabs`).
//
// Firefox needs a fixed add-on id (storage and signing are keyed by it), and 140 is the first
// desktop release that reads data_collection_permissions (142 on Android); Polku collects
// nothing, hence "none".
const GECKO_SETTINGS = {
  gecko: { id: 'polku@polku-audit', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', ...(mode === 'e2e' ? ['tabs'] : [])],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO_SETTINGS } : {}),
  }),
});
