import { defineRule } from '../engine/rule';
import { fileEvidence, nameFiles } from './perf-format';

export default defineRule({
  meta: {
    id: 'render-blocking',
    needs: ['perf'],
    title: { en: 'Nothing holds back the first paint', fi: 'Mikään ei pidättele ensimmäistä piirtoa' },
    failTitle: { en: 'Files hold back the first paint', fi: 'Tiedostot pidättelevät ensimmäistä piirtoa' },
    fix: {
      en: 'Add defer (or async) to the scripts named above, inline the few CSS rules the top of the page needs and load the rest with media="print" swapped on load, or move them to the end of the page.',
      fi: 'Lisää yllä nimettyihin skripteihin defer (tai async), sisällytä sivun yläosan tarvitsemat muutamat CSS-säännöt sivuun ja lataa loput media="print"-tempulla tai siirrä ne sivun loppuun.',
    },
    messages: {
      none: { en: 'No script or stylesheet blocks the first paint.', fi: 'Mikään skripti tai tyylitiedosto ei estä ensimmäistä piirtoa.' },
      blocking: { en: '{count} files block the first paint until they have loaded (as the browser reports): {files}.', fi: '{count} tiedostoa estää ensimmäisen piirron, kunnes ne on ladattu (selaimen mukaan): {files}.' },
      blockingInMarkup: { en: '{count} synchronous scripts or stylesheets in <head> block the first paint (judged from the markup; this browser does not report it): {files}.', fi: '<head>-osan {count} synkronista skriptiä tai tyylitiedostoa estää ensimmäisen piirron (päätelty sivun koodista; tämä selain ei kerro sitä): {files}.' },
    },
  },
  evaluate({ perf }) {
    const p = perf!;
    if (p.renderBlockingCount === 0) return { outcome: 'pass', message: 'none' };
    const count = p.renderBlockingCount;
    // A stylesheet or two is how most sites paint; each further file adds a round trip before anything shows.
    const score = count <= 2 ? 0.7 : count <= 5 ? 0.4 : 0;
    const data = { count, files: nameFiles(p.renderBlocking) };
    return { outcome: 'fail', message: p.renderBlockingSource === 'browser' ? 'blocking' : 'blockingInMarkup', data, evidence: fileEvidence(p.renderBlocking), score };
  },
});
