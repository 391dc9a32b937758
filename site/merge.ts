// Site facts from the start page and the key pages read: an asset found on any page is present for
// the site, every piece of evidence names the page it came from, and facts that belong to one page
// (title, headings, viewport, speed, layout) stay the start page's. Pure.
import { ASSET_IDS, PRESENCE, uniqueEvidence, type AssetId, type Detection, type Evidence } from '../engine/assets';
import type { Facts } from '../engine/facts';
import { LIMITS } from '../engine/limits';
import type { PageRecord } from '../engine/site';
import { mergeSignals } from './merge-signals';
import { rolesNamedByPage } from './roles';

export interface KeyPageResult {
  record: Omit<PageRecord, 'contributed'>;
  /** The page's facts when its collectors ran. */
  facts: Facts | null;
}

export function mergeSite(start: Facts, results: readonly KeyPageResult[], site: { limit: number; ms: number }): Facts {
  const startUrl = start.page?.url ?? '';
  const assets: Facts['assets'] = {};
  for (const id of ASSET_IDS) {
    const own = start.assets[id];
    let merged = own ? tagged(own, startUrl) : undefined;
    for (const { record, facts } of results) {
      const found = facts ? namedByPage(facts, id) : undefined;
      // A page whose collector failed adds nothing; one that found nothing cannot vouch for a start page that failed.
      if (!found || (merged === undefined && found.present === 'none')) continue;
      merged = combine(merged, tagged(found, record.finalUrl ?? record.url));
    }
    if (merged) assets[id] = merged;
  }
  let tools = start.tools;
  for (const { facts } of results) {
    if (tools && facts?.tools) {
      const payments = tools.payments && facts.tools.payments ? combine(tools.payments, facts.tools.payments) : (tools.payments ?? facts.tools.payments);
      tools = { emailMarketing: combine(tools.emailMarketing, facts.tools.emailMarketing), ...(payments ? { payments } : {}) };
    }
  }
  // Forms of every page read, each naming its page; the form-friction check judges them all.
  const forms = start.forms && [
    ...start.forms.map((form) => ({ ...form, page: form.page ?? startUrl })),
    ...results.flatMap(({ record, facts }) => (facts?.forms ?? []).map((form) => ({ ...form, page: record.finalUrl ?? record.url }))),
  ].slice(0, LIMITS.forms);
  const pages: PageRecord[] = [
    startRecord(start),
    ...results.map(({ record, facts }) => ({ ...record, contributed: facts ? contributions(start, withNamed(facts)) : [] })),
  ];
  const signals = mergeSignals(start.signals, results.map((r) => r.facts));
  return { ...start, assets, tools, ...(forms ? { forms } : {}), ...(signals ? { signals } : {}), site: { pages: pages.slice(0, LIMITS.pages), limit: site.limit, ms: Math.round(site.ms) } };
}

/** The page's own detection of `id`, made content when its title or h1 names it: a privacy page
 *  titled "Tietosuojaseloste" is the privacy policy even if no heading inside said so. */
function namedByPage(facts: Facts, id: AssetId): Detection | undefined {
  const own = facts.assets[id];
  if (own?.present === 'content' || !facts.page) return own;
  const named = rolesNamedByPage(facts.page).find((n) => n.asset === id);
  if (!named) return own;
  const evidence: Evidence = { kind: 'content', text: named.text };
  return { present: 'content', items: own?.items ?? [], evidence: [evidence, ...(own?.evidence ?? [])].slice(0, LIMITS.evidence) };
}

function startRecord(start: Facts): PageRecord {
  return { url: start.page?.url ?? '', role: 'start', label: '', status: null, read: true, reason: null, ms: Math.round(start.scan?.ms ?? 0), contributed: [] };
}

function withNamed(facts: Facts): Facts {
  const assets: Facts['assets'] = { ...facts.assets };
  for (const id of ASSET_IDS) {
    const named = namedByPage(facts, id);
    if (named) assets[id] = named;
  }
  return { ...facts, assets };
}

/** Assets a key page holds that the start page lacked, or only linked to. */
function contributions(start: Facts, page: Facts): AssetId[] {
  return ASSET_IDS.filter((id) => {
    const theirs = page.assets[id];
    if (!theirs || theirs.present === 'none') return false;
    const ours = start.assets[id]?.present ?? 'none';
    return strength(theirs.present) > strength(ours);
  }).slice(0, LIMITS.items);
}

const strength = (present: Detection['present']) => (present === 'none' ? 0 : PRESENCE.length - PRESENCE.indexOf(present));

function tagged(detection: Detection, page: string): Detection {
  return { ...detection, evidence: detection.evidence.map((e): Evidence => (e.page ? e : { ...e, page })) };
}

function combine(a: Detection | undefined, b: Detection): Detection {
  if (!a) return b;
  const present = strength(b.present) > strength(a.present) ? b.present : a.present;
  const items = [...new Set([...a.items, ...b.items])].slice(0, LIMITS.items);
  // The stronger page's evidence first: it is what made the asset present. A link or number every
  // page repeats (header, footer) is told once, from the first page that has it.
  const evidence = uniqueEvidence(strength(b.present) > strength(a.present) ? [...b.evidence, ...a.evidence] : [...a.evidence, ...b.evidence], false).slice(0, LIMITS.evidence);
  return { present, items, evidence };
}
