// Turns message ids and data into text in the chosen language. The engine stores ids only.
import { titleKeyOf, type Finding, type MessageData, type Locale, type Rule, type Text } from '../engine/rule';
import { RULES } from '../rules';
import type { Renderer } from '../engine/report-json';
import { ENGINE_MESSAGES, GROUP_NAMES, STAGE_NAMES, UI, type UiKey } from './ui';
import { KIND_MESSAGES } from './site-kind-texts';

export function format(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data[name] === undefined ? whole : String(data[name])));
}

/** Every message id the engine or a rule can emit, with its texts. */
export function buildCatalog(rules: readonly Rule[] = RULES): Map<string, Text> {
  const catalog = new Map<string, Text>();
  for (const [key, text] of Object.entries(ENGINE_MESSAGES)) catalog.set(`engine/${key}`, text);
  for (const [id, text] of Object.entries(KIND_MESSAGES)) catalog.set(id, text);
  for (const rule of rules) {
    catalog.set(`${rule.meta.id}#title`, rule.meta.title);
    catalog.set(`${rule.meta.id}#failTitle`, rule.meta.failTitle);
    if (rule.meta.warn) catalog.set(`${rule.meta.id}#warnTitle`, rule.meta.warn.title);
    catalog.set(`${rule.meta.id}#fix`, rule.meta.fix);
    for (const [key, text] of Object.entries(rule.meta.messages)) catalog.set(`${rule.meta.id}/${key}`, text as Text);
  }
  return catalog;
}

const catalog = buildCatalog();
const ruleMeta = new Map(RULES.map((rule) => [rule.meta.id, rule.meta]));

/** The message id of a finding's heading (rules/*.ts: title, failTitle, warn). */
export function findingTitleId(finding: Pick<Finding, 'ruleId' | 'outcome' | 'messageId'>): string {
  const meta = ruleMeta.get(finding.ruleId);
  return `${finding.ruleId}#${meta ? titleKeyOf(meta, finding) : 'title'}`;
}

export function message(locale: Locale, id: string, data?: MessageData): string {
  const text = catalog.get(id);
  return text ? format(text[locale], data) : id;
}

export function ui(locale: Locale, key: UiKey, data?: MessageData): string {
  return format(UI[key][locale], data);
}

/** Points as shown beside a pain point: one decimal below 10 ("3,4" in Finnish), whole points above. */
export function points(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: n < 9.95 ? 1 : 0 }).format(n);
}

/** When the page was scanned, date and time in the language's own format ("4.12.2026 klo 18.02", "4 Dec 2026, 18:02"). */
export function scanTime(locale: Locale, ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

export function pick(locale: Locale, text: Text): string {
  return text[locale];
}

/** What the JSON report needs to render its texts in one language. */
export function reportRenderer(locale: Locale): Renderer {
  return {
    message: (id, data) => message(locale, id, data),
    title: (finding) => message(locale, findingTitleId(finding)),
    stageName: (id) => STAGE_NAMES[id][locale],
    groupName: (id) => GROUP_NAMES[id][locale],
  };
}
