#!/usr/bin/env node
/**
 * `npm test`'s pretest: makes sure the system tools the tests drive for real
 * are there (git and Debian's pre-commit for the hooks, Chromium for the HTML
 * report, python3-distributed for the Dask example, Neovim as a real LSP
 * client of the language server). Nothing to do: silent.
 * Missing, as root with apt-get: installs the missing Debian packages. Missing
 * otherwise: one line naming the packages, and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The executable `name` on the PATH of `env`, if any. */
function onPath(name, env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The Python the Dask example runs: Debian's, where its python3-distributed lives. */
const python = (env) => (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : onPath('python3', env));

/** Each Debian package and how to tell it is there (as the tests look for it). */
export const REQUIREMENTS = [
  { pkg: 'git', present: (env) => !!onPath('git', env) },
  { pkg: 'pre-commit', present: (env) => !!onPath('pre-commit', env) },
  { pkg: 'neovim', present: (env) => !!onPath('nvim', env) },
  { pkg: 'chromium', present: (env) => (env.CHROMIUM_PATH ? existsSync(env.CHROMIUM_PATH) : !!onPath('chromium', env)) },
  {
    pkg: 'python3-distributed',
    present: (env) => {
      const py = python(env);
      return !!py && spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore', env }).status === 0;
    },
  },
];

export function missingPackages(env) {
  return REQUIREMENTS.filter((r) => !r.present(env)).map((r) => r.pkg);
}

/** What to do about the missing packages: nothing, install them, or tell the user. */
export function plan(missing, { isRoot, aptGet }) {
  if (!missing.length) return { action: 'none' };
  if (isRoot && aptGet) return { action: 'install', packages: missing };
  return { action: 'tell', packages: missing };
}

const installHint = (packages) => `apt-get install -y --no-install-recommends ${packages.join(' ')}`;

function install(aptGet, packages, env) {
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync(aptGet, args, { env: aptEnv, encoding: 'utf8' });
  const update = run(['update', '-qq']);
  const result = update.status === 0 ? run(['install', '-y', '-qq', '--no-install-recommends', ...packages]) : update;
  if (result.status !== 0) process.stderr.write(`${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join('\n')}\n`);
}

export function main(env = process.env) {
  const missing = missingPackages(env);
  const aptGet = onPath('apt-get', env);
  const step = plan(missing, { isRoot: process.getuid?.() === 0, aptGet: !!aptGet });
  if (step.action === 'none') return 0;
  if (step.action === 'install') {
    process.stderr.write(`articlelint tests: installing the Debian packages they drive: ${step.packages.join(' ')}\n`);
    install(aptGet, step.packages, env);
    const still = missingPackages(env);
    if (!still.length) return 0;
    process.stderr.write(`articlelint tests: could not install the Debian packages ${still.join(' ')}; install them (${installHint(still)}) and run npm test again\n`);
    return 1;
  }
  process.stderr.write(`articlelint tests: missing Debian packages ${step.packages.join(' ')}; install them as root (${installHint(step.packages)}) and run npm test again\n`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
