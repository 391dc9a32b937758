import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'content-hub',
  asset: 'content.blog',
  title: { en: 'Helpful content brings searchers to the site', fi: 'Hyödyllinen sisältö tuo hakijat sivustolle' },
  failTitle: { en: 'No blog or articles found', fi: 'Blogia tai artikkeleita ei löytynyt' },
  fix: {
    en: 'Publish guides, articles or customer stories that answer the questions people search before they buy.',
    fi: 'Julkaise oppaita, artikkeleita tai asiakastarinoita, jotka vastaavat kysymyksiin, joita ihmiset hakevat ennen ostoa.',
  },
  found: { en: 'Content: {detail}.', fi: 'Sisältöä: {detail}.' },
  missing: { en: 'No blog, articles, guides or news were found.', fi: 'Blogia, artikkeleita, oppaita tai uutisia ei löytynyt.' },
  linkScore: 0.9,
});
