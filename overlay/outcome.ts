// What the painter answered, read as hostile data (it ran in the page's process), and counted for the popup.
import { z } from 'zod';
import { MAX_OVERLAY_TARGETS } from './targets';

const PaintAnswerSchema = z.object({
  states: z.array(z.enum(['shown', 'hidden', 'missing'])).max(MAX_OVERLAY_TARGETS),
  failed: z.boolean().optional(),
});

/** What the popup says after a request: how many were outlined, hidden or not found; or that the tab could not be reached. */
export type OverlayOutcome = { kind: 'painted'; shown: number; hidden: number; missing: number } | { kind: 'failed' };

export function readPaintAnswer(raw: unknown): OverlayOutcome {
  const parsed = PaintAnswerSchema.safeParse(raw);
  if (!parsed.success || parsed.data.failed) return { kind: 'failed' };
  const count = (state: string) => parsed.data.states.filter((s) => s === state).length;
  return { kind: 'painted', shown: count('shown'), hidden: count('hidden'), missing: count('missing') };
}
