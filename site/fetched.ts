// What the tab answers for one key page, read as untrusted data.
import { z } from 'zod';
import { LIMITS } from '../engine/limits';
import { text } from '../engine/schema-kit';
import { KEY_PAGE_LIMITS } from './fetch-in-page';

const FETCH_REASONS = ['httpError', 'offOrigin', 'notHtml', 'timeout', 'tooLarge', 'network'] as const;

export const FetchedSchema = z.object({
  url: text(LIMITS.url, 'lenient'),
  finalUrl: text(LIMITS.url, 'lenient'),
  status: z.number().int().min(0).max(999).nullable(),
  contentType: text(LIMITS.contentType, 'lenient'),
  // Characters, not bytes, but a decoded page is never longer in characters than in bytes.
  html: z.string().max(KEY_PAGE_LIMITS.maxBytes).nullable(),
  reason: z.enum(FETCH_REASONS).nullable(),
  ms: z.number().finite().nonnegative(),
});
export type Fetched = z.infer<typeof FetchedSchema>;
