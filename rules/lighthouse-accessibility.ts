import { lighthouseCategoryRule } from './lighthouse-category';

export default lighthouseCategoryRule({
  id: 'lighthouse-accessibility',
  category: 'accessibility',
  title: { en: 'Lighthouse: accessibility', fi: 'Lighthouse: saavutettavuus' },
  failTitle: { en: 'Lighthouse: accessibility scores below 90', fi: 'Lighthouse: saavutettavuuden pisteet alle 90' },
  fix: {
    en: 'Fix what Lighthouse lists under accessibility: text contrast, names for form fields and buttons, text alternatives for images, and a logical heading order.',
    fi: 'Korjaa Lighthousen saavutettavuuslistan kohdat: tekstin kontrasti, lomakekenttien ja painikkeiden nimet, kuvien tekstivastineet ja looginen otsikkojärjestys.',
  },
  good: {
    en: 'Lighthouse accessibility score {score}/100 (good: 90 or more). Automated checks find only part of the barriers: try the page with a keyboard and a screen reader too.',
    fi: 'Lighthousen saavutettavuuspisteet {score}/100 (hyvä: vähintään 90). Automaattiset tarkistukset löytävät vain osan esteistä: kokeile sivua myös näppäimistöllä ja ruudunlukijalla.',
  },
  poor: {
    en: 'Lighthouse accessibility score {score}/100 (good: 90 or more): some visitors cannot read or use parts of the page.',
    fi: 'Lighthousen saavutettavuuspisteet {score}/100 (hyvä: vähintään 90): osa kävijöistä ei pysty lukemaan tai käyttämään kaikkia sivun osia.',
  },
});
