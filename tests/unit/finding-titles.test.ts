// Findings read as a consultant writes them: a pass is headed by its goal, a finding not met by
// what was found ("No privacy policy found"), never by the goal it misses.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../engine/audit';
import { LOCALES, type Finding } from '../../engine/rule';
import { findingTitleId, message } from '../../i18n/translate';
import { RULES } from '../../rules';
import { facts, none } from '../support/rule-tester';

describe('every rule has headings for findings not met', () => {
  for (const { meta } of RULES) {
    it(`${meta.id}: fail (and warn) titles in fi and en, none equal to the goal`, () => {
      for (const locale of LOCALES) {
        const goal = meta.title[locale].trim().toLowerCase();
        expect(meta.failTitle[locale].trim(), `${meta.id} ${locale}`).not.toBe('');
        expect(meta.failTitle[locale].trim().toLowerCase(), `${meta.id} ${locale}`).not.toBe(goal);
        if (!meta.warn) continue;
        expect(meta.warn.title[locale].trim(), `${meta.id} ${locale} warn`).not.toBe('');
        expect(meta.warn.title[locale].trim().toLowerCase()).not.toBe(goal);
        expect(meta.warn.title[locale]).not.toBe(meta.failTitle[locale]);
      }
      for (const key of meta.warn?.messages ?? []) expect(Object.keys(meta.messages)).toContain(key);
    });
  }
});

describe('which heading a finding gets', () => {
  const finding = (ruleId: string, outcome: Finding['outcome'], key: string): Finding => ({ ruleId, outcome, messageId: `${ruleId}/${key}`, data: {}, evidence: [], score: null });
  const title = (f: Finding, locale: 'fi' | 'en' = 'en') => message(locale, findingTitleId(f));

  it('a missing privacy policy is titled by what was found, in both languages', () => {
    const report = runAudit(facts({ 'trust.privacy': none() }), RULES);
    const privacy = report.painPoints.find((p) => p.finding.ruleId === 'privacy-policy')!.finding;
    expect(title(privacy)).toBe('No privacy policy found');
    expect(title(privacy, 'fi')).toBe('Tietosuojaselostetta ei löytynyt');
  });
  it('a pass keeps the goal; an error keeps the goal (nothing was found either way)', () => {
    expect(title(finding('privacy-policy', 'pass', 'found'))).toBe('A privacy policy is one click away');
    expect(title(finding('privacy-policy', 'error', 'none'))).toBe('A privacy policy is one click away');
  });
  it('a partial shortfall gets the warn heading, a full one the fail heading', () => {
    expect(title(finding('payment-methods', 'fail', 'few'))).toBe('Few payment methods shown');
    expect(title(finding('payment-methods', 'fail', 'none'))).toBe('No payment methods shown');
    expect(title(finding('path-links', 'review', 'leaves'))).toBe('A key-page link leads to another address');
  });
});
