import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'single-h1',
    needs: ['page'],
    title: { en: 'One main heading says what the page is about', fi: 'Yksi pääotsikko kertoo, mistä sivu kertoo' },
    failTitle: { en: 'The page has no main heading (h1)', fi: 'Sivulta puuttuu pääotsikko (h1)' },
    warn: { title: { en: 'Several main headings (h1)', fi: 'Useita pääotsikoita (h1)' }, messages: ['several'] },
    fix: {
      en: 'Give the page exactly one h1 that states the offer in the words customers search with.',
      fi: 'Anna sivulle tasan yksi h1-otsikko, joka kertoo tarjonnan asiakkaan hakusanoin.',
    },
    messages: {
      ok: { en: 'Main heading: "{h1}".', fi: 'Pääotsikko: "{h1}".' },
      missing: { en: 'The page has no h1 heading.', fi: 'Sivulla ei ole h1-otsikkoa.' },
      several: { en: 'The page has {count} h1 headings; the main message is diluted.', fi: 'Sivulla on {count} h1-otsikkoa; päätarina hajoaa.' },
    },
  },
  evaluate({ page }) {
    const h1 = page!.h1.filter((h) => h.length > 0);
    if (h1.length === 0) return { outcome: 'fail', message: 'missing' };
    if (h1.length > 1) return { outcome: 'fail', message: 'several', data: { count: h1.length }, score: 0.6, evidence: h1.slice(0, 3).map((text) => ({ kind: 'content' as const, text })) };
    return { outcome: 'pass', message: 'ok', data: { h1: h1[0]! } };
  },
});
