// The agency's own look on a report (white label): its name, logo, accent colour, contact line and
// an intro paragraph. One schema reads it wherever it comes from (the options page, storage.local,
// the CLI's --brand file), so every copy is cleaned and capped the same way. Problems carry message
// ids (i18n/brand.ts), never finished text.
import { z } from 'zod';
import type { MessageData } from '../engine/rule';
import { checkLogo } from './logo';
import { charCount, cleanLine, cleanParagraphs } from './plain-text';

/** Polku's own accent (the popup's --accent): what a report uses when the agency sets none. */
export const DEFAULT_ACCENT = '#1d4ed8';

export const BRAND_LIMITS = { name: 80, contact: 200, intro: 1500 } as const;
export const BRAND_FIELDS = ['name', 'logo', 'accent', 'contact', 'intro'] as const;
export type BrandField = (typeof BRAND_FIELDS)[number];

/** The message ids a brand problem can carry (texts in i18n/brand.ts). */
export const BRAND_PROBLEM_IDS = [
  'notObject',
  'notText',
  'nameMissing',
  'nameTooLong',
  'contactTooLong',
  'introTooLong',
  'accentInvalid',
  'logoNotDataUrl',
  'logoWrongType',
  'logoTooBig',
  'logoBroken',
] as const;
export type BrandProblemId = (typeof BRAND_PROBLEM_IDS)[number];

/** One problem: the field it is in (null: the whole value) and what is wrong. */
export interface BrandIssue {
  field: BrandField | null;
  id: BrandProblemId;
  data?: MessageData;
}

type Ctx = z.RefinementCtx;
const problem = (ctx: Ctx, id: BrandProblemId, params?: MessageData) => ctx.addIssue({ code: 'custom', message: id, params });

/** Cleaned text within a length; empty text is no value. */
function text(clean: (s: string) => string, max: number, tooLong: BrandProblemId, missing: BrandProblemId = 'notText') {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'notText') })
    .transform(clean)
    .superRefine((value, ctx) => {
      const length = charCount(value);
      if (length > max) problem(ctx, tooLong, { length, max });
    });
}

const name = text(cleanLine, BRAND_LIMITS.name, 'nameTooLong', 'nameMissing').superRefine((value, ctx) => {
  if (value === '') problem(ctx, 'nameMissing');
});

const optional = <T extends z.ZodType<string, string>>(schema: T) => schema.transform((value) => value || undefined).optional();

const logo = z
  .string({ error: 'notText' })
  .transform((value, ctx) => {
    if (value.trim() === '') return '';
    const checked = checkLogo(value.trim());
    if ('url' in checked) return checked.url;
    problem(ctx, checked.id, 'data' in checked ? checked.data : undefined);
    return z.NEVER;
  });

const accent = z
  .string({ error: 'notText' })
  .transform((value) => value.trim().toLowerCase())
  .superRefine((value, ctx) => {
    if (value !== '' && !/^#[0-9a-f]{6}$/.test(value)) problem(ctx, 'accentInvalid');
  });

export const BrandSchema = z.object(
  {
    name,
    /** A data:image/png|jpeg|webp;base64 URL, its type as the image's bytes show it. */
    logo: optional(logo),
    /** #rrggbb in lower case. */
    accent: optional(accent),
    contact: optional(text(cleanLine, BRAND_LIMITS.contact, 'contactTooLong')),
    /** Plain text; each line is a paragraph. */
    intro: optional(text(cleanParagraphs, BRAND_LIMITS.intro, 'introTooLong')),
  },
  { error: 'notObject' },
);
export type Brand = z.output<typeof BrandSchema>;

/** The brand, cleaned, or every problem found in it. */
export function checkBrand(input: unknown): { ok: true; brand: Brand } | { ok: false; issues: BrandIssue[] } {
  const parsed = BrandSchema.safeParse(input);
  if (parsed.success) return { ok: true, brand: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toIssue) };
}

function toIssue(issue: z.core.$ZodIssue): BrandIssue {
  const field = (BRAND_FIELDS as readonly unknown[]).includes(issue.path[0]) ? (issue.path[0] as BrandField) : null;
  const params = issue.code === 'custom' ? (issue.params as MessageData | undefined) : undefined;
  // Every issue the schema raises carries one of our ids; anything else would be a zod change.
  const id = (BRAND_PROBLEM_IDS as readonly string[]).includes(issue.message) ? (issue.message as BrandProblemId) : 'notText';
  return { field, id, ...(params ? { data: params } : {}) };
}
