// The batch's progress on stderr. On a terminal: one line redrawn in place (a bar, done/total, failures,
// elapsed time and an estimate of what is left, the site being audited). Elsewhere (a log, CI): one plain
// line per finished site, so the log reads as a record. Stream and clock are injected for the tests.
import type { Locale } from '../../engine/rule';
import { batchText } from '../../i18n/batch';
import type { BatchEvent } from './run-batch';

export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width; the line is cut to it so that it never wraps (a wrapped line cannot be redrawn). */
  columns?: number;
  write(chunk: string): unknown;
}

export interface BatchProgressOptions {
  locale: Locale;
  total: number;
  stream?: ProgressStream;
  now?: () => number;
  /** How often the terminal line is redrawn between events, so the clock moves (ms; 0: only on events). */
  tickMs?: number;
}

export interface BatchProgress {
  update(event: BatchEvent): void;
  /** Ends the progress with a closing line; stops the redraws. */
  finish(): void;
}

const BAR_WIDTH = 20;
const ERROR_CHARS = 300;
const CLEAR_LINE = '\r\x1b[2K';

/** Control and bidi-override characters removed, so that no text can move the cursor or reorder the line. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ');
}

/** "0:42", "12:05", "1:02:03". */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function bar(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
}

function fit(line: string, columns: number | undefined): string {
  // A terminal that reports no width (0 under some pseudo-terminals) is taken as 80 columns.
  const max = (columns && columns >= 20 ? columns : 80) - 1;
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export function batchProgress(options: BatchProgressOptions): BatchProgress {
  const { locale, total, stream = process.stderr, now = () => Date.now(), tickMs = 1000 } = options;
  const startedAt = now();
  let done = 0;
  let failed = 0;
  let active: readonly string[] = [];
  let finished = false;

  const ttyLine = () => {
    const elapsed = now() - startedAt;
    const parts = [`${bar(done, total)} ${done}/${total}`];
    if (failed > 0) parts.push(batchText(locale, 'barFailed', { failed }));
    parts.push(clock(elapsed));
    if (done > 0 && done < total) parts.push(batchText(locale, 'barEta', { eta: clock((elapsed / done) * (total - done)) }));
    if (active.length > 0) parts.push(`${terminalSafe(active[active.length - 1]!)}${active.length > 1 ? ` ${batchText(locale, 'barMore', { count: active.length - 1 })}` : ''}`);
    return fit(parts.join(' · '), stream.columns);
  };
  const redraw = () => {
    if (!finished) stream.write(`${CLEAR_LINE}${ttyLine()}`);
  };
  const timer = stream.isTTY && tickMs > 0 ? setInterval(redraw, tickMs) : undefined;
  timer?.unref?.();

  return {
    update(event) {
      if (finished) return;
      ({ done, failed, active } = event);
      if (stream.isTTY) return redraw();
      if (event.kind !== 'finished') return;
      const { result } = event;
      const url = terminalSafe(result.url);
      const line = result.ok
        ? batchText(locale, 'siteOk', { done, total, score: result.report?.overall ?? '–', url })
        : batchText(locale, 'siteFailed', { done, total, url, error: terminalSafe(result.error ?? '').slice(0, ERROR_CHARS) });
      stream.write(`${line}\n`);
    },
    finish() {
      if (finished) return;
      finished = true;
      if (timer) clearInterval(timer);
      const closing = batchText(locale, 'finished', { done, total, failed, elapsed: clock(now() - startedAt) });
      stream.write(stream.isTTY ? `${CLEAR_LINE}${closing}\n` : `${closing}\n`);
    },
  };
}
