import { detectionOf } from '../engine/facts';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'newsletter-signup',
    needs: ['retention.newsletter', 'tools'],
    title: { en: 'Visitors can stay in touch', fi: 'Kävijä voi jäädä kuulolle' },
    failTitle: { en: 'No newsletter signup found', fi: 'Uutiskirjeen tilausta ei löytynyt' },
    warn: { title: { en: 'Email tool installed, but no signup offered', fi: 'Sähköpostityökalu on asennettu, mutta tilausta ei tarjota' }, messages: ['toolOnly'] },
    fix: {
      en: 'Offer a newsletter signup with a clear benefit (offers, tips, news) in the footer and after a purchase.',
      fi: 'Tarjoa uutiskirjeen tilaus selvällä hyödyllä (tarjoukset, vinkit, uutiset) alatunnisteessa ja oston jälkeen.',
    },
    messages: {
      form: { en: 'Newsletter signup on the site.', fi: 'Uutiskirjeen tilaus löytyy sivustolta.' },
      linked: { en: 'Newsletter signup behind a link.', fi: 'Uutiskirjeen tilaus on linkin takana.' },
      toolOnly: { en: 'An email marketing tool is installed ({tools}), but no signup is offered on the page.', fi: 'Sähköpostimarkkinoinnin työkalu on asennettu ({tools}), mutta sivulla ei tarjota tilausta.' },
      none: { en: 'No newsletter or mailing-list signup was found.', fi: 'Uutiskirjeen tai postituslistan tilausta ei löytynyt.' },
    },
  },
  evaluate(facts) {
    const newsletter = detectionOf(facts, 'retention.newsletter');
    if (newsletter.present === 'content') return { outcome: 'pass', message: 'form', evidence: newsletter.evidence.slice(0, 2) };
    if (newsletter.present === 'link') return { outcome: 'pass', message: 'linked', score: 0.8, evidence: newsletter.evidence.slice(0, 2) };
    // Paying for a mailing tool and not asking for addresses is money left on the table.
    const tool = facts.tools!.emailMarketing;
    if (tool.present !== 'none') return { outcome: 'fail', message: 'toolOnly', data: { tools: tool.items.join(', ') || '?' }, score: 0.3, evidence: tool.evidence.slice(0, 2) };
    return { outcome: 'fail', message: 'none' };
  },
});
