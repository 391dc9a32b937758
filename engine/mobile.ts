// Layout facts a phone visitor feels, measured in the live page (collectors/mobile-layout.ts).
import { z } from 'zod';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

const count = z.number().int().nonnegative();
const px = z.number().finite().nonnegative();

export function mobileSchema(mode: SchemaMode) {
  return z.object({
    /** The viewport the facts were measured at, in CSS px (the user's window in the extension). */
    viewport: z.object({ width: px, height: px, dpr: px }),
    /** The document scrolls sideways: wider than the viewport. */
    overflow: z.object({
      wider: z.boolean(),
      scrollWidth: px,
      /** The widest element reaching past the right edge, when one was found. */
      selector: text(LIMITS.selector, mode).nullable(),
    }),
    tapTargets: z.object({
      /** Visible targets measured (capped). */
      checked: count,
      /** Smaller than 24 × 24 px and closer to another target than the WCAG 2.5.8 spacing allows. */
      crowded: count,
      selectors: list(text(LIMITS.selector, mode), LIMITS.offenders, mode),
      /** The cap or the time ran out before every target was measured. */
      partial: z.boolean(),
    }),
    text: z.object({
      /** Characters of visible text sampled, and how many of them are set under 12 px. */
      chars: count,
      smallChars: count,
      selectors: list(text(LIMITS.selector, mode), LIMITS.offenders, mode),
      partial: z.boolean(),
    }),
  });
}
export const MobileSchema = mobileSchema('strict');
export type MobileFacts = z.infer<typeof MobileSchema>;
