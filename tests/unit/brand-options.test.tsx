// The options page rendered from its state: labelled fields, problems tied to their fields, the
// save status, and a cover preview that shows hostile text as text and picks readable text colour.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkBrand, type BrandIssue } from '../../brand/brand';
import { EMPTY_DRAFT, type BrandDraft } from '../../brand/draft';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { saveStatus } from '../../components/options/save-status';
import { LOCALES } from '../../engine/rule';
import { dataUrl, PNG_1PX } from '../support/brand-images';

const DATE = Date.UTC(2026, 11, 5, 12);
const noop = () => {};

function render(props: Partial<OptionsViewProps> & { draft: BrandDraft }): string {
  return renderToStaticMarkup(
    <OptionsView locale="en" issues={[]} notice={null} status="statusNone" date={DATE} onLocaleChange={noop} onChange={noop} onSave={noop} onReset={noop} {...props} />,
  );
}

function issuesOf(draft: BrandDraft): BrandIssue[] {
  const result = checkBrand(draft);
  return result.ok ? [] : result.issues;
}

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('options page', () => {
  for (const locale of LOCALES) {
    it(`labels every field and has Save, Reset and the language switch (${locale})`, () => {
      const html = render({ locale, draft: EMPTY_DRAFT });
      for (const id of ['brand-name', 'brand-logo', 'brand-accent', 'brand-contact', 'brand-intro']) {
        expect(html).toMatch(new RegExp(`<label for="${id}">[^<]+</label>`));
        expect(html).toContain(`id="${id}"`);
        expect(html).toContain(`aria-describedby="${id}-hint"`);
      }
      expect(html).toContain('type="file"');
      expect(html).toContain('accept="image/png,image/jpeg,image/webp"');
      expect(html).toContain('type="color"');
      expect(html).toContain(locale === 'fi' ? '>Tallenna</button>' : '>Save</button>');
      expect(html).toContain(locale === 'fi' ? '>Tyhjennä</button>' : '>Reset</button>');
      expect(html).toContain('data-testid="locale-switch"');
      expect(html).toContain(locale === 'fi' ? 'Kannen esikatselu' : 'Cover preview');
    });
  }

  it('shows each problem beside its field, read with it, in the chosen language', () => {
    const draft = { ...EMPTY_DRAFT, accent: 'blue', contact: 'c'.repeat(201) };
    const html = render({ locale: 'fi', draft, issues: issuesOf(draft), status: 'statusFix' });
    expect(html).toContain('data-testid="brand-name-problem">Toimiston nimi on pakollinen.</p>');
    expect(html).toContain('aria-describedby="brand-accent-hint brand-accent-problem" aria-invalid="true"');
    expect(html).toContain('Yhteystietorivillä on 201 merkkiä; enintään 200.');
    expect(html).toContain('Korjaa merkityt kentät ja tallenna sitten.');
    expect(html).not.toContain('brand-intro-problem');
  });

  it('shows the notice about a stored brand that could not be read', () => {
    expect(render({ draft: EMPTY_DRAFT, notice: 'storedCorrupt' })).toContain('role="alert" data-testid="brand-notice">The saved brand settings could not be read');
    expect(render({ draft: EMPTY_DRAFT })).not.toContain('brand-notice');
  });

  it('previews the logo with a remove button only when there is one', () => {
    const logo = dataUrl('image/png', PNG_1PX);
    const html = render({ draft: { ...EMPTY_DRAFT, name: 'A', logo } });
    expect(html).toContain(`data-testid="logo-preview"`);
    expect(html).toContain('data-testid="logo-remove"');
    expect(html.split(`src="${logo}"`)).toHaveLength(3);
    const none = render({ draft: { ...EMPTY_DRAFT, name: 'A' } });
    expect(none).not.toContain('<img');
    expect(none).not.toContain('logo-remove');
  });

  it('never puts a value other than an inline image into an img src', () => {
    for (const logo of ['javascript:alert(1)', 'https://tracker.example/p.png', 'data:image/svg+xml;base64,PHN2Zz4=']) {
      expect(render({ draft: { ...EMPTY_DRAFT, name: 'A', logo } })).not.toContain('<img');
    }
  });
});

describe('cover preview', () => {
  it('shows name, contact and intro paragraphs as text, never as markup', () => {
    const html = render({ draft: { ...EMPTY_DRAFT, name: HOSTILE, contact: `"${HOSTILE}`, intro: `${HOSTILE}\nToinen kappale` } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<strong>&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;</strong>');
    expect(html).toContain('<p class="cover-intro">Toinen kappale</p>');
  });

  it('uses the accent with white text where white reads, black where it does not, and Polku blue without one', () => {
    expect(render({ draft: { ...EMPTY_DRAFT, accent: '#0B3D91' } })).toContain('style="background:#0b3d91;color:#ffffff"');
    expect(render({ draft: { ...EMPTY_DRAFT, accent: '#ffcc00' } })).toContain('style="background:#ffcc00;color:#000000"');
    expect(render({ draft: EMPTY_DRAFT })).toContain('style="background:#1d4ed8;color:#ffffff"');
    // An accent still being typed (or a style injection) falls back to the default.
    expect(render({ draft: { ...EMPTY_DRAFT, accent: '#fff;background:url(//x)' } })).toContain('style="background:#1d4ed8;color:#ffffff"');
  });

  it('stands in a placeholder name until one is typed, and dates the sheet in the chosen language', () => {
    expect(render({ draft: EMPTY_DRAFT })).toContain('<strong>Your agency</strong>');
    expect(render({ locale: 'fi', draft: EMPTY_DRAFT })).toContain('<strong>Toimistosi</strong>');
    expect(render({ locale: 'fi', draft: EMPTY_DRAFT })).toContain('5. joulukuuta 2026');
  });
});

describe('save status', () => {
  const saved = { ...EMPTY_DRAFT, name: 'Toimisto' };
  it('follows the draft against what is stored', () => {
    expect(saveStatus(EMPTY_DRAFT, null, 'none', false)).toBe('statusNone');
    expect(saveStatus(saved, saved, 'none', false)).toBe('statusSaved');
    expect(saveStatus({ ...saved, accent: '#000000' }, saved, 'saved', false)).toBe('statusUnsaved');
    expect(saveStatus(saved, saved, 'saved', false)).toBe('statusSaved');
    expect(saveStatus(EMPTY_DRAFT, null, 'cleared', false)).toBe('statusCleared');
    expect(saveStatus({ ...EMPTY_DRAFT, name: 'x' }, null, 'cleared', false)).toBe('statusUnsaved');
    expect(saveStatus(EMPTY_DRAFT, null, 'none', true)).toBe('statusFix');
    expect(saveStatus(saved, saved, 'failed', false)).toBe('statusFailed');
  });
});
