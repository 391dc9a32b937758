// Lighthouse cannot run whole inside an MV3 extension (it drives the browser over the DevTools
// protocol and reloads the page throttled), so its deep audit lives in the CLI. This says so and
// hands over the command for the current page. The URL is only ever shown as text.
import { useState } from 'react';
import { cliText } from '../i18n/cli';
import { useLocale } from './locale';

// Characters a POSIX shell takes literally in a word; anything else gets the URL single-quoted.
const SHELL_SAFE = /^[A-Za-z0-9_./:%=+,@-]+$/;

/** The command for `url`, quoted so that pasting it into a shell runs polku on exactly that URL. */
export function deepAuditCommand(url: string): string {
  const arg = SHELL_SAFE.test(url) ? url : `'${url.replaceAll("'", `'\\''`)}'`;
  return `npx polku ${arg} --lighthouse`;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function DeepAuditHint({ url }: { url: string }) {
  const locale = useLocale();
  const [state, setState] = useState<CopyState>('idle');
  const command = deepAuditCommand(url);
  const copy = () => {
    navigator.clipboard.writeText(command).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <section className="deep-audit" data-testid="deep-audit">
      <strong>{cliText(locale, 'deepAudit_title')}</strong>
      <p>{cliText(locale, 'deepAudit_body')}</p>
      <code>{command}</code>
      <button type="button" onClick={copy}>
        {cliText(locale, state === 'copied' ? 'deepAudit_copied' : 'deepAudit_copy')}
      </button>
      {state === 'failed' ? <p role="alert">{cliText(locale, 'deepAudit_copyFailed')}</p> : null}
    </section>
  );
}
