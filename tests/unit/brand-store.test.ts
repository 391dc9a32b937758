// The brand in storage.local: saved cleaned, read with the schema, and a stored value that no
// longer parses is "no brand" with a notice, never a crash.
import { describe, expect, it } from 'vitest';
import { BRAND_KEY, clearBrand, loadBrand, saveBrand, type BrandArea } from '../../brand/store';
import { brandNoticeText } from '../../i18n/brand';
import { dataUrl, PNG_1PX, SVG } from '../support/brand-images';

function memoryArea(initial: Record<string, unknown> = {}): BrandArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

describe('brand store', () => {
  it('has no brand and no notice when nothing was saved', async () => {
    expect(await loadBrand(memoryArea())).toEqual({ brand: null, notice: null });
  });

  it('saves the cleaned brand and loads it back; clearing removes it', async () => {
    const area = memoryArea({ other: 1 });
    const saved = await saveBrand({ name: '  Toimisto ', accent: '#ABCDEF', logo: dataUrl('image/png', PNG_1PX) }, area);
    expect(saved).toMatchObject({ name: 'Toimisto', accent: '#abcdef' });
    expect(await loadBrand(area)).toEqual({ brand: saved, notice: null });
    await clearBrand(area);
    expect(area.data).toEqual({ other: 1 });
    expect(await loadBrand(area)).toEqual({ brand: null, notice: null });
  });

  it('refuses to save a brand the schema refuses', async () => {
    const area = memoryArea();
    await expect(saveBrand({ name: '' }, area)).rejects.toThrow();
    expect(area.data).toEqual({});
  });

  it('reads a corrupt or hand-edited value as no brand with a notice, and leaves it until the user saves', async () => {
    const corrupt: unknown[] = [
      'Toimisto',
      null,
      42,
      [],
      { name: 7 },
      { name: '' },
      { name: 'x', logo: dataUrl('image/svg+xml', SVG) },
      { name: 'x', logo: 'https://tracker.example/pixel.png' },
      { name: 'x', accent: 'expression(alert(1))' },
      { name: 'x'.repeat(10_000) },
    ];
    for (const value of corrupt) {
      const area = memoryArea({ [BRAND_KEY]: value });
      expect(await loadBrand(area), JSON.stringify(value).slice(0, 60)).toEqual({ brand: null, notice: 'storedCorrupt' });
      expect(area.data[BRAND_KEY]).toEqual(value);
    }
  });

  it('the notice has a text in both languages', () => {
    expect(brandNoticeText('en', 'storedCorrupt')).toMatch(/could not be read/);
    expect(brandNoticeText('fi', 'storedCorrupt')).toMatch(/ei voitu lukea/);
  });
});
