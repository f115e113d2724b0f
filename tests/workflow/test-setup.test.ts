/**
 * `npm test`'s pretest (scripts/test-setup.mjs) on a fake PATH: silent when
 * every tool is there; as root, installs exactly the missing Debian packages
 * with apt-get; otherwise one line naming them.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../scripts/test-setup.mjs';
import { repoRoot, setupOnce, tempDir } from './helpers.js';

const ready = setupOnce(() => undefined);
const script = path.join(repoRoot, 'scripts', 'test-setup.mjs');

/** A folder of fake executables; `apt-get` logs its arguments and, on install, creates the packages' commands (Debian's neovim gives nvim). */
function fakeBin(tools: string[], aptWorks = true): { bin: string; log: string } {
  const bin = tempDir('setup-bin');
  chmodSync(bin, 0o755);
  const log = path.join(bin, 'apt.log');
  for (const tool of tools) {
    writeFileSync(path.join(bin, tool), '#!/bin/sh\nexit 0\n');
    chmodSync(path.join(bin, tool), 0o755);
  }
  const create = `for a in "$@"; do case $a in -*|install|update) ;; *) c=$a; [ "$a" = neovim ] && c=nvim; printf '#!/bin/sh\\nexit 0\\n' > "${bin}/$c"; /bin/chmod 755 "${bin}/$c";; esac; done`;
  writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$@" >> "${log}"\n${aptWorks ? `[ "$1" = install ] && { ${create}; }\nexit 0` : 'echo "E: Unable to locate package" >&2\nexit 100'}\n`);
  chmodSync(path.join(bin, 'apt-get'), 0o755);
  return { bin, log };
}

function run(bin: string, options: { uid?: number; scriptPath?: string } = {}) {
  const env = { PATH: bin, HOME: bin };
  return spawnSync(process.execPath, [options.scriptPath ?? script], { env, encoding: 'utf8', uid: options.uid, gid: options.uid });
}

const aptLog = (log: string) => {
  try {
    return readFileSync(log, 'utf8');
  } catch {
    return '';
  }
};

describe('npm test set-up (scripts/test-setup.mjs)', () => {
  it('decides: nothing missing → nothing; root with apt-get → install; otherwise → tell', () => {
    expect(plan([], { isRoot: false, aptGet: false })).toEqual({ action: 'none' });
    expect(plan(['chromium'], { isRoot: true, aptGet: true })).toEqual({ action: 'install', packages: ['chromium'] });
    expect(plan(['chromium'], { isRoot: true, aptGet: false })).toEqual({ action: 'tell', packages: ['chromium'] });
    expect(plan(['pre-commit'], { isRoot: false, aptGet: true })).toEqual({ action: 'tell', packages: ['pre-commit'] });
  });

  it('is silent and installs nothing when every tool is there', () => {
    ready();
    const { bin, log } = fakeBin(['git', 'pre-commit', 'nvim', 'chromium']);
    const res = run(bin);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(aptLog(log)).toBe('');
  });

  it('as root, installs exactly the missing packages with apt-get', () => {
    ready();
    expect(process.getuid?.(), 'this case runs as root (as CI does)').toBe(0);
    const { bin, log } = fakeBin(['git']);
    const res = run(bin);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toBe('articlelint tests: installing the Debian packages they drive: pre-commit neovim chromium\n');
    expect(aptLog(log)).toBe('update -qq\ninstall -y -qq --no-install-recommends pre-commit neovim chromium\n');
  });

  it('says which packages could not be installed, in one line, and fails', () => {
    ready();
    const { bin } = fakeBin(['git', 'nvim', 'chromium'], false);
    const res = run(bin);
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('articlelint tests: could not install the Debian packages pre-commit; install them (apt-get install -y --no-install-recommends pre-commit) and run npm test again');
  });

  it('not root: one line naming the packages, nothing installed', () => {
    ready();
    const { bin, log } = fakeBin(['git']);
    // A copy nobody can read, wherever the checkout is.
    const dir = tempDir('setup-script');
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'scripts'));
    copyFileSync(script, path.join(dir, 'scripts', 'test-setup.mjs'));
    chmodSync(path.join(dir, 'scripts'), 0o755);
    const res = run(bin, { uid: 65534, scriptPath: path.join(dir, 'scripts', 'test-setup.mjs') });
    expect(res.status, res.stderr).toBe(1);
    expect(res.stderr).toBe('articlelint tests: missing Debian packages pre-commit neovim chromium; install them as root (apt-get install -y --no-install-recommends pre-commit neovim chromium) and run npm test again\n');
    expect(aptLog(log)).toBe('');
  });
});
