// The kind chosen per site, as kept in storage.local: read with zod, so a stored value from
// elsewhere (an unknown kind, a hand edit, another shape) is dropped, never trusted.
import { describe, expect, it } from 'vitest';
import { loadKindChoice, originOf, saveKindChoice, type ChoiceStore } from '../../extension/site-kind-pref';

function memoryStore(initial: Record<string, unknown> = {}): ChoiceStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (key) => (key in data ? { [key]: data[key] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('site kind choice per origin', () => {
  it('remembers a choice per origin and forgets it when set back to none', async () => {
    const store = memoryStore();
    await saveKindChoice('https://a.example.fi', 'shop', store);
    await saveKindChoice('https://b.example.fi', 'b2b', store);
    expect(await loadKindChoice('https://a.example.fi', store)).toBe('shop');
    expect(await loadKindChoice('https://b.example.fi', store)).toBe('b2b');
    expect(await loadKindChoice('https://c.example.fi', store)).toBeNull();
    await saveKindChoice('https://a.example.fi', null, store);
    expect(await loadKindChoice('https://a.example.fi', store)).toBeNull();
    expect(store.data.siteKinds).toEqual({ 'https://b.example.fi': 'b2b' });
  });

  it('drops unknown kinds and malformed entries instead of trusting them', async () => {
    const store = memoryStore({ siteKinds: { 'https://a.example.fi': 'casino', 'https://b.example.fi': 'publisher', 'https://c.example.fi': { id: 'shop' } } });
    expect(await loadKindChoice('https://a.example.fi', store)).toBeNull();
    expect(await loadKindChoice('https://b.example.fi', store)).toBe('publisher');
    expect(await loadKindChoice('https://c.example.fi', store)).toBeNull();
    expect(await loadKindChoice('https://b.example.fi', memoryStore({ siteKinds: 'shop' }))).toBeNull();
  });

  it('keys choices by origin: paths share one, other hosts and schemes do not, local files have none', () => {
    expect(originOf('https://a.example.fi/hinnasto?x=1')).toBe('https://a.example.fi');
    expect(originOf('http://a.example.fi/')).toBe('http://a.example.fi');
    expect(originOf('file:///home/u/page.html')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(null)).toBeNull();
  });
});
