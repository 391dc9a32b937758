// How speed findings name files: "hero.jpg (1.2 MB, cdn.example.com)". Names come from the page,
// so they only ever go into message data and evidence, which the UI shows as text.
import type { Evidence } from '../engine/assets';
import type { PerfResource } from '../engine/perf';

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** The file's last path segment, or its host when the path is bare. */
export function fileName(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).pop();
    const name = last ? decodeURIComponentSafe(last) : parsed.hostname;
    return name.length > 60 ? `${name.slice(0, 59)}…` : name;
  } catch {
    return url.slice(0, 60);
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "a.jpg (1.2 MB, cdn.x.fi), b.js (300 kB, x.fi)" for the first `n`; sizes the browser did not report are left out. */
export function nameFiles(files: readonly PerfResource[], n = 3): string {
  return files
    .slice(0, n)
    .map((f) => `${fileName(f.url)} (${f.bytes > 0 ? `${formatBytes(f.bytes)}, ` : ''}${f.host})`)
    .join(', ');
}

export function fileEvidence(files: readonly PerfResource[], n = 5): Evidence[] {
  return files.slice(0, n).map((f) => ({ kind: 'content', url: f.url, text: `${f.type} · ${f.bytes > 0 ? formatBytes(f.bytes) : '?'} · ${f.host}` }));
}
