// The site audit's own facts: which pages beyond the audited one were read, and how each went.
// Key pages are fetched from the audited tab and parsed inert; what they hold merges into the
// site's facts (site/merge.ts), and these records say where every piece came from.
import { z } from 'zod';
import { AssetIdSchema } from './assets';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

/** Where the journey continues; `start` is the page the audit began on. Order is reading priority. */
export const PAGE_ROLES = ['start', 'contact', 'faq', 'pricing', 'delivery', 'returns', 'terms', 'privacy', 'company', 'cart', 'product', 'blog'] as const;
export type PageRole = (typeof PAGE_ROLES)[number];

/**
 * Why a page was not read: an HTTP error answer, a redirect to another origin (which a same-origin
 * request may not follow), a link to another address of the same site, not HTML, too slow, too big,
 * a network failure, a page only scripts fill, or the audit stopped before it.
 */
export const PAGE_REASONS = ['httpError', 'offOrigin', 'otherOrigin', 'notHtml', 'timeout', 'tooLarge', 'network', 'scriptShell', 'unreadable', 'stopped'] as const;
export type PageReason = (typeof PAGE_REASONS)[number];

export function pageRecordSchema(mode: SchemaMode) {
  return z.object({
    url: text(LIMITS.url, mode),
    /** Where the request ended after redirects within the origin, when elsewhere. */
    finalUrl: text(LIMITS.url, mode).optional(),
    role: z.enum(PAGE_ROLES),
    /** The link's text on the start page (page text: shown only as text). */
    label: text(LIMITS.pageLabel, mode),
    /** The HTTP status, or null when no answer came. */
    status: z.number().int().min(0).max(999).nullable(),
    /** True when the collectors ran on it. */
    read: z.boolean(),
    reason: z.enum(PAGE_REASONS).nullable(),
    ms: z.number().finite().nonnegative(),
    /** Assets this page holds that the start page lacked (or only linked to). */
    contributed: list(AssetIdSchema, LIMITS.items, mode),
  });
}
export const PageRecordSchema = pageRecordSchema('strict');
export type PageRecord = z.infer<typeof PageRecordSchema>;

export function siteFactsSchema(mode: SchemaMode) {
  return z.object({
    /** The start page first, then the key pages in reading order. */
    pages: list(pageRecordSchema(mode), LIMITS.pages, mode),
    /** How many key pages the audit was allowed to read (0: the start page only). */
    limit: z.number().int().min(0).max(LIMITS.pages),
    /** Time spent on the key pages, in ms. */
    ms: z.number().finite().nonnegative(),
  });
}
export const SiteFactsSchema = siteFactsSchema('strict');
export type SiteFacts = z.infer<typeof SiteFactsSchema>;
