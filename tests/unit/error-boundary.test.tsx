import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LOCALES } from '../../engine/rule';

describe('ErrorBoundary', () => {
  it('renders its children while nothing has gone wrong', () => {
    expect(renderToStaticMarkup(<ErrorBoundary locale="en"><p>audit</p></ErrorBoundary>)).toBe('<p>audit</p>');
  });

  for (const locale of LOCALES) {
    it(`turns an unexpected error into a message with a retry (${locale})`, () => {
      const boundary = new ErrorBoundary({ locale, children: <p>audit</p> });
      boundary.state = ErrorBoundary.getDerivedStateFromError(new Error('<b>boom</b>'));
      const html = renderToStaticMarkup(<>{boundary.render()}</>);
      expect(html).toContain('data-reason="uiError"');
      expect(html).toContain(locale === 'fi' ? 'Yritä uudelleen' : 'Try again');
      // The error text is shown as text, never as markup.
      expect(html).toContain('&lt;b&gt;boom&lt;/b&gt;');
      expect(html).not.toContain('<p>audit</p>');
    });
  }
});
