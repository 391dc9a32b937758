import { defineConfig } from 'wxt';

// Production asks only for activeTab, scripting and storage: the scanner is injected on a
// toolbar click, never on every page. The e2e build (`--mode e2e`) may also reach the
// fixture server on 127.0.0.1, because automation cannot click the toolbar to grant activeTab.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
  }),
});
