// The agency's brand, kept in storage.local (it never leaves the browser) and read with the brand
// schema: a value that no longer parses (a hand edit, another version, a damaged store) means
// "no brand" and a notice, never a crash. The storage area is passed in, so tests run in Node.
import { browser } from 'wxt/browser';
import type { BrandNoticeId } from '../i18n/brand';
import { BrandSchema, type Brand } from './brand';

export const BRAND_KEY = 'brand';

/** The part of storage.local the brand needs (tests pass an in-memory one). */
export interface BrandArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
const local = (): BrandArea => browser.storage.local;

export interface LoadedBrand {
  brand: Brand | null;
  /** Set when a stored value was there but could not be used. */
  notice: BrandNoticeId | null;
}

export async function loadBrand(area: BrandArea = local()): Promise<LoadedBrand> {
  const stored = (await area.get(BRAND_KEY))[BRAND_KEY];
  if (stored === undefined) return { brand: null, notice: null };
  const parsed = BrandSchema.safeParse(stored);
  return parsed.success ? { brand: parsed.data, notice: null } : { brand: null, notice: 'storedCorrupt' };
}

/** Saves the brand as the schema leaves it; throws on a brand the schema refuses (check it first). */
export async function saveBrand(brand: Brand, area: BrandArea = local()): Promise<Brand> {
  const clean = BrandSchema.parse(brand);
  await area.set({ [BRAND_KEY]: clean });
  return clean;
}

export async function clearBrand(area: BrandArea = local()): Promise<void> {
  await area.remove(BRAND_KEY);
}
