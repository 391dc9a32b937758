// The brand as the options form edits it: every field a string, '' for "none". checkBrand reads a
// draft directly (empty optional fields become absent).
import { BRAND_FIELDS, type Brand, type BrandField } from './brand';

export type BrandDraft = Record<BrandField, string>;

export const EMPTY_DRAFT: BrandDraft = { name: '', logo: '', accent: '', contact: '', intro: '' };

export function draftOf(brand: Brand | null): BrandDraft {
  if (!brand) return EMPTY_DRAFT;
  return { name: brand.name, logo: brand.logo ?? '', accent: brand.accent ?? '', contact: brand.contact ?? '', intro: brand.intro ?? '' };
}

export function sameDraft(a: BrandDraft, b: BrandDraft): boolean {
  return BRAND_FIELDS.every((field) => a[field] === b[field]);
}
