// The accessibility check end to end: the CLI audits the a11y fixture pages with the built
// axe-runner.js, and a page driven by Playwright shows that axe changes nothing in it.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxeInPage } from '../../cli/axe-page';
import { CHROMIUM_FLAGS } from '../../cli/chromium';
import { readAxeRunner } from '../../cli/scanner-source';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { CHROMIUM_PATH } from '../support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { polku } from '../support/run-polku';

const A11Y_DIR = fileURLToPath(new URL('../fixtures/a11y/', import.meta.url));
let server: FixtureServer;
const reports = new Map<string, ReportJson>();

beforeAll(async () => {
  server = await startFixtureServer(A11Y_DIR);
});
afterAll(async () => {
  await server?.close();
});

async function report(name: string): Promise<ReportJson> {
  const cached = reports.get(name);
  if (cached) return cached;
  const run = await polku([server.url(`/${name}.html`), '--json', '--lang', 'en', '--settle', '0', '--offline']);
  expect(run.code, run.stderr).toBe(0);
  // The contract: every report validates against the schema.
  const json = ReportJsonSchema.parse(JSON.parse(run.stdout));
  reports.set(name, json);
  const a11y = json.accessibility;
  if (a11y) console.log(`axe on ${name}: ${a11y.ms} ms, longest block ${a11y.longestBlockMs} ms, ${a11y.passes} passed, ${a11y.violations.length} entries`);
  return json;
}

const finding = (json: ReportJson, rule: string) => json.findings.find((f) => f.rule === rule)!;
const entries = (json: ReportJson) => json.accessibility!.violations.map((v) => `${v.id}@${v.stage}×${v.count}`).sort();

describe('polku runs axe-core on the page', () => {
  test('an unlabelled contact form costs the purchase; the search field costs the foundation', async () => {
    const json = await report('contact');
    expect(json.errors).toEqual([]);
    expect(entries(json)).toEqual(['label@conversion×3', 'label@foundation×1']);
    expect(json.accessibility!.rulesNotRun).toEqual([]);
    expect(finding(json, 'accessible-forms')).toMatchObject({ stage: 'conversion', outcome: 'fail', messageId: 'accessible-forms/barriers', score: 0 });
    expect(finding(json, 'accessible-forms').evidence.map((e) => e.selector)).toHaveLength(3);
    expect(finding(json, 'accessibility')).toMatchObject({ stage: 'foundation', outcome: 'fail', messageId: 'accessibility/violations' });
    expect(finding(json, 'product-image-alt').outcome).toBe('na');
    expect(json.stages.find((s) => s.id === 'foundation')!.groups.find((g) => g.id === 'accessibility')!.score).toBeLessThan(100);
  });

  test('a low-contrast checkout button costs the purchase', async () => {
    const json = await report('checkout');
    expect(entries(json)).toEqual(['color-contrast@conversion×1']);
    expect(json.accessibility!.violations[0]).toMatchObject({ impact: 'serious', selectors: [expect.stringContaining('button')] });
    expect(finding(json, 'accessible-forms')).toMatchObject({ outcome: 'fail', score: 0.25 });
  });

  test('product images without alt cost consideration; the logo costs the foundation', async () => {
    const json = await report('products');
    expect(entries(json)).toContain('image-alt@consideration×3');
    expect(entries(json)).toContain('image-alt@foundation×1');
    expect(json.accessibility!.scope.productImages).toBe(4);
    expect(finding(json, 'product-image-alt')).toMatchObject({ stage: 'consideration', outcome: 'fail', messageId: 'product-image-alt/missing', score: 0.25 });
    expect(finding(json, 'accessible-forms').outcome).toBe('na');
  });

  test('a clean page passes all three checks, and the run stays in small slices', async () => {
    const json = await report('clean');
    const a11y = json.accessibility!;
    expect(a11y.violations).toEqual([]);
    expect(a11y.passes).toBeGreaterThan(10);
    expect(a11y.rulesNotRun).toEqual([]);
    expect(a11y.stoppedBy).toBeNull();
    expect(a11y.scope).toEqual({ purchaseForms: 1, productImages: 1 });
    for (const rule of ['accessibility', 'accessible-forms', 'product-image-alt']) expect(finding(json, rule).outcome, rule).toBe('pass');
    expect(json.stages.find((s) => s.id === 'foundation')!.unchecked).not.toContain('accessibility');
    // A small page: no stretch of axe work should come near a long task's 50 ms twice over.
    expect(a11y.longestBlockMs).toBeLessThan(100);
  });
});

describe('axe in the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(['contact', 'checkout', 'products', 'clean'])('changes nothing in %s and leaves no global behind', async (name) => {
    const page = await browser.newPage();
    await page.goto(server.url(`/${name}.html`));
    // The page's own view: every mutation and every long task while axe runs.
    await page.evaluate(() => {
      const w = window as unknown as { mutations: number; longTasks: number[] };
      w.mutations = 0;
      w.longTasks = [];
      new MutationObserver((records) => (w.mutations += records.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const a11y = await runAxeInPage(page, readAxeRunner());
    expect(a11y.rulesTotal).toBeGreaterThan(40);
    await page.waitForTimeout(50); // let the observers deliver
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      ...(window as unknown as { mutations: number; longTasks: number[] }),
      axeGlobal: 'axe' in window,
    }));
    expect(after.html).toBe(before);
    expect(after.mutations).toBe(0);
    expect(after.axeGlobal).toBe(false);
    console.log(`${name}: long tasks during axe (page's view): ${JSON.stringify(after.longTasks)}; longest block (axe's view) ${a11y.longestBlockMs} ms`);
    await page.close();
  });
});
