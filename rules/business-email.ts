import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

// Seed 004: an address on a free mail service makes a business look temporary.
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.fi', 'outlook.com', 'live.com', 'live.fi', 'msn.com', 'yahoo.com', 'yahoo.co.uk',
  'icloud.com', 'me.com', 'aol.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'protonmail.com', 'proton.me', 'mail.com', 'yandex.com',
  'luukku.com', 'suomi24.fi', 'kolumbus.fi', 'netti.fi', 'hotmail.se', 'live.se', 'telia.com', 'online.no', 'hotmail.no', 'hotmail.dk',
]);

export function emailDomains(evidenceTexts: readonly string[]): string[] {
  const domains = evidenceTexts.flatMap((t) => [...t.matchAll(/@([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase()));
  return [...new Set(domains)];
}

export default defineRule({
  meta: {
    id: 'business-email',
    needs: ['contact.email'],
    title: { en: 'Email addresses use the company’s own domain', fi: 'Sähköpostiosoite on yrityksen omassa verkkotunnuksessa' },
    failTitle: { en: 'Contact email on a free mail service', fi: 'Yhteyssähköposti on ilmaisessa sähköpostipalvelussa' },
    fix: {
      en: 'Use an address on your own domain (e.g. info@yourcompany.fi); most hosting plans include one.',
      fi: 'Käytä oman verkkotunnuksen osoitetta (esim. info@yrityksesi.fi); useimpiin webhotelleihin sellainen kuuluu.',
    },
    messages: {
      own: { en: 'Contact address on the company domain: {domains}.', fi: 'Yhteysosoite yrityksen omassa verkkotunnuksessa: {domains}.' },
      free: { en: 'The contact address is on a free mail service ({domains}), which looks less trustworthy to buyers.', fi: 'Yhteysosoite on ilmaisessa sähköpostipalvelussa ({domains}), mikä heikentää ostajan luottamusta.' },
      noEmail: { en: 'No email address is shown, so there is nothing to judge.', fi: 'Sähköpostiosoitetta ei näytetä, joten arvioitavaa ei ole.' },
    },
  },
  evaluate(facts) {
    const email = detectionOf(facts, 'contact.email');
    const domains = emailDomains(email.evidence.flatMap((e) => [e.text ?? '', e.url ?? '']));
    if (email.present === 'none' || domains.length === 0) return { outcome: 'na', message: 'noEmail' };
    const free = domains.filter((d) => FREE_MAIL.has(d));
    if (free.length === domains.length) return { outcome: 'fail', message: 'free', data: { domains: free.join(', ') }, evidence: email.evidence.slice(0, 2) };
    return { outcome: 'pass', message: 'own', data: { domains: domains.filter((d) => !FREE_MAIL.has(d)).join(', ') }, evidence: email.evidence.slice(0, 1) };
  },
});
