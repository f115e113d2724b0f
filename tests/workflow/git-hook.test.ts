/**
 * `articlelint install-hook` with real git: the hook rejects a commit of an
 * article with residue and shows the report; after `articlelint --fix` the
 * commit goes through. Needs the built CLI (npm test builds it).
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { cli, cliBin, git, initRepo, isolatedEnv, repoRoot, requireBuiltCli, setupOnce, sh, tempDir } from './helpers.js';

interface Pick {
  seed: string;
  /** Rules whose errors --fix cannot repair in this seed: the test project accepts them as warnings. */
  demote: string[];
  errorRules: string[];
}

/** A seed with residue that --fix repairs: one with a skip link if there is one. */
async function pickSeed(): Promise<Pick> {
  const before = await lintFiles(['seeds'], { cwd: repoRoot, configLookup: false });
  const after = await lintFiles(['seeds'], { cwd: repoRoot, configLookup: false, fix: true });
  const candidates = before
    .map((r, i) => ({ r, fixed: after[i]! }))
    .filter(({ r }) => r.messages.some((m) => m.severity === 2 && m.fix))
    .sort((a, b) => Number(b.r.messages.some((m) => m.ruleId === 'no-skip-link')) - Number(a.r.messages.some((m) => m.ruleId === 'no-skip-link')));
  expect(candidates.length, 'no seed has an error that --fix repairs').toBeGreaterThan(0);
  const { r, fixed } = candidates[0]!;
  const demote = [...new Set(fixed.messages.filter((m) => m.severity === 2).map((m) => m.ruleId!))];
  const errorRules = [...new Set(r.messages.filter((m) => m.severity === 2 && m.ruleId && !demote.includes(m.ruleId)).map((m) => m.ruleId!))];
  expect(errorRules.length).toBeGreaterThan(0);
  return { seed: r.filePath, demote, errorRules };
}

let pick: Pick;

const ready = setupOnce(async () => {
  requireBuiltCli();
  pick = await pickSeed();
}, 180_000);

/** A project with articlelint's config and an article with residue staged. */
function project(name: string) {
  const dir = tempDir(name);
  const home = tempDir(`${name}-home`);
  const env = isolatedEnv(home, { GIT_CEILING_DIRECTORIES: path.dirname(dir) });
  initRepo(dir, env);
  const config = { extends: 'articlelint:recommended', rules: Object.fromEntries(pick.demote.map((id) => [id, 'warn'])) };
  writeFileSync(path.join(dir, '.articlelintrc.json'), `${JSON.stringify(config, null, 2)}\n`);
  mkdirSync(path.join(dir, 'articles'));
  copyFileSync(pick.seed, path.join(dir, 'articles', 'story.txt'));
  return { dir, env, home };
}

