// The repository checks itself: every rule has a test, a title, a fix and is configured once.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../engine/config';
import { RULES } from '../../rules';

const testSources = readdirSync('tests/unit')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(`tests/unit/${f}`, 'utf8'))
  .join('\n');

describe('rule conventions', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id} lives in rules/${rule.meta.id}.ts and has a rule test`, () => {
      expect(readdirSync('rules')).toContain(`${rule.meta.id}.ts`);
      expect(testSources).toContain(`from '../../rules/${rule.meta.id}'`);
    });
  }
  it('every asset is listed under one stage only, so "what was found" names it once', () => {
    const assets = Object.values(DEFAULT_CONFIG).flatMap((s) => s.assets);
    expect(assets.filter((id, i) => assets.indexOf(id) !== i)).toEqual([]);
  });
  it('every configured rule id is unique across stages', () => {
    const ids = Object.values(DEFAULT_CONFIG).flatMap((s) => s.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
