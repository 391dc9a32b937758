import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'analytics-installed',
  asset: 'measure.analytics',
  title: { en: 'Visits are measured', fi: 'Käyntejä mitataan' },
  failTitle: { en: 'No web analytics found', fi: 'Kävijäanalytiikkaa ei löytynyt' },
  fix: {
    en: 'Install web analytics (e.g. Google Analytics 4, Matomo or Plausible) and track the contact and purchase steps as conversions.',
    fi: 'Ota käyttöön kävijäanalytiikka (esim. Google Analytics 4, Matomo tai Plausible) ja seuraa yhteydenottoja ja ostoja konversioina.',
  },
  found: { en: 'Analytics: {detail}.', fi: 'Analytiikka: {detail}.' },
  missing: { en: 'No web analytics was found: nobody knows where visitors drop off.', fi: 'Kävijäanalytiikkaa ei löytynyt: kukaan ei tiedä, missä kävijät putoavat pois.' },
});
