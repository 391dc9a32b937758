import { defineRule } from '../engine/rule';
import { fileEvidence, formatBytes, nameFiles } from './perf-format';

/** Known bytes: good up to 2 MB, poor from 5 MB (a phone on a mobile network pays for every one). */
const GOOD = 2_000_000;
const POOR = 5_000_000;

export default defineRule({
  meta: {
    id: 'page-weight',
    needs: ['perf'],
    title: { en: 'The page is light to load', fi: 'Sivu on kevyt ladata' },
    failTitle: { en: 'The page is heavy to load', fi: 'Sivu on raskas ladata' },
    fix: {
      en: 'Start with the heaviest files named above: serve images as WebP or AVIF at the size they are shown, lazy-load those below the fold, and drop or defer scripts the page does not need at once.',
      fi: 'Aloita yllä nimetyistä raskaimmista tiedostoista: tarjoa kuvat WebP- tai AVIF-muodossa siinä koossa kuin ne näytetään, lataa näkymän alapuolen kuvat viiveellä ja poista tai lykkää skriptit, joita sivu ei tarvitse heti.',
    },
    messages: {
      light: { en: 'The page loads {size} in {requests} requests (good: ≤ 2 MB); {unknown} files of unknown size not counted.', fi: 'Sivu lataa {size} {requests} pyynnöllä (hyvä: ≤ 2 Mt); {unknown} tiedostoa, joiden kokoa selain ei kertonut, ei laskettu.' },
      heavy: { en: 'The page loads at least {size} in {requests} requests (good: ≤ 2 MB; {unknown} files of unknown size not counted). Heaviest: {heaviest}.', fi: 'Sivu lataa vähintään {size} {requests} pyynnöllä (hyvä: ≤ 2 Mt; {unknown} tiedostoa tuntemattoman kokoisina laskematta). Raskaimmat: {heaviest}.' },
    },
  },
  evaluate({ perf }) {
    const p = perf!;
    const data = { size: formatBytes(p.knownBytes), requests: p.requests, unknown: p.unknownSize, heaviest: nameFiles(p.heaviest) };
    const evidence = fileEvidence(p.heaviest);
    if (p.knownBytes <= GOOD) return { outcome: 'pass', message: 'light', data, evidence };
    const score = p.knownBytes >= POOR ? 0 : 1 - (p.knownBytes - GOOD) / (POOR - GOOD);
    return { outcome: 'fail', message: 'heavy', data, evidence, score };
  },
});
