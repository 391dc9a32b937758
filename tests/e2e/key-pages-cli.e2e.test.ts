// The site audit through the CLI: which key pages were read, what each added, and the dead ends.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { startPathSite, type PathSite } from '../support/path-site';
import { polku } from '../support/run-polku';

let site: PathSite;

beforeAll(async () => {
  site = await startPathSite();
});
afterAll(async () => {
  await site?.close();
});

async function audit(path: string, ...args: string[]): Promise<{ json: ReportJson; stderr: string; ms: number }> {
  const run = await polku([site.url(path), '--json', '--settle', '0', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return { json: ReportJsonSchema.parse(JSON.parse(run.stdout)), stderr: run.stderr, ms: run.ms };
}

const byRole = (json: ReportJson) => Object.fromEntries(json.pages.map((p) => [p.role, p]));
const finding = (json: ReportJson, rule: string) => json.findings.find((f) => f.rule === rule)!;

describe('polku reads the key pages of a site', () => {
  test('Finnish site: redirect, 404, slow page, PDF FAQ, off-site redirect, script shell, company id only on the terms page', async () => {
    const { json, stderr } = await audit('/fi/', '--lang', 'fi');
    const pages = byRole(json);
    expect(json.pages[0]).toMatchObject({ role: 'start', url: site.url('/fi/'), read: true });
    expect(pages.contact).toMatchObject({ read: true, status: 200, reason: null });
    expect(pages.contact!.contributed).toContain('contact.form');
    expect(pages.faq).toMatchObject({ url: site.url('/fi/ukk.pdf'), read: false, status: 200, reason: 'notHtml' });
    expect(pages.pricing).toMatchObject({ read: true, status: 200, finalUrl: site.url('/fi/hinnat-2026') });
    expect(pages.pricing!.contributed).toContain('offer.pricing');
    expect(pages.delivery).toMatchObject({ read: false, status: 404, reason: 'httpError' });
    expect(pages.returns).toMatchObject({ read: false, reason: 'timeout' });
    expect(pages.returns!.ms).toBeLessThan(7000);
    expect(pages.blog).toMatchObject({ read: false, reason: 'offOrigin' });
    expect(pages.privacy).toMatchObject({ read: false, status: 200, reason: 'scriptShell', contributed: [] });
    expect(pages.terms).toMatchObject({ read: true });
    expect(pages.terms!.contributed).toContain('trust.company');

    // Site facts: found on key pages, with the page named on the evidence.
    expect(json.assets['contact.form'].present).toBe('content');
    expect(json.assets['contact.form'].evidence.find((e) => e.kind === 'content')?.page).toBe(site.url('/fi/yhteystiedot'));
    expect(json.assets['trust.company'].present).toBe('content');
    // The script shell is not a page without a privacy policy: the link on the start page still counts.
    expect(json.assets['trust.privacy'].present).toBe('link');
    // Page facts stay the start page's.
    expect(json.page?.url).toBe(site.url('/fi/'));

    const deadEnds = finding(json, 'path-links');
    expect(deadEnds.outcome).toBe('fail');
    expect(deadEnds.data).toMatchObject({ label: 'Toimitusehdot', status: 404 });
    expect(deadEnds.evidence.map((e) => e.url)).toEqual([site.url('/fi/toimitusehdot')]);
    expect(json.painPoints.some((p) => p.rule === 'path-links')).toBe(true);
    expect(stderr).toMatch(/Luetaan \d \/ 8: /);
  });

  test('English site: payment methods only on the FAQ page, a 500, and every page fetched once', async () => {
    const { json } = await audit('/en/', '--lang', 'en');
    const pages = byRole(json);
    expect(pages.faq).toMatchObject({ read: true, status: 200 });
    expect(pages.faq!.contributed).toEqual(expect.arrayContaining(['faq', 'payment.methods']));
    expect(json.assets['payment.methods'].present).toBe('content');
    expect(json.assets['payment.methods'].items).toEqual(expect.arrayContaining(['visa', 'mastercard', 'paypal', 'klarna']));
    expect(json.assets['payment.methods'].evidence.every((e) => e.page === site.url('/en/faq'))).toBe(true);
    expect(pages.delivery!.contributed).toContain('commerce.delivery');
    expect(pages.returns).toMatchObject({ read: false, status: 500, reason: 'httpError' });
    expect(pages.blog).toMatchObject({ read: false, status: 200, reason: 'tooLarge' });
    expect(finding(json, 'path-links').data).toMatchObject({ status: 500 });
    expect(finding(json, 'payment-methods').outcome).toBe('pass');
    const fetched = site.requests.filter((r) => r.startsWith('/en/'));
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  test('--pages 0 audits the page alone; --pages 2 reads two', async () => {
    const alone = (await audit('/en/', '--pages', '0')).json;
    expect(alone.pages).toHaveLength(1);
    expect(alone.assets['payment.methods'].present).toBe('none');
    expect(finding(alone, 'path-links').outcome).toBe('na');
    const two = (await audit('/en/', '--pages', '2')).json;
    expect(two.pages.map((p) => p.role)).toEqual(['start', 'contact', 'faq']);
  });

  test('a bad --pages value is a usage error', async () => {
    const run = await polku([site.url('/en/'), '--pages', '50']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--pages/);
  });
});
