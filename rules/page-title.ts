import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'page-title',
    needs: ['page'],
    title: { en: 'The page has a descriptive title', fi: 'Sivulla on kuvaava otsikko' },
    failTitle: { en: 'The page has no title', fi: 'Sivulta puuttuu otsikko' },
    warn: { title: { en: 'The page title is too short or too long', fi: 'Sivun otsikko on liian lyhyt tai pitkä' }, messages: ['short', 'long'] },
    fix: {
      en: 'Write a unique title of 30–60 characters that names the offer and the brand; it is the first line people see in search results.',
      fi: 'Kirjoita yksilöllinen 30–60 merkin otsikko, joka kertoo tarjonnan ja brändin: se on hakutuloksen ensimmäinen rivi.',
    },
    messages: {
      ok: { en: 'Title: "{title}" ({length} characters).', fi: 'Otsikko: "{title}" ({length} merkkiä).' },
      missing: { en: 'The page has no title.', fi: 'Sivulla ei ole otsikkoa.' },
      short: { en: 'The title "{title}" is only {length} characters: too short to tell searchers what the page offers.', fi: 'Otsikko "{title}" on vain {length} merkkiä: liian lyhyt kertomaan hakijalle, mitä sivulla on.' },
      long: { en: 'The title is {length} characters; search results cut it after about 60.', fi: 'Otsikko on {length} merkkiä; hakutulokset katkaisevat sen noin 60 merkin kohdalla.' },
    },
  },
  evaluate({ page }) {
    const title = page!.title;
    const length = [...title].length;
    if (length === 0) return { outcome: 'fail', message: 'missing' };
    if (length < 15) return { outcome: 'fail', message: 'short', data: { title, length }, score: 0.4 };
    if (length > 70) return { outcome: 'fail', message: 'long', data: { length }, score: 0.7, evidence: [{ kind: 'content', text: title.slice(0, 200) }] };
    return { outcome: 'pass', message: 'ok', data: { title, length } };
  },
});
