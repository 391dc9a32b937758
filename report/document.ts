// What a report is made from: the audit as JSON (texts already in the report's language), the view
// captured when the audit started, and the agency's own marks. One document feeds every format.
import { z } from 'zod';
import { DEFAULT_ACCENT, type Brand } from '../brand/brand';
import type { ReportJson } from '../engine/report-json';
import type { Comparison } from '../history/compare';
import type { HistoryDelta } from '../history/delta';

/** The agency's marks (white label): validated where they enter, the options page or --brand FILE. */
export type ReportBrand = Brand;

export interface ReportDocument {
  report: ReportJson;
  /** The audited view as the visitor saw it when the audit started; null when it could not be captured. */
  screenshot: string | null;
  brand: ReportBrand | null;
  /** What changed since the previous audit of the same site (the extension's history); absent: none kept. */
  changes?: HistoryDelta | null;
  /** This site beside the competitors the user chose (popup) or named (--compare). */
  comparison?: Comparison | null;
}

/** Screenshots above this are left out rather than bloat every export (a 1280×800 JPEG is ~150 KB). */
export const MAX_SCREENSHOT_CHARS = 3_000_000;

/** Only inline raster images: a data URL can never fetch anything, and SVG could carry script. */
export const ImageDataUrlSchema = z
  .string()
  .max(MAX_SCREENSHOT_CHARS)
  .regex(/^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/);

export function safeImage(url: string | null | undefined): string | null {
  return url && ImageDataUrlSchema.safeParse(url).success ? url : null;
}

/** Polku's own accent, where the agency set none. */
export const ACCENT_DEFAULT = DEFAULT_ACCENT;

export function safeAccent(accent: string | undefined): string {
  return accent && /^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : ACCENT_DEFAULT;
}
