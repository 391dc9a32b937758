// Whether white text is readable on the agency's accent colour, by WCAG 2's contrast ratio, so the
// report can put white or dark text on an accent bar.

/** WCAG AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** WCAG relative luminance of a #rrggbb colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of white against the colour, from 1 (white) to 21 (black). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/** True when white text on the colour meets 4.5:1; otherwise use dark text on it. */
export function whiteTextReadable(hex: string): boolean {
  return contrastWithWhite(hex) >= MIN_TEXT_CONTRAST;
}

/** Contrast ratio of black against the colour. */
export function contrastWithBlack(hex: string): number {
  return (relativeLuminance(hex) + 0.05) / 0.05;
}

/** The text colour to put on an accent: white where readable, else black. One of the two always
 *  reaches 4.5:1 (they tie at about 4.58:1), so any accent gets readable text. */
export function textColourOn(hex: string): '#ffffff' | '#000000' {
  return whiteTextReadable(hex) ? '#ffffff' : '#000000';
}
