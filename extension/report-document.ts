// The report page's document: the popup's audit in the chosen language, with the agency's marks and
// what the history knows (changes since the last audit, the competitors the user marked).
import { browser } from 'wxt/browser';
import { loadBrand } from '../brand/store';
import type { Locale } from '../engine/rule';
import { compareSites, latestPerSite } from '../history/compare';
import { deltaSince } from '../history/delta';
import { snapshotOfJson } from '../history/snapshot';
import type { ReportDocument } from '../report/document';
import { reportJsonOfFacts } from '../report/in-browser';
import { historyStore } from './history';
import type { ReportRequest } from './report-request';

export async function reportDocument(request: ReportRequest, locale: Locale): Promise<ReportDocument> {
  const report = reportJsonOfFacts(request.facts, request.kind, locale, browser.runtime.getManifest().version);
  const [{ brand }, history] = await Promise.all([loadBrand(), historyStore().load()]);
  const current = snapshotOfJson(report);
  if (!current) return { report, screenshot: request.screenshot, brand };
  const marked = new Set((await historyStore().competitorsOf(current.site)).competitors);
  const rivals = latestPerSite(history.entries).filter((s) => marked.has(s.site));
  return {
    report,
    screenshot: request.screenshot,
    brand,
    changes: deltaSince(history.entries, current),
    comparison: rivals.length > 0 ? compareSites(current, rivals, { notJudged: report.siteKind.assetsNotApplicable }) : null,
  };
}
