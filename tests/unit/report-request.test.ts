// The popup's hand-over to the report page, and the view captured for the cover: session storage
// read back with zod, the five newest reports kept, and a capture only of the tab that is showing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFacts } from '../support/report-fixture';
import { mobileFacts } from '../support/rule-tester';

const session = new Map<string, unknown>();
const tabs = { get: vi.fn(), captureVisibleTab: vi.fn() };
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string | null) => (key === null ? Object.fromEntries(session) : session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
        remove: async (keys: string[]) => keys.forEach((k) => session.delete(k)),
      },
    },
    tabs,
  },
}));

const { loadReportRequest, saveReportRequest } = await import('../../extension/report-request');
const { captureTabView } = await import('../../extension/capture-view');

const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

beforeEach(() => {
  session.clear();
  vi.clearAllMocks();
});

describe('the report hand-over', () => {
  it('reads back what the popup saved, facts validated', async () => {
    const facts = fixtureFacts('shop-en', 'https://shop.example/');
    const id = await saveReportRequest({ facts, kind: 'shop', screenshot: JPEG });
    const read = await loadReportRequest(id);
    expect(read?.kind).toBe('shop');
    expect(read?.screenshot).toBe(JPEG);
    expect(read?.facts.page?.url).toBe('https://shop.example/');
  });

  it('keeps the five newest reports and never a stale one under a made-up id', async () => {
    const facts = fixtureFacts('kotisiivous-fi', 'https://palvelu.example/');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(await saveReportRequest({ facts, kind: null, screenshot: null }));
      await new Promise((r) => setTimeout(r, 2));
    }
    expect([...session.keys()].filter((k) => k.startsWith('report:'))).toHaveLength(5);
    expect(await loadReportRequest(ids[0]!)).toBeNull();
    expect(await loadReportRequest(ids[6]!)).not.toBeNull();
    expect(await loadReportRequest('../../etc')).toBeNull();
  });

  it('a corrupt entry is no report; a picture that is not a raster data URL is dropped', async () => {
    const facts = fixtureFacts('shop-en', 'https://shop.example/');
    const id = await saveReportRequest({ facts, kind: 'shop', screenshot: null });
    session.set(`report:${id}`, { savedAt: 1, kind: 'shop', screenshot: 'javascript:alert(1)', facts });
    expect((await loadReportRequest(id))?.screenshot).toBeNull();
    session.set(`report:${id}`, { savedAt: 1, kind: 'castle', screenshot: null, facts });
    expect(await loadReportRequest(id)).toBeNull();
    session.set(`report:${id}`, { savedAt: 1, kind: null, screenshot: null, facts: { assets: 'garbage' } });
    expect(await loadReportRequest(id)).toBeNull();
  });
});

describe('the view captured for the cover', () => {
  it('is the audited tab’s view when that tab is showing', async () => {
    tabs.get.mockResolvedValue({ id: 7, active: true, windowId: 3 });
    tabs.captureVisibleTab.mockResolvedValue(JPEG);
    expect(await captureTabView(7)).toBe(JPEG);
    expect(tabs.captureVisibleTab).toHaveBeenCalledWith(3, { format: 'jpeg', quality: 60 });
  });

  it('is nothing when another tab shows, when the browser refuses, or when it is not an image', async () => {
    tabs.get.mockResolvedValue({ id: 7, active: false, windowId: 3 });
    expect(await captureTabView(7)).toBeNull();
    expect(tabs.captureVisibleTab).not.toHaveBeenCalled();
    tabs.get.mockResolvedValue({ id: 7, active: true, windowId: 3 });
    tabs.captureVisibleTab.mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
    expect(await captureTabView(7)).toBeNull();
    tabs.captureVisibleTab.mockResolvedValue('data:image/svg+xml;base64,PHN2Zz4=');
    expect(await captureTabView(7)).toBeNull();
  });
});

describe('the report JSON of an audit made in the extension', () => {
  it('meets the CLI’s schema, with the device the tab was measured at', async () => {
    const { reportJsonOfFacts } = await import('../../report/in-browser');
    const { ReportJsonSchema } = await import('../../engine/report-json');
    const facts = fixtureFacts('shop-en', 'https://shop.example/');
    for (const locale of ['fi', 'en'] as const) {
      const phone = reportJsonOfFacts({ ...facts, mobile: { ...mobileOf(390), viewport: { width: 390, height: 844, dpr: 3 } } }, 'service', locale, '1.2.3');
      expect(ReportJsonSchema.parse(phone)).toEqual(phone);
      expect(phone.device).toEqual({ kind: 'mobile', width: 390, height: 844 });
      expect(phone.siteKind).toMatchObject({ id: 'service', inferred: 'shop' });
      expect(phone.tool.version).toBe('1.2.3');
      expect(reportJsonOfFacts({ ...facts, mobile: { ...mobileOf(1440), viewport: { width: 1440, height: 900, dpr: 1 } } }, null, locale, '1').device.kind).toBe('desktop');
    }
  });
});

function mobileOf(width: number) {
  return mobileFacts({ viewport: { width, height: 800, dpr: 1 } });
}
