import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'faq-available',
    needs: ['faq'],
    title: { en: 'Common questions are answered', fi: 'Yleisimpiin kysymyksiin on vastattu' },
    failTitle: { en: 'No FAQ found', fi: 'UKK:ta ei löytynyt' },
    fix: {
      en: 'Collect the questions customers ask by phone and email into an FAQ on the page or linked from it.',
      fi: 'Kokoa asiakkaiden puhelimessa ja sähköpostissa kysymät asiat UKK-osioksi sivulle tai sen linkin taakse.',
    },
    messages: {
      onPage: { en: 'FAQ on the site.', fi: 'UKK löytyy sivustolta.' },
      linked: { en: 'FAQ linked from this page.', fi: 'UKK on linkitetty tältä sivulta.' },
      none: { en: 'No FAQ or help centre was found on the pages read or in their links.', fi: 'Luetuilta sivuilta tai niiden linkeistä ei löytynyt UKK:ta tai ohjekeskusta.' },
    },
  },
  evaluate(facts) {
    const faq = detectionOf(facts, 'faq');
    if (faq.present === 'content') return { outcome: 'pass', message: 'onPage', evidence: faq.evidence };
    if (faq.present !== 'none') return { outcome: 'pass', message: 'linked', evidence: faq.evidence };
    return { outcome: 'fail', message: 'none' };
  },
});
