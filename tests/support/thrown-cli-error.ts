import { CliError } from '../../cli/cli-error';

/** The CliError `fn` throws; fails the test when it throws nothing or something else. */
export function thrownCliError(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError, but nothing was thrown');
}
