import { cacheKeyFor } from '../extension/cache-key';

// Drops a tab's cached audit when it navigates or closes, so the popup never shows
// an audit of a page that is no longer there.
export default defineBackground(() => {
  const forget = (tabId: number) => void browser.storage.session.remove(cacheKeyFor(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);
});
