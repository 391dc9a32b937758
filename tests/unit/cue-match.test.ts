import { describe, expect, it } from 'vitest';
import { cueMatcher, cueRegExp } from '../../cues/match';

describe('cueMatcher', () => {
  it('matches whole words and phrases, case-insensitively, across spaces and hyphens', () => {
    const m = cueMatcher(['ota yhteyttä', 'faq']);
    expect(m.test('Ota  yhteyttä!')).toBe(true);
    expect(m.test('FAQ')).toBe(true);
    expect(m.test('faqs')).toBe(false);
  });
  it('matches prefixes and word endings marked with *', () => {
    const m = cueMatcher(['yhteystie*', '*ehdot', '*villkor']);
    expect(m.find('Yhteystietomme')).toBe('Yhteystietomme');
    expect(m.find('Ajanvaraus- ja peruutusehdot')).toBe('peruutusehdot');
    expect(m.test('Bokningsvillkor')).toBe(true);
    expect(m.test('ehdotus')).toBe(false);
  });
  it('finds every occurrence with cueRegExp', () => {
    expect([...'puh. 1, tel. 2'.matchAll(cueRegExp(['puh', 'tel']))].map((x) => x[0])).toEqual(['puh', 'tel']);
  });
});