/** A wrapper CLI that records its arguments, then runs this checkout's articlelint. */
function recordingBin(home: string, log: string): string {
  const bin = path.join(home, 'articlelint-recording.sh');
  writeFileSync(bin, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\nexec '${process.execPath}' '${cliBin}' "$@"\n`);
  chmodSync(bin, 0o755);
  return bin;
}

describe('install-hook with real git', { timeout: 180_000 }, () => {
  it('rejects a commit of an article with residue, showing the report; after --fix the commit goes through', () => {
    ready();
    const { dir, env, home } = project('hook');
    const install = cli(dir, env, 'install-hook');
    expect(install.stderr).toBe('');
    expect(install.status).toBe(0);
    expect(install.stdout).toMatch(/^Installed articlelint pre-commit hook in \.git[/\\]hooks[/\\]pre-commit\n$/);
    const hookFile = path.join(dir, '.git', 'hooks', 'pre-commit');
    expect(statSync(hookFile).mode & 0o111).not.toBe(0);
    expect(readFileSync(hookFile, 'utf8')).toMatch(/^#!\/bin\/sh\n# articlelint-managed-hook/);

    // Only staged .txt/.md files are linted: an unstaged draft with residue and a staged JSON file are not.
    writeFileSync(path.join(dir, 'draft.txt'), 'Skip to content\n\nNot staged.\n');
    writeFileSync(path.join(dir, 'notes.json'), '{"Skip to content": true}\n');
    git(dir, env, 'add', '.articlelintrc.json', 'articles/story.txt', 'notes.json');
    const log = path.join(home, 'args.log');
    const hookEnv = { ...env, ARTICLELINT_BIN: recordingBin(home, log) };

    const rejected = sh('git', ['commit', '-m', 'add story'], dir, hookEnv);
    const screen = rejected.stdout + rejected.stderr;
    expect(rejected.status, screen).not.toBe(0);
    expect(screen).toContain('articles/story.txt');
    for (const rule of pick.errorRules) expect(screen).toContain(rule);
    expect(screen).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(screen).toContain('articlelint: commit rejected');
    expect(sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], dir, env).status).not.toBe(0);
    const args = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(args).toContain('articles/story.txt');
    expect(args).not.toContain('draft.txt');
    expect(args).not.toContain('notes.json');

    const fixed = cli(dir, env, '--fix', 'articles/story.txt');
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'articles', 'story.txt'), 'utf8');
    expect(text).not.toBe(readFileSync(pick.seed, 'utf8'));
    git(dir, env, 'add', 'articles/story.txt');
    const accepted = sh('git', ['commit', '-m', 'add story'], dir, hookEnv);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(git(dir, env, 'log', '--format=%s')).toBe('add story\n');
    expect(git(dir, env, 'show', 'HEAD:articles/story.txt')).toBe(text);
  });

  it('lints the staged content, not the working copy, and reports articlelint\'s own exit code', () => {
    ready();
    const { dir, env } = project('hook-staged');
    expect(cli(dir, env, 'install-hook').status).toBe(0);
    const story = path.join(dir, 'articles', 'story.txt');
    const residue = readFileSync(story, 'utf8');
    const clean = 'The river rose two metres overnight and the old bridge was closed.\n\nEngineers said it would reopen once the water fell.\n';
    const hookEnv = { ...env, ARTICLELINT_BIN: `${process.execPath} ${cliBin}` };

    // Residue staged, clean text in the working tree: rejected.
    git(dir, env, 'add', '.articlelintrc.json', 'articles/story.txt');
    writeFileSync(story, clean);
    const rejected = sh('git', ['commit', '-m', 'residue staged'], dir, hookEnv);
    const screen = rejected.stdout + rejected.stderr;
    expect(rejected.status, screen).not.toBe(0);
    expect(screen).toContain('articles/story.txt');
    expect(screen).toContain(pick.errorRules[0]);
    expect(screen).toContain('articlelint: commit rejected (articlelint exit 1)');
    expect(screen).not.toContain('123');
    expect(sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], dir, env).status).not.toBe(0);

    // The reverse: clean text staged, residue in the working tree: the commit goes through with the clean text.
    git(dir, env, 'add', 'articles/story.txt');
    writeFileSync(story, residue);
    const accepted = sh('git', ['commit', '-m', 'clean staged'], dir, hookEnv);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(git(dir, env, 'show', 'HEAD:articles/story.txt')).toBe(clean);
    expect(readFileSync(story, 'utf8')).toBe(residue);
  });

  it('uses the working tree\'s config and ignore files, and paths in ARTICLELINT_HOOK_ARGS', () => {
    ready();
    const { dir, env } = project('hook-config');
    expect(cli(dir, env, 'install-hook').status).toBe(0);
    const hookEnv = { ...env, ARTICLELINT_BIN: `${process.execPath} ${cliBin}` };
    // A path in ARTICLELINT_HOOK_ARGS resolves from the repository root.
    mkdirSync(path.join(dir, 'ci'));
    writeFileSync(path.join(dir, 'ci', 'relaxed.json'), '{"rules": {}}\n');
    const argsEnv = { ...hookEnv, ARTICLELINT_HOOK_ARGS: '-c ci/relaxed.json --no-config-lookup' };
    git(dir, env, 'add', 'articles/story.txt');
    const relaxed = sh('git', ['commit', '-m', 'no rules'], dir, argsEnv);
    expect(relaxed.status, relaxed.stdout + relaxed.stderr).toBe(0);
    writeFileSync(path.join(dir, 'articles', 'story.txt'), readFileSync(pick.seed, 'utf8') + '\nSkip to content\n');
    writeFileSync(path.join(dir, '.articlelintignore'), 'articles/\n');
    git(dir, env, 'add', '.articlelintrc.json', 'articles/story.txt');
    const ignored = sh('git', ['commit', '-m', 'ignored story'], dir, hookEnv);
    expect(ignored.status, ignored.stdout + ignored.stderr).toBe(0);
  });

  it('finds articlelint on PATH when ARTICLELINT_BIN is not set, and lets a clean commit through', () => {
    ready();
    const { dir, env, home } = project('hook-path');
    expect(cli(dir, env, 'install-hook').status).toBe(0);
    const shims = path.join(home, 'bin');
    mkdirSync(shims);
    const log = path.join(home, 'path-args.log');
    copyFileSync(recordingBin(home, log), path.join(shims, 'articlelint'));
    chmodSync(path.join(shims, 'articlelint'), 0o755);
    const pathEnv = { ...env, PATH: `${shims}${path.delimiter}${env.PATH}` };
    delete pathEnv.ARTICLELINT_BIN;
    git(dir, env, 'add', '.');
    const rejected = sh('git', ['commit', '-m', 'story'], dir, pathEnv);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout + rejected.stderr).toContain(pick.errorRules[0]); // git sends hook output to stderr
    expect(readFileSync(log, 'utf8')).toContain('articles/story.txt');
    // A commit without articles does not run articlelint at all.
    git(dir, env, 'rm', '-q', '--cached', 'articles/story.txt');
    writeFileSync(log, '');
    const plain = sh('git', ['commit', '-m', 'config only'], dir, pathEnv);
    expect(plain.status, plain.stdout + plain.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('is idempotent, respects core.hooksPath, and refuses to overwrite a foreign hook', () => {
    ready();
    const { dir, env } = project('hook-path-config');
    git(dir, env, 'config', 'core.hooksPath', '.githooks');
    const first = cli(dir, env, 'install-hook');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(path.join('.githooks', 'pre-commit'));
    const hookFile = path.join(dir, '.githooks', 'pre-commit');
    const content = readFileSync(hookFile, 'utf8');
    expect(existsSync(path.join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    const again = cli(dir, env, 'install-hook');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/already installed/);
    expect(readFileSync(hookFile, 'utf8')).toBe(content);
    git(dir, env, 'add', 'articles/story.txt');
    const rejected = sh('git', ['commit', '-m', 'story'], dir, { ...env, ARTICLELINT_BIN: `${process.execPath} ${cliBin}` });
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout + rejected.stderr).toContain(pick.errorRules[0]); // git sends hook output to stderr

    const foreign = '#!/bin/sh\necho "my own hook"\n';
    writeFileSync(hookFile, foreign);
    const refused = cli(dir, env, 'install-hook');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^articlelint: .*pre-commit already exists and was not written by articlelint; not overwritten/);
    expect(readFileSync(hookFile, 'utf8')).toBe(foreign);
  });

  it('says so when the folder is not a git repository', () => {
    ready();
    const dir = tempDir('no-repo');
    const env = isolatedEnv(tempDir('no-repo-home'), { GIT_CEILING_DIRECTORIES: path.dirname(dir) });
    const res = cli(dir, env, 'install-hook');
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/^articlelint: .* is not inside a git repository/);
    expect(res.stdout).toBe('');
  });
});
