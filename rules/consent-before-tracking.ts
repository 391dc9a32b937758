import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';
import { europeanAudience } from './context';

// For a European audience (judged from the domain, language, currency, address and delivery area together), analytics and ad pixels need the visitor's consent first (GDPR, ePrivacy).
export default defineRule({
  meta: {
    id: 'consent-before-tracking',
    needs: ['measure.analytics', 'measure.adPixels', 'measure.heatmap', 'trust.consent', 'page'],
    title: { en: 'Tracking waits for cookie consent', fi: 'Seuranta odottaa evästesuostumusta' },
    failTitle: { en: 'Tracking loads, no cookie consent found', fi: 'Seurantaa ladataan, evästesuostumusta ei löytynyt' },
    fix: {
      en: 'Install a consent manager (e.g. Cookiebot, CookieYes or Usercentrics) and load analytics and ad pixels only after consent.',
      fi: 'Ota käyttöön suostumustenhallinta (esim. Cookiebot, CookieYes tai Usercentrics) ja lataa analytiikka ja mainospikselit vasta suostumuksen jälkeen.',
    },
    messages: {
      ok: { en: 'Tracking ({tools}) with a consent manager: {consent}.', fi: 'Seuranta ({tools}) ja suostumustenhallinta: {consent}.' },
      noConsent: { en: 'Tracking tools load ({tools}) but no cookie consent manager or notice was found.', fi: 'Seurantatyökaluja latautuu ({tools}), mutta evästesuostumuksen hallintaa tai ilmoitusta ei löytynyt.' },
      noTracking: { en: 'No tracking tools, so no consent is needed for them.', fi: 'Ei seurantatyökaluja, joten niille ei tarvita suostumusta.' },
      ownStub: { en: 'Tracking ({tools}) behind the site’s own consent framework (an IAB TCF stub in the page).', fi: 'Seuranta ({tools}) sivuston oman suostumuskehyksen takana (IAB TCF -tynkä sivulla).' },
      notEu: {
        en: 'No sign of a European audience (domain, language, currency, address or delivery area): EU consent rules are not judged.',
        fi: 'Ei merkkejä eurooppalaisesta yleisöstä (verkkotunnus, kieli, valuutta, osoite tai toimitusalue): EU:n suostumussääntöjä ei arvioida.',
      },
    },
  },
  evaluate(facts) {
    const tracking = (['measure.analytics', 'measure.adPixels', 'measure.heatmap'] as const).map((id) => detectionOf(facts, id)).filter((d) => d.present !== 'none');
    if (tracking.length === 0) return { outcome: 'na', message: 'noTracking' };
    if (europeanAudience(facts).length === 0) return { outcome: 'na', message: 'notEu' };
    const tools = [...new Set(tracking.flatMap((d) => d.items))].join(', ') || '?';
    const consent = detectionOf(facts, 'trust.consent');
    if (consent.present === 'none' && facts.signals?.cues.includes('consentStub')) return { outcome: 'pass', message: 'ownStub', data: { tools } };
    if (consent.present === 'none') return { outcome: 'fail', message: 'noConsent', data: { tools }, evidence: tracking.flatMap((d) => d.evidence.slice(0, 1)) };
    const name = consent.items.join(', ') || consent.evidence[0]?.text?.slice(0, 60) || consent.present;
    return { outcome: 'pass', message: 'ok', data: { tools, consent: name }, evidence: consent.evidence.slice(0, 1) };
  },
});
