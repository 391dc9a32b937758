// --fail-under N: exit 3 when any site is below N; a site with no score counts as below.
import { describe, expect, it } from 'vitest';
import { EXIT_BELOW_THRESHOLD, failUnderExitCode, parseFailUnder, sitesBelow } from '../../cli/batch/fail-under';
import type { SiteResult } from '../../cli/batch/run-batch';
import { batchReport } from '../support/batch-reports';
import { thrownCliError } from '../support/thrown-cli-error';

const scored = (overall: number | null, url = `https://s${overall}.example/`): SiteResult => ({ url, ok: true, started: true, ms: 1, report: batchReport(url, overall) });
const failed: SiteResult = { url: 'https://down.example/', ok: false, started: true, ms: 1, error: 'timeout' };
const notStarted: SiteResult = { url: 'https://later.example/', ok: false, started: false, ms: 0, error: 'not started' };

describe('parseFailUnder', () => {
  it('takes a score from 0 to 100', () => {
    expect(['0', '70', '100', ' 55 ', '70.5'].map(parseFailUnder)).toEqual([0, 70, 100, 55, 70.5]);
  });
  it.each(['101', '-1', '100.5', 'seventy', '', '70%', '1e2', '0x10', 'Infinity', 'NaN', '7 0'])('rejects %j', (value) => {
    const error = thrownCliError(() => parseFailUnder(value));
        expect(error.key).toBe('badFailUnder');
    expect(error.text('fi')).toContain(`(annettu "${value}")`);
  });
});

describe('failUnderExitCode', () => {
  it('is 0 when every site reaches the threshold, equal counting as reaching it', () => {
    expect(failUnderExitCode([scored(70), scored(95)], 70)).toBe(0);
    expect(failUnderExitCode([scored(0)], 0)).toBe(0);
  });

  it('is 3 when one site scores below', () => {
    expect(failUnderExitCode([scored(95), scored(69), scored(80)], 70)).toBe(EXIT_BELOW_THRESHOLD);
    expect(EXIT_BELOW_THRESHOLD).toBe(3);
    expect(failUnderExitCode([scored(70)], 70.5)).toBe(3);
  });

  it('counts a failed audit, a site never started and a missing overall score as below, even at 0', () => {
    for (const site of [failed, notStarted, scored(null)]) {
      expect(failUnderExitCode([scored(100), site], 0)).toBe(3);
    }
    expect(failUnderExitCode([{ url: 'https://x.example/', ok: true, started: true, ms: 1 }], 0)).toBe(3);
  });

  it('is 0 without the option, whatever the scores', () => {
    expect(failUnderExitCode([failed, scored(1)], undefined)).toBe(0);
  });

  it('names the sites below in list order', () => {
    const results = [scored(40, 'https://a.example/'), scored(90), failed, scored(null, 'https://n.example/')];
    expect(sitesBelow(results, 50).map((r) => r.url)).toEqual(['https://a.example/', 'https://down.example/', 'https://n.example/']);
  });
});
