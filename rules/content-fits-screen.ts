import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'content-fits-screen',
    needs: ['mobile'],
    title: { en: 'The content fits the screen width', fi: 'Sisältö mahtuu näytön leveyteen' },
    failTitle: { en: 'The content is wider than the screen', fi: 'Sisältö on näyttöä leveämpi' },
    fix: {
      en: 'Find the element named above and let it shrink: max-width: 100% on images, tables and embeds, no fixed widths in px on containers, and long words or URLs allowed to wrap (overflow-wrap: anywhere).',
      fi: 'Etsi yllä nimetty elementti ja anna sen kutistua: max-width: 100 % kuville, taulukoille ja upotuksille, ei kiinteitä pikselileveyksiä säiliöille, ja salli pitkien sanojen ja osoitteiden rivittyä (overflow-wrap: anywhere).',
    },
    messages: {
      fits: { en: 'No sideways scrolling (measured at {width} × {height} CSS px).', fi: 'Sivua ei tarvitse vierittää sivusuunnassa (mitattu {width} × {height} CSS-pikselissä).' },
      wider: { en: 'The page is {scrollWidth} px wide in a {width} px viewport, so visitors scroll sideways (measured at {width} × {height} CSS px). Widest element: {selector}.', fi: 'Sivu on {scrollWidth} px leveä {width} px:n näkymässä, joten kävijä joutuu vierittämään sivusuunnassa (mitattu {width} × {height} CSS-pikselissä). Levein elementti: {selector}.' },
    },
  },
  evaluate({ mobile }) {
    const m = mobile!;
    const data = { width: Math.round(m.viewport.width), height: Math.round(m.viewport.height), scrollWidth: Math.round(m.overflow.scrollWidth), selector: m.overflow.selector ?? '–' };
    if (!m.overflow.wider) return { outcome: 'pass', message: 'fits', data };
    const evidence = m.overflow.selector ? [{ kind: 'content' as const, selector: m.overflow.selector }] : [];
    return { outcome: 'fail', message: 'wider', data, evidence };
  },
});
