// How the report's cover header will look with the brand being edited: the accent bar with the
// logo, the agency's name and contact line, and the intro below. Every text is a React text node.
import { DEFAULT_ACCENT } from '../../brand/brand';
import type { BrandDraft } from '../../brand/draft';
import { textColourOn } from '../../brand/contrast';
import { isInlineLogo } from '../../brand/logo';
import { paragraphsOf, cleanLine, cleanParagraphs } from '../../brand/plain-text';
import type { Locale } from '../../engine/rule';
import { optionsText } from '../../i18n/options';

/** The draft's accent once it is a whole #rrggbb, else Polku's own. */
export function accentOf(draft: BrandDraft): string {
  const accent = draft.accent.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(accent) ? accent : DEFAULT_ACCENT;
}

export function CoverPreview({ locale, draft, date }: { locale: Locale; draft: BrandDraft; date: number }) {
  const accent = accentOf(draft);
  const name = cleanLine(draft.name) || optionsText(locale, 'previewNamePlaceholder');
  const contact = cleanLine(draft.contact);
  const day = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'long' }).format(date);
  return (
    <section className="cover-preview" aria-labelledby="preview-heading" data-testid="cover-preview">
      <h2 id="preview-heading">{optionsText(locale, 'previewHeading')}</h2>
      <div className="cover-sheet">
        <div className="cover-bar" style={{ background: accent, color: textColourOn(accent) }} data-testid="cover-bar">
          {isInlineLogo(draft.logo) ? <img className="cover-logo" src={draft.logo} alt="" /> : null}
          <div className="cover-agency">
            <strong>{name}</strong>
            {contact ? <span>{contact}</span> : null}
          </div>
        </div>
        <div className="cover-body">
          <p className="cover-title">{optionsText(locale, 'previewTitle')}</p>
          <p className="cover-site">{optionsText(locale, 'previewSite', { date: day })}</p>
          {paragraphsOf(cleanParagraphs(draft.intro)).map((paragraph, i) => (
            <p key={i} className="cover-intro">
              {paragraph}
            </p>
          ))}
        </div>
      </div>
    </section>
  );
}
