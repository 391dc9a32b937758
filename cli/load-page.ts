// Opens a URL or file in a fresh tab and waits for its load event, turning network failures
// into errors a person understands (told in the CLI's language by cli/cli-error.ts).
import type { BrowserContext, Page } from 'playwright-core';
import type { CliTextKey } from '../i18n/cli';
import { ScanFailure } from './cli-error';

export interface LoadOptions {
  /** Load limit; 0 for none of its own (the CLI's deadline bounds the whole audit instead). */
  timeoutMs: number;
}

const NETWORK_ERRORS: [RegExp, CliTextKey][] = [
  [/ERR_NAME_NOT_RESOLVED/, 'net_unresolved'],
  [/ERR_CONNECTION_REFUSED/, 'net_refused'],
  [/ERR_CONNECTION_(RESET|CLOSED)|ERR_EMPTY_RESPONSE/, 'net_closed'],
  [/ERR_INTERNET_DISCONNECTED|ERR_NETWORK_/, 'net_offline'],
  [/ERR_CERT_|ERR_SSL_/, 'net_certificate'],
  [/ERR_TOO_MANY_REDIRECTS/, 'net_redirectLoop'],
  [/ERR_UNSAFE_PORT/, 'net_unsafePort'],
  [/ERR_FILE_NOT_FOUND/, 'net_noFile'],
  [/Download is starting|ERR_ABORTED/, 'net_download'],
];

export async function loadPage(context: BrowserContext, url: URL, options: LoadOptions): Promise<Page> {
  const page = await context.newPage();
  let response;
  try {
    response = await page.goto(url.href, { waitUntil: 'load', timeout: options.timeoutMs });
  } catch (error) {
    await page.close().catch(() => undefined);
    const text = error instanceof Error ? error.message : String(error);
    if (/Timeout .*exceeded/i.test(text)) throw new ScanFailure('load_timeout', { url: url.href, seconds: Math.round(options.timeoutMs / 1000) });
    const known = NETWORK_ERRORS.find(([pattern]) => pattern.test(text));
    throw new ScanFailure('load_failed', { url: url.href, reason: known ? { id: known[1] } : text.split('\n')[0]!.slice(0, 300) });
  }
  if (response) {
    const status = response.status();
    if (status >= 400) {
      await page.close();
      throw new ScanFailure('load_httpError', { url: url.href, status });
    }
    const type = (await response.headerValue('content-type')) ?? '';
    if (type && !/html/i.test(type)) {
      await page.close();
      throw new ScanFailure('load_notHtml', { url: url.href, type: type.split(';')[0]!.slice(0, 100) });
    }
  }
  return page;
}
