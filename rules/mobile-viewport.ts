import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'mobile-viewport',
    needs: ['page'],
    title: { en: 'The page is set up for mobile screens', fi: 'Sivu on sovitettu mobiilinäytölle' },
    failTitle: { en: 'The page is not set up for mobile screens', fi: 'Sivua ei ole sovitettu mobiilinäytölle' },
    warn: { title: { en: 'The page blocks zooming', fi: 'Sivu estää zoomauksen' }, messages: ['noZoom'] },
    fix: {
      en: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> and let people zoom.',
      fi: 'Lisää <meta name="viewport" content="width=device-width, initial-scale=1"> ja salli zoomaus.',
    },
    messages: {
      ok: { en: 'Viewport: {viewport}.', fi: 'Viewport: {viewport}.' },
      missing: { en: 'No viewport meta tag: phones show the desktop layout shrunk to fit.', fi: 'Viewport-määritys puuttuu: puhelin näyttää työpöytäasettelun pienennettynä.' },
      notResponsive: { en: 'The viewport does not follow the device width: {viewport}.', fi: 'Viewport ei seuraa laitteen leveyttä: {viewport}.' },
      noZoom: { en: 'The viewport blocks zooming ({viewport}), which shuts out people who need larger text.', fi: 'Viewport estää zoomauksen ({viewport}), mikä sulkee pois suurempaa tekstiä tarvitsevat.' },
    },
  },
  evaluate({ page }) {
    const viewport = page!.viewport?.trim();
    if (!viewport) return { outcome: 'fail', message: 'missing' };
    const evidence = [{ kind: 'content' as const, text: `<meta name="viewport" content="${viewport}">` }];
    const value = viewport.toLowerCase().replace(/\s/g, '');
    if (!value.includes('width=device-width')) return { outcome: 'fail', message: 'notResponsive', data: { viewport }, evidence };
    const maxScale = /maximum-scale=([\d.]+)/.exec(value);
    if (value.includes('user-scalable=no') || value.includes('user-scalable=0') || (maxScale && Number(maxScale[1]) < 2)) {
      return { outcome: 'fail', message: 'noZoom', data: { viewport }, score: 0.6, evidence };
    }
    return { outcome: 'pass', message: 'ok', data: { viewport }, evidence };
  },
});
