// Fetches one key page from inside the audited tab, so the request is same-origin and carries the
// user's own session, as a click on the link would. The function is serialised into the tab
// (scripting.executeScript `func`, or the CLI's isolated world), so it must stay self-contained:
// no imports, no helpers from outside its body. Its answer is parsed with zod by the caller.

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const KEY_PAGE_LIMITS: FetchLimits = { timeoutMs: 5000, maxBytes: 3 * 1024 * 1024 };

export async function fetchInPage(url: string, limits: FetchLimits) {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const answer = (fields: { finalUrl?: string; status?: number | null; contentType?: string; html?: string | null; reason?: string | null }) => ({
    url,
    finalUrl: fields.finalUrl ?? url,
    status: fields.status ?? null,
    contentType: (fields.contentType ?? '').slice(0, 100),
    html: fields.html ?? null,
    reason: fields.reason ?? null,
    ms: Math.round(performance.now() - started),
  });
  const lost = () => answer({ reason: controller.signal.aborted ? 'timeout' : 'network' });
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'include', redirect: 'follow', signal: controller.signal, headers: { accept: 'text/html,application/xhtml+xml' } });
    } catch {
      if (controller.signal.aborted) return lost();
      // A redirect to another origin fails like a network error; asking again without following tells them apart.
      try {
        const manual = await fetch(url, { credentials: 'include', redirect: 'manual', signal: controller.signal });
        return manual.type === 'opaqueredirect' ? answer({ reason: 'offOrigin' }) : answer({ status: manual.status, reason: 'network' });
      } catch {
        return lost();
      }
    }
    const finalUrl = response.url || url;
    const contentType = response.headers.get('content-type') ?? '';
    const done = (fields: Parameters<typeof answer>[0]) => {
      response.body?.cancel().catch(() => undefined);
      return answer({ finalUrl, status: response.status, contentType, ...fields });
    };
    if (!response.ok) return done({ reason: 'httpError' });
    if (contentType && !/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return done({ reason: 'notHtml' });
    if (Number(response.headers.get('content-length')) > limits.maxBytes) return done({ reason: 'tooLarge' });
    const reader = response.body?.getReader();
    if (!reader) return done({ reason: 'network' });
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      let part: ReadableStreamReadResult<Uint8Array>;
      try {
        part = await reader.read();
      } catch {
        return lost();
      }
      if (part.done) break;
      size += part.value.byteLength;
      if (size > limits.maxBytes) return done({ reason: 'tooLarge' });
      chunks.push(part.value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    // The charset from the header, else from a meta tag near the top, else UTF-8 (the HTML default on the web).
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const declared = /charset\s*=\s*["']?([\w-]{1,40})/i.exec(contentType)?.[1] ?? /<meta[^>]{0,200}charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1];
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared ?? 'utf-8');
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    const html = decoder.decode(bytes);
    // No content type at all: HTML only if it looks like markup.
    if (!contentType && !/^\s*</.test(html.slice(0, 1000))) return done({ reason: 'notHtml' });
    return answer({ finalUrl, status: response.status, contentType, html });
  } finally {
    clearTimeout(timer);
  }
}

export type FetchedRaw = Awaited<ReturnType<typeof fetchInPage>>;
