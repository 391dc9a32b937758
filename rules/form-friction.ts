import type { Evidence } from '../engine/assets';
import type { FormFacts, FormPurpose } from '../engine/forms';
import { clip, LIMITS } from '../engine/limits';
import { defineRule } from '../engine/rule';

/** What a form may ask before it asks too much (seed 004: long forms lose buyers). A checkout needs an address and payment. */
const ENOUGH: Partial<Record<FormPurpose, { fields: number; required: number }>> = {
  contact: { fields: 6, required: 4 },
  booking: { fields: 8, required: 6 },
  signup: { fields: 3, required: 3 },
  checkout: { fields: 14, required: 11 },
};

interface Judged {
  form: FormFacts;
  long: boolean;
  wrongType: number;
  score: number;
}

function judge(form: FormFacts): Judged {
  const limit = ENOUGH[form.purpose]!;
  const long = form.fields > limit.fields || form.required > limit.required;
  const wrongType = form.emailWithoutType + form.phoneWithoutType;
  // Length costs most, then fields a screen reader cannot name, then the wrong keyboard, then no autofill.
  const score = 1 - (long ? 0.4 : 0) - (form.unlabelled > 0 ? 0.3 : 0) - (wrongType > 0 ? 0.2 : 0) - (form.withoutAutocomplete > 0 ? 0.1 : 0);
  return { form, long, wrongType, score: Math.max(0, score) };
}

export default defineRule({
  meta: {
    id: 'form-friction',
    needs: ['forms'],
    title: { en: 'Forms ask only what they need', fi: 'Lomakkeet kysyvät vain tarpeellisen' },
    failTitle: { en: 'Forms are harder to fill in than needed', fi: 'Lomakkeiden täyttäminen on tarpeettoman työlästä' },
    fix: {
      en: 'Cut the form to what you need to answer (a contact form: name, email or phone, message), give every field a visible <label>, use type="email" and type="tel" with autocomplete="email", "tel", "name" so phones show the right keyboard and fill them in.',
      fi: 'Karsi lomake siihen, mitä tarvitset vastataksesi (yhteydenottolomake: nimi, sähköposti tai puhelin, viesti), anna jokaiselle kentälle näkyvä <label> ja käytä type="email"- ja type="tel"-tyyppejä sekä autocomplete-arvoja "email", "tel", "name", jotta puhelin näyttää oikean näppäimistön ja täyttää kentät.',
    },
    messages: {
      ok: { en: '{count} forms checked ask only what they need, with labels and the right input types.', fi: '{count} tarkistettua lomaketta kysyy vain tarpeellisen, ja niissä on nimikkeet ja oikeat kenttätyypit.' },
      long: { en: 'A form asks for {fields} fields, {required} of them required (enough: {maxFields} fields, {maxRequired} required); {unlabelled} without a label, {wrongType} email or phone fields with the wrong input type, {noAutocomplete} without autocomplete.', fi: 'Lomake kysyy {fields} kenttää, joista {required} pakollisia (riittää: {maxFields} kenttää, {maxRequired} pakollista); nimikkeettä {unlabelled}, väärän tyyppisiä sähköposti- tai puhelinkenttiä {wrongType}, ilman automaattitäyttöä {noAutocomplete}.' },
      unlabelled: { en: 'A form has {unlabelled} fields without a label (a placeholder vanishes as one types, and screen readers cannot name the field); {wrongType} email or phone fields with the wrong input type.', fi: 'Lomakkeessa on {unlabelled} kenttää ilman nimikettä (paikkamerkki katoaa kirjoitettaessa, eikä ruudunlukija osaa nimetä kenttää); väärän tyyppisiä sähköposti- tai puhelinkenttiä {wrongType}.' },
      inputTypes: { en: 'A form has {wrongType} email or phone fields without type="email" or type="tel": phones show the wrong keyboard; {noAutocomplete} fields without autocomplete.', fi: 'Lomakkeessa on {wrongType} sähköposti- tai puhelinkenttää ilman type="email"- tai type="tel"-tyyppiä: puhelin näyttää väärän näppäimistön; ilman automaattitäyttöä {noAutocomplete} kenttää.' },
      autocomplete: { en: 'A form has {noAutocomplete} name, email, phone or address fields without autocomplete, so the browser cannot fill them in.', fi: 'Lomakkeessa on {noAutocomplete} nimi-, sähköposti-, puhelin- tai osoitekenttää ilman autocomplete-määritystä, joten selain ei voi täyttää niitä.' },
      none: { en: 'No contact, booking, signup or checkout form on the pages read.', fi: 'Luetuilla sivuilla ei ole yhteydenotto-, varaus-, tilaus- tai kassalomaketta.' },
    },
  },
  evaluate({ forms }) {
    const judged = forms!.filter((f) => ENOUGH[f.purpose] !== undefined).map(judge);
    if (judged.length === 0) return { outcome: 'na', message: 'none' };
    const worst = judged.reduce((a, b) => (b.score < a.score ? b : a));
    const bad = judged.filter((j) => j.score < 1).sort((a, b) => a.score - b.score);
    const evidence: Evidence[] = bad.slice(0, 5).map((j) => ({ kind: 'content', selector: j.form.selector, ...(j.form.page ? { url: clip(j.form.page, LIMITS.evidenceUrl) } : {}) }));
    if (worst.score === 1) return { outcome: 'pass', message: 'ok', data: { count: judged.length } };
    const f = worst.form;
    const limit = ENOUGH[f.purpose]!;
    const data = { fields: f.fields, required: f.required, maxFields: limit.fields, maxRequired: limit.required, unlabelled: f.unlabelled, wrongType: worst.wrongType, noAutocomplete: f.withoutAutocomplete };
    const message = worst.long ? 'long' : f.unlabelled > 0 ? 'unlabelled' : worst.wrongType > 0 ? 'inputTypes' : 'autocomplete';
    return { outcome: 'fail', message, data, evidence, score: worst.score };
  },
});
