// End-to-end: the options page of the built extension, where the agency sets its brand. The logo is
// read in the page (FileReader) and checked, the brand is saved to storage.local and read back, a
// corrupt stored value gives a notice instead of a broken page, and Reset removes it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';
import { padded, PNG_1PX, SVG } from '../support/brand-images';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** storage.local as the extension sees it. */
async function stored(): Promise<Record<string, unknown>> {
  return browser.serviceWorker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

async function setStored(items: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker.evaluate(
    async (values) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
    items,
  );
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('brand-save').waitFor();
  return page;
}

/** Waits until the element shows the text: saving, clearing and reading a file all finish later. */
const shows = (page: Page, testId: string, text: string) => page.getByTestId(testId).filter({ hasText: text }).waitFor({ timeout: 5_000 });

const pickLogo = (page: Page, name: string, mimeType: string, buffer: Buffer) => page.getByTestId('logo-input').setInputFiles({ name, mimeType, buffer });

describe('options page', () => {
  test('refuses SVG and too big logos, saves a brand with a PNG logo, reads it back and resets it', async () => {
    const page = await openOptions();
    await shows(page, 'brand-status', 'No brand saved');

    await page.getByTestId('brand-save').click();
    await shows(page, 'brand-name-problem', 'The agency name is required.');
    expect(await stored()).not.toHaveProperty('brand');

    await pickLogo(page, 'logo.svg', 'image/svg+xml', SVG);
    await shows(page, 'brand-logo-problem', 'SVG and other formats are not accepted');
    await pickLogo(page, 'huge.png', 'image/png', padded(PNG_1PX, 540 * 1024));
    await shows(page, 'brand-logo-problem', 'Logo is 540 KB; the limit is 200 KB.');
    // An SVG renamed .png: the browser calls it image/png, its bytes say otherwise.
    await pickLogo(page, 'fake.png', 'image/png', SVG);
    await shows(page, 'brand-logo-problem', 'not accepted');
    expect(await page.getByTestId('logo-preview').count()).toBe(0);

    await pickLogo(page, 'logo.png', 'image/png', PNG_1PX);
    await page.getByTestId('logo-preview').waitFor();
    expect(await page.getByTestId('brand-logo-problem').count()).toBe(0);
    await page.getByTestId('brand-name').fill('  Toimisto <b>Oy</b> ');
    await page.getByTestId('brand-accent').fill('#FFCC00');
    await page.getByTestId('brand-contact').fill('anna@toimisto.fi');
    await page.getByTestId('brand-intro').fill('Hei!\n\nTässä auditointi.');
    await expect(page.getByTestId('cover-bar').getAttribute('style')).resolves.toContain('color: rgb(0, 0, 0)');
    await shows(page, 'cover-bar', 'Toimisto <b>Oy</b>');
    await page.getByTestId('brand-save').click();
    await shows(page, 'brand-status', 'Saved.');

    const { brand } = (await stored()) as { brand: Record<string, string> };
    expect(brand).toEqual({ name: 'Toimisto <b>Oy</b>', logo: `data:image/png;base64,${PNG_1PX.toString('base64')}`, accent: '#ffcc00', contact: 'anna@toimisto.fi', intro: 'Hei!\n\nTässä auditointi.' });

    await page.reload();
    await expect(page.getByTestId('brand-name').inputValue()).resolves.toBe('Toimisto <b>Oy</b>');
    await page.getByTestId('logo-preview').waitFor();
    await shows(page, 'brand-status', 'Saved.');

    await page.getByTestId('brand-reset').click();
    await shows(page, 'brand-status', 'Brand removed.');
    expect(await stored()).not.toHaveProperty('brand');
    await expect(page.getByTestId('brand-name').inputValue()).resolves.toBe('');
    await page.close();
  });

  test('a corrupt stored brand shows a notice and an empty form, in the chosen language', async () => {
    await setStored({ brand: { name: 'x', logo: 'https://tracker.example/p.png' }, locale: 'fi' });
    const page = await openOptions();
    await shows(page, 'brand-notice', 'Tallennettuja brändin asetuksia ei voitu lukea');
    await expect(page.getByTestId('brand-name').inputValue()).resolves.toBe('');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fi');
    await page.close();
  });
});
