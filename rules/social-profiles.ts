import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'social-profiles',
    needs: ['social.profiles'],
    title: { en: 'The site leads to the brand’s social channels', fi: 'Sivusto ohjaa brändin somekanaviin' },
    failTitle: { en: 'No links to social profiles found', fi: 'Linkkejä someprofiileihin ei löytynyt' },
    fix: {
      en: 'Link your active social profiles in the header or footer so people who discover you can follow you.',
      fi: 'Linkitä aktiiviset someprofiilisi ylä- tai alatunnisteeseen, jotta sinut löytänyt voi alkaa seurata.',
    },
    messages: {
      found: { en: 'Profiles linked: {networks}.', fi: 'Linkitetyt profiilit: {networks}.' },
      none: { en: 'No links to the brand’s own social profiles were found.', fi: 'Linkkejä brändin omiin someprofiileihin ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const profiles = detectionOf(facts, 'social.profiles');
    if (profiles.present === 'none') return { outcome: 'fail', message: 'none' };
    return { outcome: 'pass', message: 'found', data: { networks: profiles.items.join(', ') }, evidence: profiles.evidence };
  },
});
