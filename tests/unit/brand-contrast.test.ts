// White or dark text on the agency's accent, by WCAG 2's contrast ratio.
import { describe, expect, it } from 'vitest';
import { contrastWithBlack, contrastWithWhite, textColourOn, whiteTextReadable } from '../../brand/contrast';

describe('contrast with white', () => {
  it('matches the WCAG end points and known values', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes on white, #777777 the first that fails.
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite('#777777')).toBeCloseTo(4.48, 2);
    expect(contrastWithWhite('#1d4ed8')).toBeCloseTo(6.7, 1);
  });

  it('says whether white text is readable on the accent', () => {
    expect(whiteTextReadable('#767676')).toBe(true);
    expect(whiteTextReadable('#777777')).toBe(false);
    expect(whiteTextReadable('#1d4ed8')).toBe(true);
    expect(whiteTextReadable('#c62828')).toBe(true);
    expect(whiteTextReadable('#ffcc00')).toBe(false);
    expect(whiteTextReadable('#00ff00')).toBe(false);
    // Channels weigh differently: pure blue is dark to the eye, pure green light.
    expect(whiteTextReadable('#0000ff')).toBe(true);
  });

  it('always finds a text colour with at least 4.5:1 on any accent', () => {
    for (let r = 0; r < 256; r += 15) {
      for (let g = 0; g < 256; g += 15) {
        for (let b = 0; b < 256; b += 15) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          const text = textColourOn(hex);
          expect(text === '#ffffff' ? contrastWithWhite(hex) : contrastWithBlack(hex), hex).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
