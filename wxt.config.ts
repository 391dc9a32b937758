import { defineConfig } from 'wxt';

// Production asks only for activeTab, scripting and storage: the scanner is injected on a
// toolbar click, never on every page. Automation cannot click the toolbar, so the e2e build
// (`--mode e2e`) stands in for what activeTab grants on a click: access to the fixture server
// on 127.0.0.1 and the tab's URL (`tabs`).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', ...(mode === 'e2e' ? ['tabs'] : [])],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
  }),
});
