// Whether the accessibility check may start after a scan. axe-core reads the whole page in one go
// that cannot yield, so on a page with more elements than the scan walks, or one the scan ran out
// of time on, it would hold the page up for seconds: it is not started, and its checks show as not
// run. (A page read in part for its text or structured data alone is fine; the runner also counts
// elements itself: collectors/axe-run.ts.)
import type { Facts } from './facts';

export const AXE_SKIPPED_LARGE = 'the page is larger than Polku reads whole, so the accessibility check was not started (it would hold the page up)';

export function axeSkipReason(facts: Facts): string | null {
  return facts.scan?.stoppedBy === 'nodes' || facts.scan?.stoppedBy === 'time' ? AXE_SKIPPED_LARGE : null;
}
