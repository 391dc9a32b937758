// Which line the options page shows under its buttons: the state of the form against what is saved.
import { EMPTY_DRAFT, sameDraft, type BrandDraft } from '../../brand/draft';
import type { OptionsKey } from '../../i18n/options';

/** The last thing the user did with the stored brand. */
export type LastAction = 'none' | 'saved' | 'cleared' | 'failed';

export function saveStatus(draft: BrandDraft, saved: BrandDraft | null, lastAction: LastAction, showingProblems: boolean): OptionsKey {
  if (showingProblems) return 'statusFix';
  if (lastAction === 'failed') return 'statusFailed';
  if (!sameDraft(draft, saved ?? EMPTY_DRAFT)) return 'statusUnsaved';
  if (lastAction === 'saved') return 'statusSaved';
  if (lastAction === 'cleared') return 'statusCleared';
  return saved ? 'statusSaved' : 'statusNone';
}
