// The kind of site the user chose, per origin, kept in storage.local and read with zod: an unknown or
// hand-edited value is dropped rather than breaking the popup. No entry: the inferred kind.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isSiteKind, type SiteKindId } from '../engine/site-kind';

const KEY = 'siteKinds';
/** Origins kept; the oldest choices go first. */
const MAX_ORIGINS = 500;

const ChoicesSchema = z.record(z.string().max(300), z.unknown());

/** The part of storage.local these functions use (tests pass an in-memory one). */
export interface ChoiceStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
const local = (): ChoiceStore => browser.storage.local;

async function loadChoices(store: ChoiceStore): Promise<Record<string, SiteKindId>> {
  const stored = (await store.get(KEY))[KEY];
  const parsed = ChoicesSchema.safeParse(stored ?? {}).data ?? {};
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, SiteKindId] => isSiteKind(e[1])));
}

export function originOf(url: string | null | undefined): string | null {
  try {
    const origin = new URL(url ?? '').origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export async function loadKindChoice(origin: string, store: ChoiceStore = local()): Promise<SiteKindId | null> {
  return (await loadChoices(store))[origin] ?? null;
}

/** Remembers the kind for the origin, or forgets it (null: back to the inferred kind). */
export async function saveKindChoice(origin: string, kind: SiteKindId | null, store: ChoiceStore = local()): Promise<void> {
  const choices = await loadChoices(store);
  delete choices[origin];
  if (kind !== null) choices[origin] = kind;
  const kept = Object.entries(choices).slice(-MAX_ORIGINS);
  await store.set({ [KEY]: Object.fromEntries(kept) });
}

/** The kind chosen for the audited page's site, and a setter: remembered per origin (a page
 *  without one, such as a local file, keeps the choice while the popup is open). */
export function useKindChoice(url: string | null | undefined): [SiteKindId | null, (next: SiteKindId | null) => void] {
  const origin = originOf(url);
  const key = origin ?? url ?? '';
  const [choice, setChoice] = useState<{ key: string; kind: SiteKindId | null } | null>(null);
  useEffect(() => {
    if (origin) void loadKindChoice(origin).then((kind) => setChoice((now) => (now?.key === origin ? now : { key: origin, kind })));
  }, [origin]);
  const change = useCallback(
    (kind: SiteKindId | null) => {
      setChoice({ key, kind });
      if (origin) void saveKindChoice(origin, kind);
    },
    [key, origin],
  );
  return [choice?.key === key ? choice.kind : null, change];
}
