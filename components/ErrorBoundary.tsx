import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Locale } from '../engine/rule';
import { ui } from '../i18n/translate';

interface Props {
  locale: Locale;
  children: ReactNode;
}

/** An unexpected state renders a message and a way out, never a blank popup. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Polku popup error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { locale } = this.props;
    return (
      <div className="status blocked" data-testid="audit-status" data-reason="uiError" role="alert">
        <p>{ui(locale, 'uiCrashed')}</p>
        <details className="detail">
          <summary>{ui(locale, 'technicalDetails')}</summary>
          <code>{error.message.slice(0, 500)}</code>
        </details>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {ui(locale, 'retry')}
        </button>
      </div>
    );
  }
}
