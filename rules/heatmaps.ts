import { presenceRule } from './presence-rule';

export default presenceRule({
  id: 'heatmaps',
  asset: 'measure.heatmap',
  title: { en: 'Visitor behaviour is observed', fi: 'Kävijöiden käyttäytymistä seurataan' },
  failTitle: { en: 'No heatmaps or session recordings found', fi: 'Lämpökarttoja tai istuntotallenteita ei löytynyt' },
  fix: {
    en: 'Add heatmaps or session recordings (e.g. Microsoft Clarity or Hotjar) to see where visitors hesitate, with consent.',
    fi: 'Lisää lämpökartat tai istuntotallenteet (esim. Microsoft Clarity tai Hotjar) nähdäksesi, missä kävijät epäröivät – suostumuksella.',
  },
  found: { en: 'Heatmaps: {detail}.', fi: 'Lämpökartat: {detail}.' },
  missing: { en: 'No heatmap or session-recording tool was found.', fi: 'Lämpökartta- tai istuntotallennustyökalua ei löytynyt.' },
});
