import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

// Seed 002: a phone-only business loses the visitor who decides at night.
export default defineRule({
  meta: {
    id: 'contact-beyond-phone',
    needs: ['contact.phone', 'contact.email', 'contact.form', 'contact.chat'],
    title: { en: 'Visitors can get in touch outside office hours', fi: 'Yhteyden saa myös virka-ajan ulkopuolella' },
    failTitle: { en: 'No contact form or chat found', fi: 'Yhteydenottolomaketta tai chattia ei löytynyt' },
    warn: { title: { en: 'Only email and phone, no form or chat', fi: 'Vain sähköposti ja puhelin, ei lomaketta tai chattia' }, messages: ['emailOnly'] },
    fix: {
      en: 'Add a contact or quote-request form, or a chat, so people can reach you when the phone is not answered.',
      fi: 'Lisää yhteydenotto- tai tarjouspyyntölomake tai chat, jotta sinut tavoittaa myös silloin, kun puhelimeen ei vastata.',
    },
    messages: {
      ok: { en: 'Besides the phone: {channels}.', fi: 'Puhelimen lisäksi: {channels}.' },
      phoneOnly: { en: 'Contact is by phone only: a visitor who decides in the evening has nowhere to leave a message.', fi: 'Yhteyden saa vain puhelimella: illalla päättävä kävijä ei voi jättää viestiä.' },
      emailOnly: { en: 'Only email and phone: no form or chat for a quick question.', fi: 'Vain sähköposti ja puhelin: ei lomaketta tai chattia nopealle kysymykselle.' },
      noContact: { en: 'No contact channel was found at all.', fi: 'Yhtään yhteydenottotapaa ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const phone = detectionOf(facts, 'contact.phone');
    const email = detectionOf(facts, 'contact.email');
    const form = detectionOf(facts, 'contact.form');
    const chat = detectionOf(facts, 'contact.chat');
    const async = [form.present !== 'none' && 'form', chat.present !== 'none' && 'chat'].filter((c): c is string => Boolean(c));
    if (async.length > 0) return { outcome: 'pass', message: 'ok', data: { channels: async.join(', ') }, evidence: [...form.evidence.slice(0, 1), ...chat.evidence.slice(0, 1)] };
    if (email.present !== 'none') return { outcome: 'fail', message: 'emailOnly', score: 0.5, evidence: email.evidence.slice(0, 1) };
    if (phone.present !== 'none') return { outcome: 'fail', message: 'phoneOnly', evidence: phone.evidence.slice(0, 2) };
    return { outcome: 'fail', message: 'noContact' };
  },
});
