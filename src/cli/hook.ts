/** `articlelint install-hook`: writes a plain git pre-commit hook. */
import { UsageError } from '../errors.js';

/** Installs the hook in the git repository at `cwd`; returns a one-line confirmation. */
export async function installHook(cwd: string): Promise<string> {
  throw new UsageError(`install-hook is not implemented yet (in ${cwd})`);
}
