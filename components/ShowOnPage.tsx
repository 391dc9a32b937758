// Buttons that outline evidence on the audited tab, and the line that says what was found there.
import { useState, type ReactNode } from 'react';
import type { OverlayOutcome } from '../overlay/outcome';
import type { OverlayTarget } from '../overlay/targets';
import { describeOutcome, overlayUi } from '../i18n/overlay';
import { useLocale } from './locale';
import { usePageOverlay } from './page-overlay';

/** Asks for the overlay and keeps the latest answer; `null` while nothing was asked. */
function useShowOnPage(targets: readonly OverlayTarget[]) {
  const overlay = usePageOverlay();
  const [outcome, setOutcome] = useState<OverlayOutcome | 'busy' | null>(null);
  const show = () => {
    if (!overlay) return;
    setOutcome('busy');
    void overlay.show(targets).then(setOutcome);
  };
  return { available: overlay !== null && targets.length > 0, outcome, show };
}

function OutcomeLine({ outcome }: { outcome: OverlayOutcome | 'busy' | null }) {
  const locale = useLocale();
  if (outcome === null) return null;
  const kind = outcome === 'busy' ? 'busy' : outcome.kind === 'failed' ? 'failed' : outcome.shown > 0 ? 'shown' : 'none';
  return (
    <span className={`overlay-outcome ${kind}`} role="status" data-testid="overlay-outcome" data-outcome={kind}>
      {outcome === 'busy' ? overlayUi(locale, 'showing') : describeOutcome(locale, outcome)}
    </span>
  );
}

/** An evidence item as a button: `children` (the evidence as text) plus "Show on page"; plain text when nothing can be shown. */
export function EvidenceButton({ target, children }: { target: OverlayTarget | null; children: ReactNode }) {
  const locale = useLocale();
  const { available, outcome, show } = useShowOnPage(target ? [target] : []);
  if (!available) return <>{children}</>;
  return (
    <>
      <button type="button" className="evidence-show" data-testid="show-evidence" onClick={show}>
        {children}
        <span className="show-hint">{overlayUi(locale, 'showOnPage')}</span>
      </button>
      <OutcomeLine outcome={outcome} />
    </>
  );
}

/** A small "Show on page" / "Show all on page" button for a group of targets; nothing when none is on this page. */
export function ShowTargetsButton({ targets, all = false, testId }: { targets: readonly OverlayTarget[]; all?: boolean; testId: string }) {
  const locale = useLocale();
  const { available, outcome, show } = useShowOnPage(targets);
  if (!available) return null;
  return (
    <span className="show-targets">
      <button type="button" className="show-on-page" data-testid={testId} data-count={targets.length} title={all ? overlayUi(locale, 'showAllHint') : undefined} onClick={show}>
        {overlayUi(locale, all ? 'showAll' : 'showOnPage')}
      </button>
      <OutcomeLine outcome={outcome} />
    </span>
  );
}
