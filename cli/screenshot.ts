// The audited view for the report's cover: a JPEG of the viewport, small enough to inline.
import type { Page } from 'playwright-core';
import { safeImage } from '../report/document';

const CAPTURE_TIMEOUT_MS = 3000;

/** The viewport as a data:image URL, or null when the page would not be captured in time. */
export async function captureView(page: Page): Promise<string | null> {
  try {
    const shot = await page.screenshot({ type: 'jpeg', quality: 70, scale: 'css', timeout: CAPTURE_TIMEOUT_MS, caret: 'hide' });
    return safeImage(`data:image/jpeg;base64,${shot.toString('base64')}`);
  } catch {
    return null; // a report without its picture is still the report
  }
}
