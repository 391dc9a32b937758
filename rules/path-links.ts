// Dead ends on the purchase path: a key-page link on the start page that answers with an error, or
// that leaves for another address. Judged from the pages the site audit tried to read.
import type { Evidence } from '../engine/assets';
import { defineRule } from '../engine/rule';
import type { PageRecord } from '../engine/site';

const asEvidence = (page: PageRecord): Evidence => ({ kind: 'link', url: page.url, ...(page.label ? { text: page.label } : {}) });

export default defineRule({
  meta: {
    id: 'path-links',
    // A scan of one page has no site slice: nothing was followed, so nothing to judge (not a failure).
    needs: [],
    title: { en: 'Links along the path lead somewhere', fi: 'Polun linkit vievät perille' },
    failTitle: { en: 'Key-page links lead to error pages', fi: 'Avainsivujen linkit vievät virhesivulle' },
    warn: { title: { en: 'A key-page link leads to another address', fi: 'Avainsivun linkki vie toiseen osoitteeseen' }, messages: ['leaves'] },
    fix: {
      en: 'Fix or remove the broken links: point them at the live page, or redirect the old address to it.',
      fi: 'Korjaa tai poista rikkinäiset linkit: osoita ne toimivalle sivulle tai ohjaa vanha osoite uuteen.',
    },
    messages: {
      working: { en: 'All {count} key pages the audit followed answered.', fi: 'Kaikki {count} seurattua avainsivua vastasivat.' },
      broken: {
        en: 'A visitor who clicks “{label}” hits an error page (HTTP {status}); {count} of {tried} key-page links are dead ends.',
        fi: 'Kävijä, joka napsauttaa linkkiä ”{label}”, päätyy virhesivulle (HTTP {status}); {count}/{tried} avainsivun linkeistä on umpikujia.',
      },
      leaves: {
        en: '“{label}” sends the visitor to another address; check that it is the page you mean.',
        fi: '”{label}” vie kävijän toiseen osoitteeseen; tarkista, että se on tarkoitettu sivu.',
      },
      notTried: { en: 'No key pages were followed (site audit off, or no links to follow).', fi: 'Avainsivuja ei seurattu (sivustoauditointi pois päältä tai ei seurattavia linkkejä).' },
    },
  },
  evaluate({ site }) {
    const tried = (site?.pages ?? []).filter((p) => p.role !== 'start' && p.reason !== 'otherOrigin' && p.reason !== 'stopped');
    if (tried.length === 0) return { outcome: 'na', message: 'notTried' };
    const broken = tried.filter((p) => p.reason === 'httpError');
    if (broken.length > 0) {
      const first = broken[0]!;
      const data = { label: first.label || first.role, status: first.status ?? '?', count: broken.length, tried: tried.length };
      return { outcome: 'fail', message: 'broken', data, evidence: broken.map(asEvidence), score: 1 - broken.length / tried.length };
    }
    const leaving = tried.filter((p) => p.reason === 'offOrigin');
    if (leaving.length > 0) return { outcome: 'review', message: 'leaves', data: { label: leaving[0]!.label || leaving[0]!.role }, evidence: leaving.map(asEvidence) };
    return { outcome: 'pass', message: 'working', data: { count: tried.length } };
  },
});
