import { defineRule } from '../engine/rule';
import { hostOf } from './context';

export default defineRule({
  meta: {
    id: 'https',
    needs: ['page'],
    title: { en: 'The page is served over HTTPS', fi: 'Sivu toimitetaan HTTPS-yhteydellä' },
    failTitle: { en: 'The page is not served over HTTPS', fi: 'Sivua ei toimiteta HTTPS-yhteydellä' },
    fix: {
      en: 'Install a TLS certificate (most hosts offer one free) and redirect every http:// address to https://.',
      fi: 'Ota käyttöön TLS-varmenne (useimmat palveluntarjoajat antavat sen maksutta) ja ohjaa kaikki http://-osoitteet https://-osoitteisiin.',
    },
    messages: {
      ok: { en: 'Served over HTTPS.', fi: 'Yhteys on suojattu (HTTPS).' },
      localFile: { en: 'A local file: HTTPS is judged on the public site.', fi: 'Paikallinen tiedosto: HTTPS arvioidaan julkisella sivustolla.' },
      local: { en: 'A local development address ({host}): HTTPS is judged on the public site.', fi: 'Paikallinen kehitysosoite ({host}): HTTPS arvioidaan julkisella sivustolla.' },
      insecure: { en: 'The page is served over plain HTTP: browsers mark it "Not secure" and forms send data unencrypted.', fi: 'Sivu toimitetaan suojaamattomalla HTTP-yhteydellä: selain merkitsee sen "Ei turvallinen", ja lomakkeiden tiedot kulkevat salaamatta.' },
    },
  },
  evaluate({ page }) {
    const evidence = [{ kind: 'content' as const, url: page!.url }];
    if (page!.url.startsWith('file:')) return { outcome: 'na', message: 'localFile' };
    const host = hostOf(page!.url);
    // Browsers treat loopback as a secure context; a local preview says nothing of the live site.
    if (!page!.https && /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/.test(host)) return { outcome: 'na', message: 'local', data: { host } };
    return page!.https ? { outcome: 'pass', message: 'ok', evidence } : { outcome: 'fail', message: 'insecure', evidence };
  },
});

