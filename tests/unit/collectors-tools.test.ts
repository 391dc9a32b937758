import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../collectors';
import { htmlDocument, page } from '../support/dom';

const tools = (body: string, resourceNames: string[] = []) => collectFacts(htmlDocument(page(body)), { resourceNames }).tools!;

describe('email marketing tools', () => {
  it('recognises a mailing tool by its script host, form action or a resource it loaded', () => {
    expect(tools('<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=X"></script>').emailMarketing).toMatchObject({ present: 'script', items: ['klaviyo'] });
    expect(tools('<div id="mc_embed_signup"></div>').emailMarketing.items).toEqual(['mailchimp']);
    expect(tools('', ['https://js.hsforms.net/forms/embed/v2.js']).emailMarketing.items).toEqual(['hubspot']);
  });
  it('finds none on a page without one, even when it mentions a vendor in prose', () => {
    expect(tools('<p>Vertailimme Mailchimpin ja Klaviyon hintoja.</p>').emailMarketing.present).toBe('none');
  });
});

describe('vendor hosts in script text', () => {
  it('match a whole host name, not the tail of another', async () => {
    const { mentionsHost } = await import('../../collectors/vendor-scan');
    expect(mentionsHost('s.src="https://cdn.rule.io/x.js"', 'rule.io')).toBe(true);
    expect(mentionsHost('var api = "https://schedule.io/v1"', 'rule.io')).toBe(false);
    expect(mentionsHost('see capsule.se for details', 'rule.se')).toBe(false);
  });
  it('ignore preconnect hints, which load nothing', () => {
    expect(tools('<link rel="preconnect" href="https://static.klaviyo.com">').emailMarketing.present).toBe('none');
  });
});
