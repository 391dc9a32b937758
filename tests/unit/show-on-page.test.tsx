// The popup's evidence as buttons: only where an overlay can be drawn, page text kept as text.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../components/EvidenceList';
import { FoundList, ShowStageOnPage } from '../../components/FoundList';
import { LocaleContext, StartPageContext } from '../../components/locale';
import { PageOverlayContext } from '../../components/page-overlay';
import type { StageReport } from '../../engine/audit';
import type { Evidence } from '../../engine/assets';
import type { Locale } from '../../engine/rule';

const START = 'https://shop.example/';
const overlay = { show: () => Promise.resolve({ kind: 'failed' as const }) };

function render(node: ReactNode, { locale = 'en' as Locale, withOverlay = true } = {}): string {
  return renderToStaticMarkup(
    <LocaleContext.Provider value={locale}>
      <StartPageContext.Provider value={START}>
        <PageOverlayContext.Provider value={withOverlay ? overlay : null}>{node}</PageOverlayContext.Provider>
      </StartPageContext.Provider>
    </LocaleContext.Provider>,
  );
}

const HOSTILE: Evidence = { kind: 'content', text: '<img src=x onerror=alert(1)>', selector: 'footer > a' };
const buttons = (html: string) => html.match(/<button /g)?.length ?? 0;

describe('evidence as a button', () => {
  it('evidence on the audited page is a button named "Show on page", its page text kept as text', () => {
    const html = render(<EvidenceList evidence={[HOSTILE]} />);
    expect(buttons(html)).toBe(1);
    expect(html).toContain('type="button"');
    expect(html).toContain('Show on page');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(render(<EvidenceList evidence={[HOSTILE]} />, { locale: 'fi' })).toContain('Näytä sivulla');
  });

  it('evidence from a key page, or without a selector, stays plain text', () => {
    const html = render(<EvidenceList evidence={[{ ...HOSTILE, page: 'https://shop.example/contact' }, { kind: 'content', text: 'Call us' }]} />);
    expect(buttons(html)).toBe(0);
    expect(html).toContain('Call us');
  });

  it('without an overlay (no audited tab) nothing is clickable', () => {
    expect(buttons(render(<EvidenceList evidence={[HOSTILE]} />, { withOverlay: false }))).toBe(0);
  });
});

describe('found touchpoints', () => {
  const stage: StageReport = {
    id: 'conversion',
    score: 50,
    unchecked: [],
    findings: [],
    groups: [],
    assets: [
      { id: 'contact.phone', applies: true, detection: { present: 'content', items: [], evidence: [{ kind: 'content', text: '040 123', selector: 'header a' }] } },
      { id: 'contact.email', applies: true, detection: { present: 'content', items: [], evidence: [{ kind: 'content', text: 'a@b', selector: 'a', page: 'https://shop.example/contact' }] } },
      { id: 'contact.form', applies: true, detection: { present: 'none', items: [], evidence: [] } },
    ],
  };

  it('a found touchpoint with evidence on this page gets its button; one from a key page does not', () => {
    const rows = render(<FoundList stage={stage} />).split('data-asset="').slice(1);
    const withButton = rows.filter((row) => row.includes('data-testid="show-asset"')).map((row) => row.slice(0, row.indexOf('"')));
    expect(withButton).toEqual(['contact.phone']);
  });

  it('"show all" per stage counts what can be shown, and is absent when nothing can', () => {
    expect(render(<ShowStageOnPage stage={stage} />)).toContain('data-count="1"');
    expect(render(<ShowStageOnPage stage={stage} />, { locale: 'fi' })).toContain('Näytä kaikki sivulla');
    expect(render(<ShowStageOnPage stage={{ ...stage, assets: stage.assets.slice(1) }} />)).toBe('');
  });
});
