// The agency's logo travels as a data URL of a PNG, JPEG or WebP image, never as a link (a remote
// logo would make the report fetch from outside) and never as SVG (an SVG can carry script).
// The type is judged by the image's first bytes, not by what the URL or a file name claims.

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The decoded image at most, in bytes. */
export const MAX_LOGO_BYTES = 200 * 1024;

/** What is wrong with a logo: the message ids of i18n/brand.ts. */
export type LogoProblem =
  | { id: 'logoNotDataUrl' }
  | { id: 'logoWrongType' }
  | { id: 'logoTooBig'; data: { size: number; max: number } }
  | { id: 'logoBroken' };

/** Kilobytes as the user reads them, rounded up so that a logo over the limit never shows the limit itself. */
export function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}

export function tooBig(bytes: number): LogoProblem {
  return { id: 'logoTooBig', data: { size: kilobytes(bytes), max: kilobytes(MAX_LOGO_BYTES) } };
}

/** The image type its first 12 bytes announce, or null for anything else (SVG, GIF, text, …). */
export function sniffImageType(bytes: ArrayLike<number>): LogoType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  // "RIFF", four bytes of length, "WEBP".
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

const HEADER = /^data:([a-z0-9.+-]{1,60}\/[a-z0-9.+-]{1,60});base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 text decodes to, from its length alone. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Checks a logo data URL and returns it with the type its bytes show (a JPEG saved as .png is
 * still a JPEG), or the problem. The size is judged from the length before anything is decoded,
 * so a huge value costs one length check.
 */
export function checkLogo(url: string): { url: string; type: LogoType; bytes: number } | LogoProblem {
  const header = HEADER.exec(url.slice(0, 140));
  if (!header) return { id: url.startsWith('data:image/') ? 'logoWrongType' : 'logoNotDataUrl' };
  const declared = header[1]!.toLowerCase();
  if (!(LOGO_TYPES as readonly string[]).includes(declared)) return { id: 'logoWrongType' };
  const base64 = url.slice(header[0].length);
  const bytes = decodedSize(base64);
  if (bytes > MAX_LOGO_BYTES) return tooBig(bytes);
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) return { id: 'logoBroken' };
  const type = sniffImageType(Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0)));
  if (!type) return { id: 'logoWrongType' };
  return { url: logoDataUrl(type, base64), type, bytes };
}

/** A quick guard before a value is put into an img src: an inline image of an accepted type. */
export function isInlineLogo(url: string): boolean {
  return /^data:image\/(?:png|jpeg|webp);base64,/.test(url);
}

export function logoDataUrl(type: LogoType, base64: string): string {
  return `data:${type};base64,${base64}`;
}

/** What a picked file's declared type and size already tell, before it is read; its bytes are judged after. */
export function precheckLogoFile(file: { size: number; type: string }): LogoProblem | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { id: 'logoWrongType' };
  return file.size > MAX_LOGO_BYTES ? tooBig(file.size) : null;
}
