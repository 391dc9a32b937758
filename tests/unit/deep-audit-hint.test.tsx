import { execFileSync } from 'node:child_process';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { deepAuditCommand, DeepAuditHint } from '../../components/DeepAuditHint';
import { LocaleContext } from '../../components/locale';
import { LOCALES } from '../../engine/rule';

// A page address the page itself chose: markup, a quote and a command substitution.
const HOSTILE = `https://evil.example/"><img src=x onerror=alert(1)>?q='$(touch /tmp/pwned)'&x=\`id\`#<b>`;

describe('DeepAuditHint', () => {
  for (const locale of LOCALES) {
    it(`shows the command for the page, with the address as text only (${locale})`, () => {
      const html = renderToStaticMarkup(
        <LocaleContext.Provider value={locale}>
          <DeepAuditHint url={HOSTILE} />
        </LocaleContext.Provider>,
      );
      expect(html).toContain(locale === 'fi' ? 'Kopioi komento' : 'Copy command');
      expect(html).toContain(locale === 'fi' ? 'selainlaajennuksen sisällä' : 'inside a browser extension');
      expect(html).toContain('npx polku ');
      expect(html).toContain('--lighthouse');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });
  }

  it('a pasted command hands the shell exactly the address, running nothing of it', () => {
    for (const url of [HOSTILE, 'https://example.fi/', "https://example.fi/it's?a=1&b=2", 'https://example.fi/~x;y|z']) {
      const command = deepAuditCommand(url);
      expect(command).toMatch(/^npx polku .+ --lighthouse$/);
      const argument = command.slice('npx polku '.length, -' --lighthouse'.length);
      // The shell prints each word it parsed on a line of its own.
      const words = execFileSync('sh', ['-c', `printf '%s\\n' ${argument}`], { encoding: 'utf8' });
      expect(words).toBe(`${url}\n`);
    }
  });
});
