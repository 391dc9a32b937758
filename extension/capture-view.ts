// The audited tab as the user sees it, for the report's cover: captured on the toolbar click, which
// is when activeTab allows it, and only when that tab is the one showing in its window.
import { browser } from 'wxt/browser';
import { safeImage } from '../report/document';

export async function captureTabView(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) return null;
    return safeImage(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 60 }));
  } catch {
    return null; // a report without its picture is still the report
  }
}
