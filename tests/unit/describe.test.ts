import { describe, expect, it } from 'vitest';
import { describeDetection } from '../../i18n/describe';

describe('describeDetection', () => {
  it('says where a linked asset lives', () => {
    const form = { present: 'link' as const, items: [], evidence: [{ kind: 'link' as const, text: 'Yhteystiedot', url: 'https://aurinko.example.fi/yhteystiedot' }] };
    expect(describeDetection('fi', form)).toBe('Yhteystiedot → /yhteystiedot (linkin takana)');
  });
  it('lists items, quotes what was seen, and says none or not checked', () => {
    expect(describeDetection('en', { present: 'script', items: ['intercom'], evidence: [] })).toBe('intercom (installed)');
    expect(describeDetection('en', { present: 'content', items: [], evidence: [{ kind: 'content', text: 'Puh. 040 123 4567' }] })).toBe('Puh. 040 123 4567 (on the page)');
    expect(describeDetection('fi', { present: 'none', items: [], evidence: [] })).toBe('ei löytynyt');
    expect(describeDetection('en', null)).toBe('not checked');
  });
});
