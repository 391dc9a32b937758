// Opens a URL or file in a fresh tab and waits for its load event, turning network failures
// into errors a person understands.
import type { BrowserContext, Page } from 'playwright-core';
import { ScanFailure } from './scan-page';

export interface LoadOptions {
  /** Load limit; 0 for none of its own (the CLI's deadline bounds the whole audit instead). */
  timeoutMs: number;
}

const NETWORK_ERRORS: [RegExp, string][] = [
  [/ERR_NAME_NOT_RESOLVED/, 'the host name could not be resolved'],
  [/ERR_CONNECTION_REFUSED/, 'the server refused the connection'],
  [/ERR_CONNECTION_(RESET|CLOSED)|ERR_EMPTY_RESPONSE/, 'the server closed the connection'],
  [/ERR_INTERNET_DISCONNECTED|ERR_NETWORK_/, 'there is no network connection'],
  [/ERR_CERT_|ERR_SSL_/, 'the site’s TLS certificate is not valid'],
  [/ERR_TOO_MANY_REDIRECTS/, 'the site redirects in a loop'],
  [/ERR_UNSAFE_PORT/, 'browsers refuse to open that port'],
  [/ERR_FILE_NOT_FOUND/, 'the file does not exist'],
  [/Download is starting|ERR_ABORTED/, 'it is a download, not a web page'],
];

export async function loadPage(context: BrowserContext, url: URL, options: LoadOptions): Promise<Page> {
  const page = await context.newPage();
  let response;
  try {
    response = await page.goto(url.href, { waitUntil: 'load', timeout: options.timeoutMs });
  } catch (error) {
    await page.close().catch(() => undefined);
    const text = error instanceof Error ? error.message : String(error);
    if (/Timeout .*exceeded/i.test(text)) throw new ScanFailure(`${url.href} did not finish loading in ${Math.round(options.timeoutMs / 1000)} s`);
    const known = NETWORK_ERRORS.find(([pattern]) => pattern.test(text));
    throw new ScanFailure(`Could not open ${url.href}: ${known ? known[1] : text.split('\n')[0]}`);
  }
  if (response) {
    const status = response.status();
    if (status >= 400) {
      await page.close();
      throw new ScanFailure(`${url.href} answered HTTP ${status}: there is no page to audit`);
    }
    const type = (await response.headerValue('content-type')) ?? '';
    if (type && !/html/i.test(type)) {
      await page.close();
      throw new ScanFailure(`${url.href} is not an HTML page (${type.split(';')[0]})`);
    }
  }
  return page;
}
