import { defineRule } from '../engine/rule';
import { formatBytes } from './perf-format';

/** Share of requests or known bytes from other sites: fine up to half, heavy past three quarters. */
const FINE = 0.5;
const HEAVY = 0.75;

export default defineRule({
  meta: {
    id: 'third-party-share',
    needs: ['perf'],
    title: { en: 'The page does not lean on other sites', fi: 'Sivu ei nojaa muihin palveluihin' },
    failTitle: { en: 'The page leans on many other sites', fi: 'Sivu nojaa moniin muihin palveluihin' },
    fix: {
      en: 'Go through the hosts named above: remove tags nobody reads, load chat and social widgets on click, and host fonts and libraries on your own domain.',
      fi: 'Käy läpi yllä nimetyt palvelimet: poista tägit, joiden tietoja kukaan ei lue, lataa chat- ja some-widgetit vasta klikkauksesta ja tarjoa fontit ja kirjastot omalta verkkotunnukseltasi.',
    },
    messages: {
      fine: { en: '{share} % of requests go to other sites ({requests} of {total}).', fi: '{share} % pyynnöistä menee muille palvelimille ({requests}/{total}).' },
      many: { en: '{share} % of requests ({requests} of {total}, at least {size}) go to other sites; the top hosts: {hosts}. Each one can slow or break the page.', fi: '{share} % pyynnöistä ({requests}/{total}, vähintään {size}) menee muille palvelimille; eniten: {hosts}. Jokainen voi hidastaa tai rikkoa sivun.' },
    },
  },
  evaluate({ perf }) {
    const p = perf!;
    const byRequests = p.requests > 0 ? p.thirdParty.requests / p.requests : 0;
    const byBytes = p.knownBytes > 0 ? p.thirdParty.knownBytes / p.knownBytes : 0;
    const hosts = p.thirdParty.hosts.slice(0, 3).map((h) => `${h.host} (${h.requests})`).join(', ');
    const data = { share: Math.round(byRequests * 100), requests: p.thirdParty.requests, total: p.requests, size: formatBytes(p.thirdParty.knownBytes), hosts };
    const evidence = p.thirdParty.hosts.map((h) => ({ kind: 'script' as const, text: `${h.host}: ${h.requests} · ${formatBytes(h.knownBytes)}` }));
    const worst = Math.max(byRequests, byBytes);
    if (worst <= FINE) return { outcome: 'pass', message: 'fine', data, evidence };
    // Between half and three quarters a person should judge whether each tool earns its place.
    if (worst <= HEAVY) return { outcome: 'review', message: 'many', data, evidence };
    return { outcome: 'fail', message: 'many', data, evidence, score: 0.3 };
  },
});
