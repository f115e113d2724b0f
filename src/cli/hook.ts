/** `articlelint install-hook`: writes a plain git pre-commit hook. */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package.js';

const run = promisify(execFile);

/** Marks a hook as written by articlelint: such a hook may be rewritten, any other is left alone. */
export const HOOK_MARKER = '# articlelint-managed-hook';

/** The CLI entry of this installation, used by the hook when no closer articlelint is found. */
function ownBin(): string | undefined {
  const bin = packageRoot && path.join(packageRoot, 'bin', 'articlelint.js');
  return bin && existsSync(bin) ? bin : undefined;
}

/** Single-quotes a string for sh. */
const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function hookScript(fallbackBin?: string): string {
  const fallback = fallbackBin ? `elif [ -f ${shQuote(fallbackBin)} ] && command -v node >/dev/null 2>&1; then
  set -- node ${shQuote(fallbackBin)}
` : '';
  return `#!/bin/sh
${HOOK_MARKER} (written by \`articlelint install-hook\`, which may rewrite it; remove this line to keep your edits)
#
# Lints the staged .txt and .md files; a finding of severity "error" stops the commit.
# Warnings are shown but do not. Skip the check once with: git commit --no-verify
# Which articlelint runs: $ARTICLELINT_BIN if set (e.g. "node /path/to/bin/articlelint.js"),
# else node_modules/.bin/articlelint, else articlelint on PATH, else the one that installed
# this hook, else \`npx --no-install articlelint\`. Extra flags: $ARTICLELINT_HOOK_ARGS.
# Note: the working-tree copy of each staged file is linted (as most linters' hooks do).

list=$(mktemp "\${TMPDIR:-/tmp}/articlelint-staged.XXXXXX") || exit 1
trap 'rm -f "$list"' EXIT
trap 'exit 130' INT TERM

git diff --cached --name-only --diff-filter=ACMR -z -- '*.txt' '*.md' >"$list" || exit 1
[ -s "$list" ] || exit 0

if [ -n "\${ARTICLELINT_BIN:-}" ]; then
  # Word-split on purpose: the variable may hold "node /path/to/articlelint.js".
  set -- $ARTICLELINT_BIN
elif [ -x node_modules/.bin/articlelint ]; then
  set -- node_modules/.bin/articlelint
elif command -v articlelint >/dev/null 2>&1; then
  set -- articlelint
${fallback}else
  set -- npx --no-install articlelint
fi

# shellcheck disable=SC2086
xargs -0 "$@" --no-error-on-unmatched-pattern \${ARTICLELINT_HOOK_ARGS:-} -- <"$list"
status=$?
if [ "$status" -ne 0 ]; then
  echo >&2
  echo "articlelint: commit rejected (exit $status). Fix the problems above, e.g. with" >&2
  echo "  articlelint --fix <files>   then 'git add' them again; or skip once with 'git commit --no-verify'." >&2
  exit 1
fi
exit 0
`;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd });
    return stdout.trim();
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new UsageError('install-hook needs git, and git was not found on PATH');
    throw new UsageError(`${cwd} is not inside a git repository (${(e.stderr ?? e.message).trim().split('\n')[0]})`);
  }
}

/** Installs the hook in the git repository at `cwd`; returns a one-line confirmation. */
export async function installHook(cwd: string): Promise<string> {
  await git(cwd, ['rev-parse', '--git-dir']);
  // --git-path honours core.hooksPath and linked worktrees.
  const hooksDir = path.resolve(cwd, await git(cwd, ['rev-parse', '--git-path', 'hooks']));
  const file = path.join(hooksDir, 'pre-commit');
  const shown = path.relative(cwd, file) || file;
  const script = hookScript(ownBin());

  let existing: string | undefined;
  try {
    existing = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    throw new UsageError(
      `${shown} already exists and was not written by articlelint; not overwritten. ` +
        'Add a call to articlelint to it by hand (see docs/workflow.md), or move it away and run install-hook again',
    );
  }
  if (existing === script) {
    await fs.chmod(file, 0o755);
    return `articlelint pre-commit hook already installed in ${shown}`;
  }
  try {
    await fs.mkdir(hooksDir, { recursive: true });
    await fs.writeFile(file, script, { mode: 0o755 });
    await fs.chmod(file, 0o755);
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return `${existing === undefined ? 'Installed' : 'Updated'} articlelint pre-commit hook in ${shown}`;
}
