// The report printed to PDF by Chromium, as a browser's "Save as PDF" would: A4 from the report's
// own @page rule, backgrounds kept, page numbers in the footer. The page runs no script and
// reaches no network.
import { escapeHtml } from '../report/html';
import { launchBrowser } from './chromium';

const LOAD_TIMEOUT_MS = 30_000;

/** `footer`: plain text shown left of the page number on every page (the audited address). */
export async function printPdf(html: string, footer: string): Promise<Buffer> {
  const browser = await launchBrowser({ javaScript: false, onlyHosts: [] });
  try {
    const page = await browser.context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font: 7pt system-ui, sans-serif; color: #5b6770; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;"><span>${escapeHtml(footer.slice(0, 120))}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.kill();
  }
}
