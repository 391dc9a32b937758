// Turns message ids and data into text in the chosen language. The engine stores ids only.
import type { MessageData, Locale, Rule, Text } from '../engine/rule';
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
    catalog.set(`${rule.meta.id}#fix`, rule.meta.fix);
    for (const [key, text] of Object.entries(rule.meta.messages)) catalog.set(`${rule.meta.id}/${key}`, text as Text);
  }
  return catalog;
}

const catalog = buildCatalog();

export function message(locale: Locale, id: string, data?: MessageData): string {
  const text = catalog.get(id);
  return text ? format(text[locale], data) : id;
}

export function ui(locale: Locale, key: UiKey, data?: MessageData): string {
  return format(UI[key][locale], data);
}

export function pick(locale: Locale, text: Text): string {
  return text[locale];
}

/** What the JSON report needs to render its texts in one language. */
export function reportRenderer(locale: Locale): Renderer {
  return {
    message: (id, data) => message(locale, id, data),
    stageName: (id) => STAGE_NAMES[id][locale],
    groupName: (id) => GROUP_NAMES[id][locale],
  };
}
