// How a CLI audit ran: the device it emulated, the timings it kept, and how the summary says so.
import { describe, expect, it } from 'vitest';
import { device, emulation, mobileUserAgent } from '../../cli/device';
import { deviceLine, lighthouseLines, timingsLine } from '../../cli/summary-run';
import { ReportJsonSchema, type ReportJson } from '../../engine/report-json';
import { PhaseTimer, TimingsSchema } from '../../engine/timings';

describe('device', () => {
  it('a phone by default is 360 × 800 with touch and a Chrome-on-Android agent of the running version', () => {
    expect(device('mobile')).toEqual({ kind: 'mobile', width: 360, height: 800 });
    const phone = emulation('mobile', '156.0.8078.114');
    expect(phone).toMatchObject({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    expect(phone.userAgent).toBe('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36');
    expect(mobileUserAgent('171.0.1.2')).toContain('Chrome/171.0.0.0 Mobile');
  });

  it('the desktop keeps Chromium’s own agent and no touch', () => {
    const desk = emulation('desktop', '156.0.8078.114');
    expect(desk).toEqual({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    expect(device('desktop')).toEqual({ kind: 'desktop', width: 1280, height: 900 });
  });
});

describe('PhaseTimer', () => {
  it('times the phases that ran, leaves the others null, and sums each collector’s steps', async () => {
    const timer = new PhaseTimer();
    await timer.time('scan', () => new Promise((resolve) => setTimeout(resolve, 30)));
    await expect(timer.time('lighthouse', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const json = timer.toJson(123.456, { ms: 5, stoppedBy: null, truncated: false, skipped: [], loading: false, timings: [{ step: 'index', ms: 2 }, { step: 'phone', ms: 1.25 }, { step: 'phone', ms: 1 }] });
    expect(TimingsSchema.parse(json)).toEqual(json);
    expect(json.totalMs).toBe(123.5);
    expect(json.phases.scan).toBeGreaterThanOrEqual(25);
    expect(json.phases.lighthouse).not.toBeNull();
    expect(json.phases).toMatchObject({ keyPages: null, axe: null, rules: null });
    expect(json.collectors).toEqual({ index: 2, phone: 2.3 });
  });
});

function reportWith(extra: Partial<ReportJson>): ReportJson {
  return {
    tool: { name: 'polku', version: '0.1.0' }, url: 'https://example.fi/', scannedAt: new Date(0).toISOString(), locale: 'fi', overall: 80, complete: true,
    siteKind: { id: 'service', inferred: 'service', name: 'Paikallinen palvelu', confidence: 0, reasons: [], assetsNotApplicable: [] },
    stages: [], painPoints: [], findings: [], assets: {} as ReportJson['assets'], page: null, vitals: null, errors: [], scan: null, lighthouse: null, pages: [], accessibility: null, perf: null, mobile: null, forms: null,
    device: device('mobile'),
    timings: { totalMs: 9500, phases: { scan: 800, keyPages: null, axe: null, rules: 3, lighthouse: 7600 }, collectors: {} },
    ...extra,
  };
}

describe('summary lines', () => {
  it('names the device, Lighthouse’s scores, metrics and throttling, and the time each phase took', () => {
    const json = reportWith({
      lighthouse: {
        status: 'ok', preset: 'mobile', ms: 7600, version: '13.5.0',
        throttling: { method: 'simulate', rttMs: 150, throughputKbps: 1638.4, cpuSlowdown: 4 },
        scores: { performance: 71, accessibility: 96, seo: null, bestPractices: 100 },
        metrics: { lcp: 3210, tbt: 250.4, cls: 0.123, speedIndex: null, fcp: 900 },
      },
    });
    expect(deviceLine(json)).toBe('Laite: puhelin, 360 × 800 (kosketus); --desktop auditoi pöytäkoneena');
    expect(lighthouseLines(json)).toEqual([
      'Lighthouse 13.5.0 (mobiili; simuloitu hidastus: 150 ms:n viive, 1,6 Mbit/s, suoritin 4× hitaampi), 7,6 s:',
      '  Suorituskyky 71 · Saavutettavuus 96 · Hyvät käytännöt 100 · SEO –',
      '  LCP 3,2 s · TBT 250 ms · CLS 0,12 · Speed Index – s · FCP 0,9 s',
    ]);
    expect(timingsLine(json)).toBe('Aika: yhteensä 9,5 s (skannaus 0,8 s, säännöt 0,0 s, Lighthouse 7,6 s)');
  });

  it('says why Lighthouse failed, and nothing when it did not run', () => {
    const failed = reportWith({ locale: 'en', lighthouse: { status: 'failed', preset: 'desktop', ms: 1200, reason: 'NO_FCP: the page painted nothing' } });
    expect(lighthouseLines(failed)).toEqual(['Lighthouse (desktop) failed after 1.2 s: NO_FCP: the page painted nothing']);
    expect(lighthouseLines(reportWith({}))).toEqual([]);
  });

  it('tells why Lighthouse did not run in the report\'s language', () => {
    const lighthouse = { status: 'failed', preset: 'mobile', ms: 0, reason: 'not started: …', reasonId: 'noTime', reasonData: { left: '3.0', needed: 15 } } as const;
    expect(lighthouseLines(reportWith({ locale: 'fi', lighthouse }))).toEqual([
      'Lighthouse (mobiili) epäonnistui 0,0 s:n jälkeen: ei käynnistetty: --timeout-aikaa oli jäljellä 3.0 s ja Lighthouse tarvitsee vähintään 15 s; anna pidempi --timeout',
    ]);
  });

  it('the report schema requires the device and the timings', () => {
    const json = reportWith({});
    const { device: _device, ...noDevice } = json;
    const { timings: _timings, ...noTimings } = json;
    const shape = ReportJsonSchema.shape;
    expect(shape.device.safeParse(json.device).success).toBe(true);
    expect(shape.device.safeParse({ kind: 'tablet', width: 1, height: 1 }).success).toBe(false);
    expect(shape.timings.safeParse(json.timings).success).toBe(true);
    expect(ReportJsonSchema.pick({ device: true, timings: true }).safeParse(noDevice).success).toBe(false);
    expect(ReportJsonSchema.pick({ device: true, timings: true }).safeParse(noTimings).success).toBe(false);
  });
});
