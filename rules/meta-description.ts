import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'meta-description',
    needs: ['page'],
    title: { en: 'Search results get a description', fi: 'Hakutuloksille on kuvaus' },
    failTitle: { en: 'No meta description', fi: 'Metakuvaus puuttuu' },
    warn: { title: { en: 'The meta description is too short', fi: 'Metakuvaus on liian lyhyt' }, messages: ['short'] },
    fix: {
      en: 'Add a meta description of 70–160 characters that answers the searcher’s need and invites the click.',
      fi: 'Lisää 70–160 merkin metakuvaus, joka vastaa hakijan tarpeeseen ja houkuttelee klikkaamaan.',
    },
    messages: {
      ok: { en: 'Description of {length} characters.', fi: 'Kuvaus, {length} merkkiä.' },
      missing: { en: 'No meta description: search engines pick a random snippet.', fi: 'Metakuvaus puuttuu: hakukone poimii satunnaisen katkelman.' },
      short: { en: 'The description is only {length} characters.', fi: 'Kuvaus on vain {length} merkkiä.' },
    },
  },
  evaluate({ page }) {
    const description = page!.description?.trim() ?? '';
    const length = [...description].length;
    if (length === 0) return { outcome: 'fail', message: 'missing' };
    const evidence = [{ kind: 'content' as const, text: description.slice(0, 200) }];
    if (length < 50) return { outcome: 'fail', message: 'short', data: { length }, score: 0.5, evidence };
    return { outcome: 'pass', message: 'ok', data: { length }, evidence };
  },
});
