// runBatch with a fake audit: the concurrency cap, results in list order, failures kept per site, and
// stopping when the signal aborts.
import { describe, expect, it } from 'vitest';
import { parseConcurrency, runBatch, type BatchEvent } from '../../cli/batch/run-batch';
import { ScanFailure } from '../../cli/cli-error';
import type { ReportJson } from '../../engine/report-json';
import { batchReport } from '../support/batch-reports';
import { thrownCliError } from '../support/thrown-cli-error';

const urls = (n: number) => Array.from({ length: n }, (_, i) => new URL(`https://site${i}.example.fi/`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake audit that records how many run at once; `plan` gives each site's delay and whether it fails. */
function fakeAudit(plan: (index: number) => { ms: number; fail?: unknown }) {
  const state = { running: 0, peak: 0, calls: [] as number[] };
  const auditOne = async (url: URL, { index }: { index: number }): Promise<ReportJson> => {
    state.calls.push(index);
    state.running++;
    state.peak = Math.max(state.peak, state.running);
    try {
      const step = plan(index);
      await sleep(step.ms);
      if (step.fail !== undefined) throw step.fail;
      return batchReport(url.href, 50 + index);
    } finally {
      state.running--;
    }
  };
  return { state, auditOne };
}

describe('runBatch', () => {
  it.each([1, 2, 3, 8])('runs at most %i audits at once and keeps list order when they finish out of order', async (concurrency) => {
    // Early sites are slow, late ones fast: they finish in reverse.
    const { state, auditOne } = fakeAudit((i) => ({ ms: 30 - i * 2 }));
    const results = await runBatch(urls(12), { concurrency, auditOne });
    expect(state.peak).toBe(concurrency);
    expect(results.map((r) => r.url)).toEqual(urls(12).map((u) => u.href));
    expect(results.map((r) => r.report?.overall)).toEqual(urls(12).map((_, i) => 50 + i));
    expect(results.every((r) => r.ok && r.started && r.error === undefined)).toBe(true);
  });

  it('runs two at a time unless told otherwise, and no more workers than sites', async () => {
    const { state, auditOne } = fakeAudit(() => ({ ms: 5 }));
    await runBatch(urls(6), { auditOne });
    expect(state.peak).toBe(2);
    const one = fakeAudit(() => ({ ms: 1 }));
    expect(await runBatch(urls(1), { concurrency: 8, auditOne: one.auditOne })).toHaveLength(1);
    expect(await runBatch([], { auditOne: one.auditOne })).toEqual([]);
  });

  it('keeps going past failures, each carrying its error in the batch language', async () => {
    const { auditOne } = fakeAudit((i) => ({
      ms: 2,
      fail: i === 1 ? new ScanFailure('load_httpError', { url: 'https://site1.example.fi/', status: 503 }) : i === 3 ? new Error('Target closed') : i === 4 ? 'a string' : undefined,
    }));
    const results = await runBatch(urls(6), { concurrency: 2, auditOne, locale: 'fi' });
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, false, true]);
    expect(results[1]!.error).toBe('https://site1.example.fi/ vastasi HTTP 503: auditoitavaa sivua ei ole');
    expect(results[3]!.error).toBe('Target closed');
    expect(results[4]!.error).toBe('a string');
    expect(results[1]!.report).toBeUndefined();
    expect(results.every((r) => r.started)).toBe(true);
  });

  it('survives an audit that throws before returning a promise', async () => {
    const auditOne = (url: URL): Promise<ReportJson> => {
      if (url.hostname.startsWith('site0')) throw new TypeError('boom');
      return Promise.resolve(batchReport(url.href, 70));
    };
    const results = await runBatch(urls(3), { auditOne });
    expect(results.map((r) => [r.ok, r.error])).toEqual([[false, 'boom'], [true, undefined], [true, undefined]]);
  });

  it('times each site with the injected clock', async () => {
    let t = 0;
    const auditOne = async (url: URL) => {
      t += 1234.4;
      return batchReport(url.href, 1);
    };
    const results = await runBatch(urls(2), { concurrency: 1, auditOne, now: () => t });
    expect(results.map((r) => r.ms)).toEqual([1234, 1234]);
  });

  it('starts nothing new once the signal aborts, lets the audits under way end, and marks the rest not started', async () => {
    const controller = new AbortController();
    const seen: (AbortSignal | undefined)[] = [];
    const { state, auditOne } = fakeAudit(() => ({ ms: 10 }));
    const results = await runBatch(urls(10), {
      concurrency: 2,
      signal: controller.signal,
      auditOne: (url, context) => {
        seen.push(context.signal);
        if (context.index === 2) controller.abort();
        return auditOne(url, context);
      },
      locale: 'en',
    });
    expect(state.calls.sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect(seen.every((s) => s === controller.signal)).toBe(true);
    expect(results.map((r) => r.started)).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(results[5]).toEqual({ url: 'https://site5.example.fi/', ok: false, started: false, error: 'not started: the batch was stopped', ms: 0 });
  });

  it('starts nothing when the signal has already aborted', async () => {
    const { state, auditOne } = fakeAudit(() => ({ ms: 1 }));
    const results = await runBatch(urls(3), { signal: AbortSignal.abort(), auditOne, locale: 'fi' });
    expect(state.calls).toEqual([]);
    expect(results.map((r) => r.error)).toEqual(Array(3).fill('ei aloitettu: eräajo keskeytettiin'));
  });

  it('reports each start and finish with running counts and the sites under way', async () => {
    const events: BatchEvent[] = [];
    const { auditOne } = fakeAudit((i) => ({ ms: i === 0 ? 200 : 2, fail: i === 1 ? new Error('x') : undefined }));
    await runBatch(urls(3), { concurrency: 2, auditOne, onProgress: (e) => events.push(e) });
    const brief = events.map((e) => `${e.kind}:${e.index}:${e.done}/${e.total}:${e.failed}:${e.active.length}`);
    expect(brief).toEqual(['started:0:0/3:0:1', 'started:1:0/3:0:2', 'finished:1:1/3:1:1', 'started:2:1/3:1:2', 'finished:2:2/3:1:1', 'finished:0:3/3:1:0']);
  });

  it('refuses a concurrency outside 1–8', async () => {
    const { auditOne } = fakeAudit(() => ({ ms: 1 }));
    for (const concurrency of [0, 9, 1.5, NaN]) await expect(runBatch(urls(1), { concurrency, auditOne })).rejects.toThrow(RangeError);
  });
});

describe('parseConcurrency', () => {
  it('takes 1–8', () => {
    expect([1, 2, 8].map((n) => parseConcurrency(String(n)))).toEqual([1, 2, 8]);
    expect(parseConcurrency(' 3 ')).toBe(3);
  });
  it.each(['0', '9', '10', '-1', '1.5', 'two', '', '2e0', '0x2'])('rejects %j', (value) => {
    const error = thrownCliError(() => parseConcurrency(value));
        expect(error.key).toBe('badConcurrency');
    expect(error.text('fi')).toContain('1–8');
  });
});
