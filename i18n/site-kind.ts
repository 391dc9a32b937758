// The site kind in words, shared by the popup and the CLI: "Online shop (because: shopping cart, payment methods)".
import type { Locale, MessageData } from '../engine/rule';
import type { SiteKindId } from '../engine/site-kind';
import { format, message } from './translate';
import { KIND_NAMES, KIND_UI } from './site-kind-texts';

export { KIND_NAMES };

export function kindUi(locale: Locale, key: keyof typeof KIND_UI, data?: MessageData): string {
  return format(KIND_UI[key][locale], data);
}

export function kindName(locale: Locale, kind: SiteKindId): string {
  return KIND_NAMES[kind][locale];
}

/** Why the kind: the reasons of the inference, or that the user chose it instead. */
export function kindWhy(locale: Locale, kind: { id: SiteKindId; inferred: SiteKindId; reasons: readonly { messageId: string; data: MessageData }[] }): string {
  if (kind.id !== kind.inferred) return kindUi(locale, 'chosen', { kind: kindName(locale, kind.inferred) });
  return kindUi(locale, 'because', { reasons: kind.reasons.slice(0, 4).map((r) => message(locale, r.messageId, r.data)).join(', ') });
}

/** "Site kind: Online shop (because: shopping cart, payment methods)". */
export function kindLine(locale: Locale, kind: Parameters<typeof kindWhy>[1]): string {
  return kindUi(locale, 'kindLine', { kind: kindName(locale, kind.id), why: kindWhy(locale, kind) });
}
