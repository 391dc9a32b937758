// The batch progress on a fake terminal and a fake log, with a fake clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchProgress, clock, terminalSafe, type ProgressStream } from '../../cli/batch/progress-bar';
import { runBatch, type BatchEvent, type SiteResult } from '../../cli/batch/run-batch';
import type { Locale } from '../../engine/rule';
import { BATCH_TEXTS } from '../../i18n/batch';
import { batchReport } from '../support/batch-reports';

function fakeStream(isTTY: boolean, columns?: number) {
  const chunks: string[] = [];
  const stream: ProgressStream = { isTTY, columns, write: (chunk: string) => chunks.push(chunk) };
  return { stream, chunks, text: () => chunks.join('') };
}

function fakeClock() {
  const clockState = { t: 1_000_000 };
  return { clockState, now: () => clockState.t };
}

const ok = (url: string, overall: number | null): SiteResult => ({ url, ok: true, started: true, report: batchReport(url, overall), ms: 1 });
const failed = (url: string, error: string): SiteResult => ({ url, ok: false, started: true, error, ms: 1 });
const finished = (index: number, result: SiteResult, done: number, failedCount: number, total: number, active: string[] = []): BatchEvent => ({ kind: 'finished', index, result, done, failed: failedCount, total, active });
const started = (index: number, url: string, done: number, failedCount: number, total: number, active: string[]): BatchEvent => ({ kind: 'started', index, url, done, failed: failedCount, total, active });

afterEach(() => vi.useRealTimers());

describe('progress when stderr is not a terminal', () => {
  it('prints one plain line per finished site and a closing line, in English', () => {
    const { stream, text } = fakeStream(false);
    const { now, clockState } = fakeClock();
    const progress = batchProgress({ locale: 'en', total: 20, stream, now });
    progress.update(started(2, 'https://c.example/', 2, 0, 20, ['https://c.example/']));
    progress.update(finished(2, ok('https://c.example/', 71), 3, 0, 20));
    progress.update(finished(3, failed('https://d.example/', 'https://d.example/ answered HTTP 500: there is no page to audit'), 4, 1, 20));
    progress.update(finished(4, ok('https://e.example/', null), 5, 1, 20));
    clockState.t += 65_000;
    progress.finish();
    progress.finish();
    expect(text()).toBe(
      '[3/20] ok 71 https://c.example/\n' +
        '[4/20] failed https://d.example/: https://d.example/ answered HTTP 500: there is no page to audit\n' +
        '[5/20] ok – https://e.example/\n' +
        'Audited 5 of 20 sites in 1:05; 1 failed\n',
    );
    expect(text()).not.toContain('\r');
    expect(text()).not.toContain('\x1b');
  });

  it('speaks Finnish', () => {
    const { stream, text } = fakeStream(false);
    const progress = batchProgress({ locale: 'fi', total: 2, stream, now: fakeClock().now });
    progress.update(finished(0, ok('https://a.example/', 88), 1, 0, 2));
    progress.update(finished(1, failed('https://b.example/', 'aikakatkaisu'), 2, 1, 2));
    progress.finish();
    expect(text()).toBe('[1/2] valmis 88 https://a.example/\n[2/2] epäonnistui https://b.example/: aikakatkaisu\nAuditoitu 2/2 sivustoa ajassa 0:00; 1 epäonnistui\n');
  });

  it('keeps a hostile error on its own line: no newline, escape or bidi character survives', () => {
    const { stream, text } = fakeStream(false);
    const progress = batchProgress({ locale: 'en', total: 1, stream, now: fakeClock().now });
    progress.update(finished(0, failed('https://a.example/', `evil\n[2/1] ok 100 fake\r\x1b[2J\u202Egnp.exe${'x'.repeat(1000)}`), 1, 1, 1));
    const lines = text().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\/1\] failed https:\/\/a\.example\/: evil \[2\/1\] ok 100 fake \[2J gnp\.exex+$/);
    expect(lines[0]!.length).toBeLessThan(400);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line in place with a bar, counts, failures, elapsed time, an estimate and the site under way', () => {
    const { stream, chunks } = fakeStream(true, 200);
    const { now, clockState } = fakeClock();
    const progress = batchProgress({ locale: 'en', total: 4, stream, now, tickMs: 0 });
    progress.update(started(0, 'https://a.example/', 0, 0, 4, ['https://a.example/']));
    expect(chunks.at(-1)).toBe('\r\x1b[2K[░░░░░░░░░░░░░░░░░░░░] 0/4 · 0:00 · https://a.example/');
    progress.update(started(1, 'https://b.example/', 0, 0, 4, ['https://a.example/', 'https://b.example/']));
    expect(chunks.at(-1)).toBe('\r\x1b[2K[░░░░░░░░░░░░░░░░░░░░] 0/4 · 0:00 · https://b.example/ (+1)');
    clockState.t += 30_000;
    progress.update(finished(0, failed('https://a.example/', 'x'), 1, 1, 4, ['https://b.example/']));
    expect(chunks.at(-1)).toBe('\r\x1b[2K[█████░░░░░░░░░░░░░░░] 1/4 · 1 failed · 0:30 · about 1:30 left · https://b.example/');
    clockState.t += 30_000;
    progress.update(finished(1, ok('https://b.example/', 50), 2, 1, 4, []));
    expect(chunks.at(-1)).toBe('\r\x1b[2K[██████████░░░░░░░░░░] 2/4 · 1 failed · 1:00 · about 1:00 left');
    progress.finish();
    expect(chunks.at(-1)).toBe('\r\x1b[2KAudited 2 of 4 sites in 1:00; 1 failed\n');
    expect(chunks.slice(0, -1).join('')).not.toContain('\n');
  });

  it('says the same in Finnish', () => {
    const { stream, chunks } = fakeStream(true, 200);
    const { now, clockState } = fakeClock();
    const progress = batchProgress({ locale: 'fi', total: 3, stream, now, tickMs: 0 });
    clockState.t += 10_000;
    progress.update(finished(0, failed('https://a.example/', 'x'), 1, 1, 3, ['https://b.example/']));
    expect(chunks.at(-1)).toBe('\r\x1b[2K[███████░░░░░░░░░░░░░] 1/3 · 1 epäonnistui · 0:10 · noin 0:20 jäljellä · https://b.example/');
  });

  it('cuts the line to the terminal width so it never wraps', () => {
    const { stream, chunks } = fakeStream(true, 40);
    const progress = batchProgress({ locale: 'en', total: 10, stream, now: fakeClock().now, tickMs: 0 });
    const long = `https://example.fi/${'hinnasto/'.repeat(20)}`;
    progress.update(started(0, long, 0, 0, 10, [long]));
    const line = chunks.at(-1)!.replace('\r\x1b[2K', '');
    expect([...line]).toHaveLength(39);
    expect(line.endsWith('…')).toBe(true);
  });

  it('takes a terminal that reports no width as 80 columns wide', () => {
    for (const columns of [undefined, 0, 1]) {
      const { stream, chunks } = fakeStream(true, columns);
      const progress = batchProgress({ locale: 'en', total: 10, stream, now: fakeClock().now, tickMs: 0 });
      progress.update(started(0, `https://example.fi/${'x'.repeat(200)}`, 0, 0, 10, [`https://example.fi/${'x'.repeat(200)}`]));
      const line = chunks.at(-1)!.replace('\r\x1b[2K', '');
      expect([...line], String(columns)).toHaveLength(79);
      expect(line).toContain('0/10 · 0:00 · https://example.fi/x');
    }
  });

  it('moves the clock between events, and stops when finished', () => {
    vi.useFakeTimers();
    const { stream, chunks } = fakeStream(true, 120);
    const { now, clockState } = fakeClock();
    const progress = batchProgress({ locale: 'en', total: 2, stream, now, tickMs: 1000 });
    progress.update(started(0, 'https://a.example/', 0, 0, 2, ['https://a.example/']));
    clockState.t += 5_000;
    vi.advanceTimersByTime(1000);
    expect(chunks.at(-1)).toContain(' · 0:05 · https://a.example/');
    progress.finish();
    const count = chunks.length;
    vi.advanceTimersByTime(5000);
    expect(chunks).toHaveLength(count);
  });

  it('never ticks when not a terminal', () => {
    vi.useFakeTimers();
    const { stream, chunks } = fakeStream(false);
    batchProgress({ locale: 'en', total: 2, stream, now: fakeClock().now, tickMs: 1000 });
    vi.advanceTimersByTime(10_000);
    expect(chunks).toEqual([]);
  });
});

