// Text and attribute values the fuzzer puts into pages: words the detectors look for, shapes of
// emails, phones, prices and URLs, odd Unicode, broken markup, and huge runs.
import * as addressCues from '../../cues/address';
import * as bookingCues from '../../cues/booking';
import * as commerceCues from '../../cues/commerce';
import * as consentCues from '../../cues/consent';
import * as contactCues from '../../cues/contact';
import * as contentCues from '../../cues/content';
import * as faqCues from '../../cues/faq';
import * as paymentCues from '../../cues/payment';
import * as proofCues from '../../cues/proof';
import * as retentionCues from '../../cues/retention';
import * as socialCues from '../../cues/social';
import * as trustCues from '../../cues/trust';
import type { Rng } from './prng';

/** Every phrase of every cue list, so mutated pages keep tripping the detectors. */
export const CUE_WORDS: readonly string[] = collectWords({ addressCues, bookingCues, commerceCues, consentCues, contactCues, contentCues, faqCues, paymentCues, proofCues, retentionCues, socialCues, trustCues });

function collectWords(modules: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') out.add(value.replace(/^\*|\*$/g, ''));
    else if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (value && typeof value === 'object' && depth < 4 && !(value instanceof RegExp)) Object.values(value).forEach((v) => walk(v, depth + 1));
  };
  walk(modules, 0);
  // Sorted: the order of a module's exports must not change which case a seed builds.
  return [...out].filter((w) => w.length > 0).sort();
}

export const SHAPES: readonly string[] = [
  'info@example.fi', 'a.b@c', 'x@y.png', 'support [at] example [dot] com', 'info at yritys dot fi', 'mailto:?subject=x',
  '+358 40 123 4567', '09 123 4567', '(212) 555-0142', '1-800-555-0175', '040-123 4567', '+10 000 000', '10:20',
  '€12.90', '12,90 €', '1 299 €', 'CHF 20.–', 'kr 199', '199:-', '$ 4.50', '0,00 €', '45 €/h',
  '00100 Helsinki', 'Mannerheimintie 12 B 5, 00100 Helsinki', 'SW1A 1AA', 'Springfield, IL 62701', 'Dublin 2 D02 XY45', 'D - 10117 Berlin',
  'https://example.fi/contact', '//cdn.example.com/x.js', 'javascript:void(0)', 'tel:+358401234567', 'tel:', 'callto:x', 'http://[::1', 'http://%', 'data:text/html,<b>',
  '4,8 / 5', '4.5 out of 5', '★★★★☆', '212 reviews', '(37 arvostelua)', 'Y-tunnus: 1234567-8', 'USt-IdNr. DE 123 456 789', 'HRB 1234',
  'Bergsport Muster AG', '© 2024 Firma Oy', "GTM-ABCD123", "'G-ABCDEFGH12'", 'UA-12345-1', 'fbq("init"', '_paq.push', 'give 10 get 10',
];

const ODD = ['\u200f', '\u200e', '\u202e', '\u2066', '\ud800', '\udfff', '\u0000', '\u0301', '\u0301\u0301\u0301', '\ufeff', '\u2028', '\u00a0', '\u3000', '\r', '\t', '\uffff', '𝐀', '😀', 'ß', 'İ', 'ﬁ', '\u0085'];
const ENTITIES = ['&amp', '&#xZZ;', '&#99999999;', '&#0;', '&#xD800;', '&nbsp', '&;', '&#;', '&unknown;', '&#x110000;', '&lt', '&#65'];
const RUN_UNITS = ['a', '1', ' ', '.', '@', '-', 'a.', '1 ', '@a', '\u2003', '!', '\\', '/', 'Ä', 'A.', '123 ', 'x@a.', '//a.', '€1 '];

/** A string of odd characters: bidi marks, lone surrogates, NUL, combining marks, astral letters. */
export function oddUnicode(rng: Rng, length: number): string {
  let s = '';
  while (s.length < length) s += rng.chance(0.5) ? rng.pick(ODD) : rng.pick(CUE_WORDS);
  return s;
}

/** One long run of a unit (or a mix of two), up to `max` characters. */
export function hugeRun(rng: Rng, max: number): string {
  const unit = rng.chance(0.7) ? rng.pick(RUN_UNITS) : rng.pick(RUN_UNITS) + rng.pick(RUN_UNITS) + rng.pick(SHAPES);
  return unit.repeat(Math.ceil(rng.between(max / 10, max) / unit.length));
}

/** A value for text or an attribute: mostly short and meaningful, sometimes odd, sometimes huge. */
export function value(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.35) return rng.pick(CUE_WORDS);
  if (roll < 0.6) return rng.pick(SHAPES);
  if (roll < 0.7) return `${rng.pick(CUE_WORDS)}${rng.pick(ODD)}${rng.pick(SHAPES)}`;
  if (roll < 0.8) return oddUnicode(rng, rng.between(1, 40));
  if (roll < 0.87) return rng.pick(ENTITIES);
  if (roll < 0.95) return `${rng.pick(CUE_WORDS)} ${rng.pick(SHAPES)} ${rng.pick(CUE_WORDS)}`;
  return hugeRun(rng, 20_000);
}

export const brokenEntity = (rng: Rng) => rng.pick(ENTITIES);
