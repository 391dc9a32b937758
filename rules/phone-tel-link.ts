import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

// The phone detector reports tel: links first and reads numbers from the text only when the page has
// none, so a phone found without a tel: address means no number on the page can be tapped to call.
export default defineRule({
  meta: {
    id: 'phone-tel-link',
    needs: ['contact.phone'],
    title: { en: 'The phone number can be tapped to call', fi: 'Puhelinnumeroa voi napauttaa soittaakseen' },
    failTitle: { en: 'The phone number cannot be tapped to call', fi: 'Puhelinnumeroa ei voi napauttaa soittaakseen' },
    fix: {
      en: 'Wrap the number in a link: <a href="tel:+358401234567">040 123 4567</a> (the international form in href), in the header or contact block and the footer.',
      fi: 'Tee numerosta linkki: <a href="tel:+358401234567">040 123 4567</a> (href-osaan kansainvälinen muoto) ylätunnisteeseen tai yhteystietoihin ja alatunnisteeseen.',
    },
    messages: {
      linked: { en: 'The phone number is a tel: link: {number}.', fi: 'Puhelinnumero on tel:-linkki: {number}.' },
      plain: { en: 'The phone number is plain text ({number}): on a phone it must be copied and typed instead of tapped.', fi: 'Puhelinnumero on pelkkää tekstiä ({number}): puhelimella se pitää kopioida tai näppäillä napautuksen sijaan.' },
      noPhone: { en: 'No phone number on the page.', fi: 'Sivulla ei ole puhelinnumeroa.' },
    },
  },
  evaluate(facts) {
    const phone = detectionOf(facts, 'contact.phone');
    if (phone.present === 'none') return { outcome: 'na', message: 'noPhone' };
    const tel = phone.evidence.find((e) => /^(?:tel|callto):/i.test(e.url ?? ''));
    const first = tel ?? phone.evidence[0];
    const data = { number: (first?.text ?? first?.url ?? '').slice(0, 80) };
    const evidence = first ? [first] : [];
    if (tel) return { outcome: 'pass', message: 'linked', data, evidence };
    return { outcome: 'fail', message: 'plain', data, evidence, score: 0.3 };
  },
});
