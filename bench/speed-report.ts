// Prints the speed benchmark's tables and judges its targets (issue 7). Figures are what was
// measured; a target missed is printed as NOT MET with the pages that missed it.
import type { PageFigures } from './speed-measure';

export const REFERENCE_ELEMENTS = 5000;
export const TARGETS = {
  collectorsMs: 60,
  /** "No worse than linear": ms per 1,000 elements at the largest size at most this times the 5,000's. */
  linearSlack: 1.5,
  longTaskMs: 50,
  siteAuditMs: 2000,
  lighthouseRatio: 5,
};

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const min = (xs: number[]) => (xs.length ? Math.min(...xs) : NaN);

const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)}`);
const lighthouseMs = (p: PageFigures) => (p.lighthouse?.status === 'ok' ? p.lighthouse.ms : null);
const fullMs = (p: PageFigures) => median(p.fullAudits.map((a) => a.ms));
const ratio = (p: PageFigures) => {
  const lh = lighthouseMs(p);
  return lh === null ? null : lh / fullMs(p);
};
const perK = (p: PageFigures) => median(p.collectors) / (p.elements / 1000);

/** axe stops itself after 6 s: how many rules it left out, worst run. */
const axeCut = (p: PageFigures) => String(Math.max(0, ...p.fullAudits.map((a) => a.axeRulesNotRun)));

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printTables(pages: PageFigures[]): void {
  console.log('\nIn the page (ms; collectors = the scan\'s steps summed; scan = facts.scan.ms, the steps with the yields between them;\nlongest block = longest long task overlapping a scan, with its run, 1 being the cold first run)\n');
  console.log(table(
    ['page', 'elements', 'collectors med', 'min', 'per 1k el', 'scan med', 'longest block', 'longest step', 'axe med', 'min', 'axe rules not run'],
    pages.map((p) => [
      p.name,
      String(p.elements),
      ms(median(p.collectors)),
      ms(min(p.collectors)),
      perK(p).toFixed(2),
      ms(median(p.scans)),
      p.longestTask === null ? '< 50' : `${ms(p.longestTask.ms)} (run ${p.longestTask.run})`,
      p.longestStep ? `${ms(p.longestStep.ms)} ${p.longestStep.step}` : '–',
      ms(median(p.axe)),
      ms(min(p.axe)),
      axeCut(p),
    ]),
  ));
  console.log('\nAudits (ms, medians; load + scan [+ axe] + key pages + rules; no Chromium start, no settle wait)\n');
  console.log(table(
    ['page', 'key pages', 'site audit, no axe', 'whole audit, axe', 'of it: load', 'scan', 'axe', 'key pages', 'Lighthouse', 'ratio'],
    pages.map((p) => {
      const phase = (name: keyof PageFigures['fullAudits'][number]['phases']) => ms(median(p.fullAudits.map((a) => a.phases[name])));
      const last = p.fullAudits.at(-1);
      const r = ratio(p);
      return [
        p.name,
        last ? `${last.keyPagesRead}/${last.keyPagesTried}` : '–',
        ms(median(p.siteAudits.map((a) => a.ms))),
        ms(fullMs(p)),
        phase('load'),
        phase('scan'),
        phase('axe'),
        phase('keyPages'),
        p.lighthouse === null ? 'skipped' : p.lighthouse.status === 'ok' ? ms(p.lighthouse.ms) : 'failed',
        r === null ? '–' : `${r.toFixed(1)}×`,
      ];
    }),
  ));
  for (const p of pages) {
    if (p.lighthouse?.status === 'failed') console.log(`  Lighthouse on ${p.name} failed: ${p.lighthouse.reason}`);
    for (const e of p.errors.slice(0, 5)) console.log(`  collector error on ${p.name}: ${e}`);
  }
}

interface Verdict {
  target: string;
  met: boolean | null;
  detail: string;
}

/** Judges the targets; `generated` are the generated shop pages by size, `all` every page measured. */
export function judge(generated: PageFigures[], all: PageFigures[]): Verdict[] {
  const ref = generated.find((p) => p.name === `shop ${REFERENCE_ELEMENTS}`);
  const largest = generated.at(-1);
  const verdicts: Verdict[] = [];
  const notMeasured = (target: string): Verdict => ({ target, met: null, detail: `not measured (no ${REFERENCE_ELEMENTS}-element page in --sizes)` });

  const t1 = `page collectors ≤ ${TARGETS.collectorsMs} ms median at ${REFERENCE_ELEMENTS} elements`;
  verdicts.push(ref ? { target: t1, met: median(ref.collectors) <= TARGETS.collectorsMs, detail: `${ms(median(ref.collectors))} ms (${ref.elements} elements)` } : notMeasured(t1));

  const t2 = `no worse than linear: ms per 1,000 elements at the largest page ≤ ${TARGETS.linearSlack} × that at ${REFERENCE_ELEMENTS}`;
  if (ref && largest && largest !== ref && largest.elements > ref.elements) {
    const growth = perK(largest) / perK(ref);
    verdicts.push({ target: t2, met: growth <= TARGETS.linearSlack, detail: `${perK(largest).toFixed(2)} at ${largest.elements} vs ${perK(ref).toFixed(2)} at ${ref.elements}: ${growth.toFixed(2)} ×` });
  } else verdicts.push({ target: t2, met: null, detail: 'not measured (needs 5000 and a larger size)' });

  const t3 = `no main-thread block over ${TARGETS.longTaskMs} ms during the scan at ${REFERENCE_ELEMENTS} elements`;
  verdicts.push(ref
    ? { target: t3, met: ref.longestTask === null || ref.longestTask.ms <= TARGETS.longTaskMs, detail: `longest long task ${ref.longestTask === null ? 'none (< 50 ms)' : `${ms(ref.longestTask.ms)} ms in run ${ref.longestTask.run} of ${ref.collectors.length}`}; scanner's longest step ${ms(ref.longestStep?.ms)} ms (${ref.longestStep?.step ?? '–'})` }
    : notMeasured(t3));

  // Judged at sizes up to the reference page: at 20,000 and 50,000 elements Chromium's own load of
  // the page takes a second or more before Polku starts. Larger pages are shown, not judged.
  const t4 = `site audit with 8 key pages on localhost ≤ ${TARGETS.siteAuditMs / 1000} s without axe (generated pages up to ${REFERENCE_ELEMENTS} elements)`;
  const judgedSites = generated.filter((p) => p.elements <= REFERENCE_ELEMENTS + 50);
  const slow = judgedSites.filter((p) => median(p.siteAudits.map((a) => a.ms)) > TARGETS.siteAuditMs);
  const short = judgedSites.filter((p) => (p.siteAudits.at(-1)?.keyPagesRead ?? 0) < 8);
  verdicts.push({
    target: t4,
    met: judgedSites.length ? slow.length === 0 && short.length === 0 : null,
    detail: generated.map((p) => `${p.name}: ${ms(median(p.siteAudits.map((a) => a.ms)))} ms, ${p.siteAudits.at(-1)?.keyPagesRead ?? 0} read${judgedSites.includes(p) ? '' : ' (not judged)'}`).join('; '),
  });

  // A page where axe did not run (too many elements for it) would flatter the ratio: not judged.
  const axeSkipped = (p: PageFigures) => p.errors.some((e) => e.startsWith('axe:'));
  const t5 = `whole Polku audit (key pages and axe) ≥ ${TARGETS.lighthouseRatio} × faster than Lighthouse (every page where axe ran)`;
  const judged = all.filter((p) => ratio(p) !== null && !axeSkipped(p));
  const behind = judged.filter((p) => ratio(p)! < TARGETS.lighthouseRatio);
  verdicts.push({
    target: t5,
    met: judged.length ? behind.length === 0 : null,
    detail: !judged.length
      ? 'not measured (--no-lighthouse, or Lighthouse failed)'
      : `${behind.length ? `below on ${behind.map((p) => `${p.name} (${ratio(p)!.toFixed(1)} ×)`).join(', ')}` : `lowest ${Math.min(...judged.map((p) => ratio(p)!)).toFixed(1)} ×`}; judged on ${judged.length} of ${all.length} pages`,
  });
  return verdicts;
}

export function printVerdicts(verdicts: Verdict[]): void {
  console.log('\nTargets\n');
  for (const v of verdicts) console.log(`  ${v.met === null ? 'NOT JUDGED' : v.met ? 'MET    ' : 'NOT MET'}  ${v.target}\n           ${v.detail}`);
}
