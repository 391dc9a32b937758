// The accessibility slice: what axe-core found in the page, per rule and per journey stage where
// it hurts. The runner (entrypoints/axe-runner.ts) returns it; it is parsed with these schemas
// where it crosses into the extension or the CLI, like the rest of the facts.
import { z } from 'zod';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

/** axe-core's impacts, worst first. */
export const A11Y_IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type A11yImpact = (typeof A11Y_IMPACTS)[number];

/** The stages a violation is charged to: a purchase-path form, a product image, or the site's foundation. */
export const A11Y_STAGES = ['conversion', 'consideration', 'foundation'] as const;
export type A11yStage = (typeof A11Y_STAGES)[number];

/** Why axe stopped before running every rule: its time ran out, or its caller went away. */
export const A11Y_STOP_REASONS = ['time', 'cancelled'] as const;

/** axe rules about a missing text alternative of an image: on a product image they cost consideration. */
export const IMAGE_ALT_RULES: ReadonlySet<string> = new Set(['image-alt', 'input-image-alt', 'role-img-alt', 'svg-img-alt', 'area-alt', 'object-alt']);

const count = z.number().int().nonnegative();
const ms = z.number().finite().nonnegative();

export function a11yViolationSchema(mode: SchemaMode) {
  return z.object({
    /** axe rule id ("label", "color-contrast", "image-alt"). */
    id: text(LIMITS.a11yRuleId, mode),
    impact: z.enum(A11Y_IMPACTS),
    /** Elements that violate the rule in this stage. */
    count: count,
    /** The first few of them. */
    selectors: list(text(LIMITS.selector, mode), LIMITS.a11ySelectors, mode),
    stage: z.enum(A11Y_STAGES),
  });
}

export function accessibilityFactsSchema(mode: SchemaMode) {
  return z.object({
    /** One entry per (rule, stage). */
    violations: list(a11yViolationSchema(mode), LIMITS.a11yViolations, mode),
    /** Rules that applied and passed everywhere. */
    passes: count,
    /** Rules axe could not decide (a person must look), with no violation. */
    incomplete: count,
    /** Rules that never ran (time ran out, the caller left, or the rule threw): never counted as passing. */
    rulesNotRun: list(text(LIMITS.a11yRuleId, mode), LIMITS.a11yRules, mode),
    /** Rules asked for (the WCAG 2.x A and AA rules of this axe version). */
    rulesTotal: count,
    /** What the purchase-path checks apply to: forms that serve contact, booking, checkout or signup, and product images. */
    scope: z.object({ purchaseForms: count, productImages: count }),
    stoppedBy: z.enum(A11Y_STOP_REASONS).nullable(),
    /** Time axe took in the page, and its longest stretch without yielding to the page. */
    ms,
    longestBlockMs: ms,
    axeVersion: text(20, mode),
  });
}

export const AccessibilityFactsSchema = accessibilityFactsSchema('strict');
export type AccessibilityFacts = z.infer<typeof AccessibilityFactsSchema>;
export type A11yViolation = AccessibilityFacts['violations'][number];

/** What the accessibility runner answers when it did not run axe at all (a page too big, axe failing). */
export const AxeNotRunSchema = z.object({ notRun: z.string().transform((s) => s.slice(0, 300)) });
