// The forms on a page and what filling them asks of a visitor (collectors/forms.ts).
import { z } from 'zod';
import { LIMITS } from './limits';
import { list, text, type SchemaMode } from './schema-kit';

export const FORM_PURPOSES = ['contact', 'booking', 'signup', 'checkout', 'search', 'login', 'other'] as const;
export type FormPurpose = (typeof FORM_PURPOSES)[number];

const count = z.number().int().nonnegative().max(LIMITS.fieldCount);

export function formFactsSchema(mode: SchemaMode) {
  return z.object({
    purpose: z.enum(FORM_PURPOSES),
    /** Visible controls a visitor fills (not hidden, submit, button, reset or image inputs). */
    fields: count,
    required: count,
    /** Fields that ask for an email but are not type=email (no email keyboard on a phone, no check). */
    emailWithoutType: count,
    /** Fields that ask for a phone number but are not type=tel. */
    phoneWithoutType: count,
    /** Email, phone, name and address fields without a fitting autocomplete token. */
    withoutAutocomplete: count,
    /** Fields with no label, aria-label, aria-labelledby or title (a placeholder alone does not count). */
    unlabelled: count,
    selector: text(LIMITS.selector, mode),
    /** The page the form is on, when the audit reads more than one. */
    page: text(LIMITS.url, mode).optional(),
  });
}
export const FormFactsSchema = formFactsSchema('strict');
export type FormFacts = z.infer<typeof FormFactsSchema>;

export function formsSchema(mode: SchemaMode) {
  return list(formFactsSchema(mode), LIMITS.forms, mode);
}
