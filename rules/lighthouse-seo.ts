import { lighthouseCategoryRule } from './lighthouse-category';

export default lighthouseCategoryRule({
  id: 'lighthouse-seo',
  category: 'seo',
  title: { en: 'Lighthouse: search engine basics', fi: 'Lighthouse: hakukoneiden perusasiat' },
  failTitle: { en: 'Lighthouse: search engine basics score below 90', fi: 'Lighthouse: hakukoneiden perusasioiden pisteet alle 90' },
  fix: {
    en: 'Fix what Lighthouse lists under SEO: let search engines index the page (robots.txt, noindex), give it a title, a description and a canonical address, and use link texts that say where they lead.',
    fi: 'Korjaa Lighthousen SEO-listan kohdat: salli hakukoneiden indeksoida sivu (robots.txt, noindex), anna sille otsikko, kuvaus ja kanoninen osoite ja käytä linkkitekstejä, jotka kertovat, minne linkki vie.',
  },
  good: {
    en: 'Lighthouse SEO score {score}/100 (good: 90 or more): search engines can crawl and read the page.',
    fi: 'Lighthousen hakukonepisteet (SEO) {score}/100 (hyvä: vähintään 90): hakukoneet pystyvät indeksoimaan ja lukemaan sivun.',
  },
  poor: {
    en: 'Lighthouse SEO score {score}/100 (good: 90 or more): search engines may skip or misread the page, so fewer people find it.',
    fi: 'Lighthousen hakukonepisteet (SEO) {score}/100 (hyvä: vähintään 90): hakukoneet voivat ohittaa sivun tai tulkita sen väärin, joten harvempi löytää sen.',
  },
});
