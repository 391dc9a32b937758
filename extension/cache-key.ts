/** Session-storage key of a tab's finished scan; shared by the popup and the background. */
export const cacheKeyFor = (tabId: number) => `audit:${tabId}`;
