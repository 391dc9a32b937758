import { lighthouseCategoryRule } from './lighthouse-category';

const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));

export default lighthouseCategoryRule({
  id: 'lighthouse-performance',
  category: 'performance',
  title: { en: 'Lighthouse: performance', fi: 'Lighthouse: suorituskyky' },
  failTitle: { en: 'Lighthouse: performance scores below 90', fi: 'Lighthouse: suorituskyvyn pisteet alle 90' },
  fix: {
    en: 'Work through Lighthouse’s performance opportunities: defer or drop scripts the first view does not need, compress and size images, and cut long main-thread tasks so the page answers sooner on a mid-range phone.',
    fi: 'Käy läpi Lighthousen suorituskykyehdotukset: lykkää tai poista skriptit, joita ensimmäinen näkymä ei tarvitse, pakkaa ja mitoita kuvat ja pilko pitkät pääsäikeen tehtävät, jotta sivu vastaa nopeammin tavallisella puhelimella.',
  },
  good: {
    en: 'Lighthouse performance score {score}/100 (good: 90 or more); largest content after {lcp} s, input blocked for {tbt} ms.',
    fi: 'Lighthousen suorituskykypisteet {score}/100 (hyvä: vähintään 90); suurin sisältö näkyi {lcp} s:ssa, ja sivu oli estettynä {tbt} ms.',
  },
  poor: {
    en: 'Lighthouse performance score {score}/100 (good: 90 or more): on a throttled load the largest content took {lcp} s and scripts kept the page from answering for {tbt} ms.',
    fi: 'Lighthousen suorituskykypisteet {score}/100 (hyvä: vähintään 90): hidastetulla latauksella suurin sisältö näkyi vasta {lcp} s:ssa, ja skriptit estivät sivua vastaamasta yhteensä {tbt} ms.',
  },
  detail: ({ metrics }) => ({ lcp: seconds(metrics.lcp), tbt: metrics.tbt === null ? '–' : Math.round(metrics.tbt) }),
});