describe('progress fed by runBatch', () => {
  it.each<Locale>(['en', 'fi'])('prints one line per site in %s, failures included', async (locale) => {
    const { stream, text } = fakeStream(false);
    const urls = [new URL('https://a.example/'), new URL('https://b.example/'), new URL('https://c.example/')];
    const progress = batchProgress({ locale, total: urls.length, stream, now: fakeClock().now });
    await runBatch(urls, {
      locale,
      concurrency: 1,
      auditOne: async (url) => {
        if (url.hostname === 'b.example') throw new Error('boom');
        return batchReport(url.href, 60);
      },
      onProgress: progress.update,
    });
    progress.finish();
    const lines = text().trim().split('\n');
    expect(lines.map((l) => l.slice(0, 6))).toEqual(['[1/3] ', '[2/3] ', '[3/3] ', locale === 'en' ? 'Audite' : 'Audito']);
    expect(lines[1]).toContain('boom');
  });
});

describe('helpers', () => {
  it('formats durations as a clock', () => {
    expect([0, 499, 500, 59_400, 61_000, 3_599_000, 3_600_000, 3_723_000].map(clock)).toEqual(['0:00', '0:00', '0:01', '0:59', '1:01', '59:59', '1:00:00', '1:02:03']);
    expect(clock(-5)).toBe('0:00');
  });
  it('removes control and bidi characters', () => {
    expect(terminalSafe('a\u0007b\u009bc\u2066d\u200fe')).toBe('a b c d e');
  });
});

describe('every batch text follows the language', () => {
  it('has no English word in its Finnish texts, placeholders and shared words aside', () => {
    const shared = new Set(['eta', 'url', 'error']);
    const words = (text: string) => (text.replace(/\{\w+\}/g, '').toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !shared.has(w));
    const english = new Set(Object.values(BATCH_TEXTS).flatMap((t) => words(t.en)));
    for (const [key, text] of Object.entries(BATCH_TEXTS)) expect(words(text.fi).filter((w) => english.has(w)), key).toEqual([]);
  });
});
