import { describe, expect, it } from 'vitest';
import { CLI_TEXTS } from '../../i18n/cli';
import { buildCatalog, format } from '../../i18n/translate';
import { ASSET_NAMES, ENGINE_MESSAGES, STAGE_HINTS, STAGE_NAMES, UI } from '../../i18n/ui';
import { ASSET_IDS } from '../../engine/assets';
import { STAGE_IDS } from '../../engine/config';
import type { Text } from '../../engine/rule';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function checkTexts(entries: [string, Text][]) {
  for (const [id, text] of entries) {
    it(`${id} exists in en and fi with the same placeholders`, () => {
      expect(text.en.trim(), `${id} en`).not.toBe('');
      expect(text.fi.trim(), `${id} fi`).not.toBe('');
      expect(placeholders(text.fi), id).toEqual(placeholders(text.en));
    });
  }
}

describe('every message id has en and fi', () => {
  checkTexts([...buildCatalog().entries()]);
  checkTexts(Object.entries(UI));
  checkTexts(Object.entries(ENGINE_MESSAGES));
  checkTexts(Object.entries(CLI_TEXTS));
});

describe('names', () => {
  it('every stage and asset has a name in both languages', () => {
    for (const id of STAGE_IDS) expect(STAGE_NAMES[id].fi && STAGE_HINTS[id].fi && STAGE_NAMES[id].en).toBeTruthy();
    for (const id of ASSET_IDS) expect(ASSET_NAMES[id].fi && ASSET_NAMES[id].en).toBeTruthy();
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} / {b}', { a: 1 })).toBe('1 / {b}');
  });
});
