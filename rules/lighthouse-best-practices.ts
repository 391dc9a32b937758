import { lighthouseCategoryRule } from './lighthouse-category';

export default lighthouseCategoryRule({
  id: 'lighthouse-best-practices',
  category: 'bestPractices',
  title: { en: 'Lighthouse: best practices', fi: 'Lighthouse: hyvät käytännöt' },
  failTitle: { en: 'Lighthouse: best practices score below 90', fi: 'Lighthouse: hyvien käytäntöjen pisteet alle 90' },
  fix: {
    en: 'Fix what Lighthouse lists under best practices: load everything over HTTPS, clear the errors in the browser console, and replace deprecated APIs and third-party cookies.',
    fi: 'Korjaa Lighthousen hyvien käytäntöjen listan kohdat: lataa kaikki HTTPS-yhteydellä, poista selaimen konsolin virheet ja korvaa vanhentuneet rajapinnat ja kolmannen osapuolen evästeet.',
  },
  good: {
    en: 'Lighthouse best-practices score {score}/100 (good: 90 or more).',
    fi: 'Lighthousen hyvien käytäntöjen pisteet {score}/100 (hyvä: vähintään 90).',
  },
  poor: {
    en: 'Lighthouse best-practices score {score}/100 (good: 90 or more): the page has problems such as browser errors, insecure requests or outdated APIs that cost safety and trust.',
    fi: 'Lighthousen hyvien käytäntöjen pisteet {score}/100 (hyvä: vähintään 90): sivulla on ongelmia, kuten selainvirheitä, suojaamattomia pyyntöjä tai vanhentuneita rajapintoja, jotka heikentävät turvallisuutta ja luottamusta.',
  },
});
