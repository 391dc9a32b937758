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

describe('cueMatcher: bare letters and compounds', () => {
  it('matches a marked letter written without its mark, not the other way round', () => {
    const m = cueMatcher(['evästeet', 'spørsmål og svar', 'polityka prywatności']);
    expect(m.test('Evasteet')).toBe(true);
    expect(m.test('Sporsmal og svar')).toBe(true);
    expect(m.test('Polityka prywatnosci')).toBe(true);
    expect(cueMatcher(['evasteet']).test('Evästeet')).toBe(false);
  });
  it('matches Finnish and Estonian compounds and inflections from stems', () => {
    const m = cueMatcher(['*tietosuoja*', 'yhteydenot*', '*tingimused']);
    expect(m.test('Asiakasrekisterin tietosuojaseloste')).toBe(true);
    expect(m.test('Verkkokauppatietosuojaseloste')).toBe(true);
    expect(m.test('Jätä yhteydenottopyyntö')).toBe(true);
    expect(m.test('Kasutustingimused')).toBe(true);
    expect(m.test('Tingimusteta')).toBe(false);
  });
});
