// `--kind <id>`: the kind of site to judge instead of the inferred one (engine/site-kind.ts).
import { isSiteKind, SITE_KINDS, type SiteKindId } from '../engine/site-kind';
import { UsageError } from './cli-error';

/** The kind named on the command line, null when none was given; an unknown name is a usage error. */
export function parseKindOption(value: string | undefined): SiteKindId | null {
  if (value === undefined) return null;
  if (!isSiteKind(value)) throw new UsageError('badKind', { choices: SITE_KINDS.join(', '), value: value.slice(0, 40) });
  return value;
}
