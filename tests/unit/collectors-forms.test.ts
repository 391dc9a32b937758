// The forms collector: purpose, field counts and the friction it reports, in four languages.
import { describe, expect, test } from 'vitest';
import { collectFacts } from '../../collectors';
import { collectForms } from '../../collectors/forms';
import { indexPage } from '../../collectors/page-index';
import { FactsSchema } from '../../engine/facts';
import { htmlDocument, page } from '../support/dom';

const formsOf = (body: string, lang = 'en') => collectForms(indexPage(htmlDocument(page(body, '', lang))));

describe('collectForms', () => {
  test('a long contact form: fields, required, unlabelled, email as text, no autocomplete', () => {
    const [form] = formsOf(`
      <form id="contact-form" action="/send">
        <label for="n">Name</label><input id="n" name="name" required>
        <input name="email" type="text" placeholder="Email" required>
        <input name="phone" placeholder="Phone">
        <label>Company <input name="company"></label>
        <input type="hidden" name="token" value="x">
        <input name="website" style="display:none">
        <select name="topic" aria-label="Topic"><option>Sales</option></select>
        <textarea name="message" title="Message" required></textarea>
        <input type="checkbox" name="consent" id="c" required><label for="c">I agree</label>
        <button type="submit">Send</button>
      </form>`);
    expect(form).toMatchObject({
      purpose: 'contact',
      fields: 7,
      required: 4,
      emailWithoutType: 1,
      phoneWithoutType: 1,
      unlabelled: 2,
      selector: 'form#contact-form',
    });
    // Name, email and phone ask for autofillable data without autocomplete; company and topic are no such fields.
    expect(form!.withoutAutocomplete).toBe(3);
  });

  test('right types and autocomplete leave nothing to report', () => {
    const [form] = formsOf(`
      <form><h2>Ota yhteyttä</h2>
        <label for="a">Nimi</label><input id="a" name="nimi" autocomplete="name">
        <label for="b">Sähköpostiosoite</label><input id="b" type="email" name="sahkoposti" autocomplete="email">
        <label for="c">Puhelinnumero</label><input id="c" type="tel" name="puhelin" autocomplete="tel">
        <label for="d">Viesti</label><textarea id="d" name="viesti"></textarea>
        <button>Lähetä</button>
      </form>`, 'fi');
    expect(form).toMatchObject({ purpose: 'contact', fields: 4, emailWithoutType: 0, phoneWithoutType: 0, withoutAutocomplete: 0, unlabelled: 0 });
  });

  test('German and Swedish field words are read too', () => {
    const [de] = formsOf('<form><input name="vorname" aria-label="Vorname"><input name="telefonnummer" aria-label="Telefonnummer" type="text"><textarea aria-label="Nachricht"></textarea></form>', 'de');
    expect(de).toMatchObject({ phoneWithoutType: 1, withoutAutocomplete: 2 });
    const [sv] = formsOf('<form><label>E-postadress <input name="epost"></label><label>Meddelande <textarea name="meddelande"></textarea></label></form>', 'sv');
    expect(sv).toMatchObject({ emailWithoutType: 1, unlabelled: 0 });
  });

  test('purposes: search, login, newsletter, registration, checkout, booking', () => {
    const forms = formsOf(`
      <form role="search" action="/search"><input name="q" aria-label="Search"></form>
      <form action="/login"><input name="user" aria-label="User"><input type="password" name="pw" aria-label="Password"><button>Log in</button></form>
      <div><h3>Newsletter</h3><form action="/subscribe"><input type="email" name="email" aria-label="Email"><button>Subscribe</button></form></div>
      <form action="/register"><input name="email" aria-label="Email"><input type="password" aria-label="Password"><input type="password" aria-label="Repeat"><button>Sign up</button></form>
      <form action="/checkout/submit"><input aria-label="Name" autocomplete="shipping name"><input aria-label="Street" autocomplete="shipping street-address"><input aria-label="Postal code" autocomplete="shipping postal-code"><button>Pay</button></form>
      <form id="table-booking"><input type="date" aria-label="Date"><select name="guests" aria-label="Guests"><option>2</option></select><input type="email" aria-label="Email"><button>Book a table</button></form>
      <form><input type="radio" name="size" value="s" aria-label="S"><input type="radio" name="size" value="m" aria-label="M"><button>Choose</button></form>
    `);
    expect(forms.map((f) => f.purpose)).toEqual(['search', 'login', 'signup', 'signup', 'checkout', 'booking', 'other']);
    // A radio group is one field.
    expect(forms.at(-1)!.fields).toBe(1);
  });

  test('forms with nothing to fill are left out, and at most 20 are kept', () => {
    expect(formsOf('<form><button>Remove</button></form>')).toEqual([]);
    expect(formsOf('<form><input aria-label="x"></form>'.repeat(50))).toHaveLength(20);
  });

  test('a field with only a placeholder is unlabelled', () => {
    const [form] = formsOf('<form><input placeholder="Your email" type="email"><textarea placeholder="Message"></textarea></form>');
    expect(form!.unlabelled).toBe(2);
  });

  test('forms in shadow roots count (the index reads them)', () => {
    const doc = htmlDocument(page('<div id="host"></div>'));
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<form><input aria-label="Email" name="email"><textarea aria-label="Message"></textarea></form>';
    expect(collectForms(indexPage(doc))).toHaveLength(1);
  });

  test('one label wrapping thousands of fields with long text stays linear (a fuzz case took 5 s)', () => {
    const fields = '<input aria-hidden="false">'.repeat(3000);
    const started = performance.now();
    const [form] = formsOf(`<form><label>${'x'.repeat(200_000)}${fields}</label></form>`);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(form!.fields).toBe(500);
    expect(form!.unlabelled).toBe(0);
  });

  test('collectFacts carries the forms slice, valid against the schema', () => {
    const facts = collectFacts(htmlDocument(page('<form><input name="email" aria-label="Email"><textarea aria-label="Message"></textarea></form>')));
    expect(facts.forms).toHaveLength(1);
    expect(facts.scan!.timings.map((t) => t.step)).toContain('forms');
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });
});
