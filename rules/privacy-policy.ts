import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'privacy-policy',
    needs: ['trust.privacy'],
    title: { en: 'A privacy policy is one click away', fi: 'Tietosuojaseloste on yhden klikkauksen päässä' },
    failTitle: { en: 'No privacy policy found', fi: 'Tietosuojaselostetta ei löytynyt' },
    fix: {
      en: 'Link the privacy policy in the footer of every page and next to every form that collects personal data.',
      fi: 'Linkitä tietosuojaseloste jokaisen sivun alatunnisteeseen ja jokaisen henkilötietoja keräävän lomakkeen viereen.',
    },
    messages: {
      found: { en: 'Privacy policy: {where}.', fi: 'Tietosuojaseloste: {where}.' },
      none: { en: 'No privacy policy or data protection notice was found.', fi: 'Tietosuojaselostetta tai rekisteriselostetta ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const privacy = detectionOf(facts, 'trust.privacy');
    if (privacy.present === 'none') return { outcome: 'fail', message: 'none' };
    const first = privacy.evidence[0];
    return { outcome: 'pass', message: 'found', data: { where: first?.url ?? first?.text ?? privacy.present }, evidence: privacy.evidence.slice(0, 2) };
  },
});
