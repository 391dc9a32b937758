// `polku --kind`: parsing the option, and the kind and its not-applicable assets in the text summary.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/cli-error';
import { parseKindOption } from '../../cli/kind-option';
import { formatSummary } from '../../cli/summary';
import { collectFacts } from '../../collectors';
import { runAudit } from '../../engine/audit';
import { DEFAULT_CONFIG } from '../../engine/config';
import { toReportJson, type ReportJson } from '../../engine/report-json';
import type { SiteKindId } from '../../engine/site-kind';
import { reportRenderer } from '../../i18n/translate';
import { RULES } from '../../rules';
import { htmlDocument, page } from '../support/dom';

describe('--kind', () => {
  it('takes each kind id, and nothing when absent', () => {
    for (const id of ['shop', 'service', 'b2b', 'publisher', 'nonprofit']) expect(parseKindOption(id)).toBe(id);
    expect(parseKindOption(undefined)).toBeNull();
  });
  it('is a usage error for any other value, naming the kinds', () => {
    for (const bad of ['Shop', 'store', '', 'shop ']) {
      expect(() => parseKindOption(bad)).toThrow(UsageError);
      expect(() => parseKindOption(bad)).toThrow(/shop, service, b2b, publisher, nonprofit/);
    }
  });
});

const SALON = `<header><a href="/">Kampaamo Kiharat</a><a href="/ajanvaraus">Varaa aika</a></header><main><h1>Kampaamo Helsingissä</h1>
  <h2>Aukioloajat</h2><p>ti–la 10–18</p><p>Leikkaus 45 €</p></main><footer><p>Fredrikinkatu 5, 00120 Helsinki</p><a href="tel:+358401112223">040 111 2223</a></footer>`;

function summaryAs(kind: SiteKindId | null, locale: 'en' | 'fi' = 'en'): string {
  const facts = collectFacts(htmlDocument(page(SALON, '', 'fi'), 'https://kiharat.example.fi/'));
  const body = toReportJson(facts, runAudit(facts, RULES, DEFAULT_CONFIG, { kind }), locale, reportRenderer(locale), '0.0.0');
  const json: ReportJson = { ...body, device: { kind: 'mobile', width: 360, height: 800 }, timings: { totalMs: 1, phases: { scan: 1, keyPages: null, axe: null, rules: 1, lighthouse: null }, collectors: {} } };
  return formatSummary(json);
}

describe('the summary', () => {
  it('says the kind and why, in the chosen language', () => {
    expect(summaryAs(null)).toMatch(/^Site kind: Local service \(because: .*online booking.*\)$/m);
    expect(summaryAs(null, 'fi')).toMatch(/^Sivuston tyyppi: Paikallinen palvelu \(koska: .*ajanvaraus.*\)$/m);
    expect(summaryAs('shop')).toMatch(/^Site kind: Online shop \(your choice; Polku inferred Local service\)$/m);
  });
  it('lists assets the kind is not judged on as not applicable, and the same ones as missing for a shop', () => {
    const line = (text: string, name: string) => text.split('\n').find((l) => l.trim().startsWith(`${name}:`));
    expect(line(summaryAs(null), 'Shopping cart')).toMatch(/does not apply/);
    expect(line(summaryAs(null), 'Loyalty programme')).toMatch(/does not apply/);
    expect(line(summaryAs('shop'), 'Shopping cart')).toMatch(/: none$/);
    expect(line(summaryAs('shop'), 'Online booking')).not.toMatch(/does not apply/); // found: a booking link
  });
});
