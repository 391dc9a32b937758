// Errors the command line shows to its user. Each carries a message id and its data, so that it is
// told in the audit's language (--lang) wherever it was thrown; `message` is the English text.
import type { Locale, MessageData } from '../engine/rule';
import { CLI_TEXTS, type CliTextKey } from '../i18n/cli';
import { CLI_ERROR_TEXTS, type CliErrorKey } from '../i18n/cli-errors';
import { format } from '../i18n/translate';

/** Error texts, and the load failures and hints that live with the other status texts. */
export type ErrorKey = CliErrorKey | CliTextKey;

/** A value of an error's data: a plain value, or a text of its own told in the same language. */
type ErrorValue = MessageData[string] | { id: ErrorKey };
export type ErrorData = Record<string, ErrorValue>;

export function cliErrorText(locale: Locale, key: ErrorKey, data?: ErrorData): string {
  const texts = key in CLI_ERROR_TEXTS ? CLI_ERROR_TEXTS[key as CliErrorKey] : CLI_TEXTS[key as CliTextKey];
  const plain: MessageData = {};
  for (const [name, value] of Object.entries(data ?? {})) plain[name] = typeof value === 'object' ? cliErrorText(locale, value.id) : value;
  return format(texts[locale], plain);
}

export class CliError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly data: ErrorData = {},
  ) {
    super(cliErrorText('en', key, data));
  }

  text(locale: Locale): string {
    return cliErrorText(locale, this.key, this.data);
  }
}

/** Wrong usage or a missing setup step: exit code 2. */
export class UsageError extends CliError {}

/** The page could not be audited: exit code 1. */
export class ScanFailure extends CliError {}

/** Any error as its user sees it: ours in `locale`, anything else by its own message. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof CliError) return error.text(locale);
  return error instanceof Error ? error.message : String(error);
}
