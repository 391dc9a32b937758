import type { BlockedReason } from '../extension/tab-access';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';

export function Scanning() {
  const locale = useLocale();
  return (
    <div className="status" data-testid="audit-status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {ui(locale, 'scanning')}
    </div>
  );
}

export function Blocked({ reason, detail, onRetry }: { reason: BlockedReason; detail?: string; onRetry: () => void }) {
  const locale = useLocale();
  const text = reason === 'failed' ? ui(locale, 'blocked_failed', { detail: detail ?? '' }) : ui(locale, `blocked_${reason}`);
  const canRetry = ['errorPage', 'unloaded', 'navigated', 'timeout', 'malformed', 'failed', 'denied'].includes(reason);
  return (
    <div className="status blocked" data-testid="audit-status" data-reason={reason} role="alert">
      <p>{text}</p>
      {detail && reason !== 'failed' ? (
        <details className="detail">
          <summary>{ui(locale, 'technicalDetails')}</summary>
          <code>{detail}</code>
        </details>
      ) : null}
      {canRetry ? (
        <button type="button" onClick={onRetry}>
          {ui(locale, 'retry')}
        </button>
      ) : null}
    </div>
  );
}
