/**
 * The pre-commit framework for real (Debian's `pre-commit`): the manifest
 * validates, and `pre-commit try-repo` installs this package as a `language:
 * node` hook (npm install of the package from a git repository, the npm
 * registry reached as usual) and runs both hooks against a temporary
 * repository. This test needs git, pre-commit and the npm registry; it fails,
 * it does not skip, when one is missing.
 *
 * npm >= 10 prints lifecycle banners ("> articlelint@x prepare") on npm pack's
 * stdout, which pre-commit versions that read the tarball name from that
 * stdout (Debian's 3.0.4 among them) mistake for the file name. The package's
 * committed .npmrc keeps them off; npm runs here as a user has it (only the
 * cache points at the machine's usual one, as HOME is a temp folder).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, git, initRepo, isolatedEnv, repoRoot, requireBuiltCli, setupOnce, sh, shAsync, tempDir } from './helpers.js';

const PACKAGE_FILES = ['.npmrc', 'package.json', 'package-lock.json', 'tsconfig.json', '.pre-commit-hooks.yaml', 'README.md', 'bin', 'scripts/bundle.mjs', 'src', 'rules', 'schema'];

function requirePreCommit(): void {
  const res = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) throw new Error('pre-commit not found on PATH: install Debian\'s package "pre-commit" (apt-get install -y pre-commit)');
}

const ready = setupOnce(() => {
  requirePreCommit();
  requireBuiltCli();
});

describe('pre-commit framework', () => {
  it('accepts the hooks manifest', () => {
    ready();
    const res = sh('pre-commit', ['validate-manifest', path.join(repoRoot, '.pre-commit-hooks.yaml')], repoRoot, process.env);
    expect(res.stdout + res.stderr).toBe('');
    expect(res.status).toBe(0);
    const manifest = readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(/^- id: articlelint\n/m);
    // In entry, so a project's own args keep it.
    expect(manifest.match(/^ {2}entry: articlelint --no-error-on-unmatched-pattern$/gm)).toHaveLength(2);
    expect(manifest).toMatch(/^ {2}language: node$/m);
    expect(manifest).toMatch(/^ {2}files: \\\.\(txt\|md\)\$$/m);
  });

  it(
    'try-repo and a real config install the package; both hooks reject residue and accept the commit once it is fixed',
    async () => {
      ready();
      // The package as a git repository of its own (try-repo clones a commit).
      const pkg = tempDir('pc-package');
      const home = tempDir('pc-home');
      const env = isolatedEnv(home, {
        PRE_COMMIT_HOME: path.join(home, 'pre-commit-cache'),
        npm_config_cache: process.env.npm_config_cache ?? path.join(process.env.HOME ?? home, '.npm'),
      });
      for (const key of Object.keys(env)) if (/^npm_config_(?!cache$)/i.test(key)) delete env[key];
      for (const f of PACKAGE_FILES) if (existsSync(path.join(repoRoot, f))) cpSync(path.join(repoRoot, f), path.join(pkg, f), { recursive: true });
      initRepo(pkg, env);
      git(pkg, env, 'add', '-A');
      git(pkg, env, 'commit', '-q', '-m', 'package');

      // A project with one article with residue (a skip link) and one clean article.
      const project = tempDir('pc-project');
      initRepo(project, env);
      mkdirSync(path.join(project, 'articles'));
      const story = path.join(project, 'articles', 'story.txt');
      writeFileSync(story, 'Skip to content\n\nCity council approves new budget\n\nThe council voted on Tuesday to approve the budget for next year.\n');
      writeFileSync(path.join(project, 'articles', 'clean.md'), '# Rain expected\n\nForecasters expect rain across the region on Friday.\n');
      writeFileSync(path.join(project, 'notes.json'), '{"Skip to content": 1}\n');
      git(project, env, 'add', '-A');

      const timed = async (args: string[]) => {
        const t0 = Date.now();
        const res = await shAsync('pre-commit', args, project, env);
        console.log(`pre-commit ${args.join(' ')}: exit ${res.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return res;
      };
      const files = ['--files', 'articles/story.txt', 'articles/clean.md', 'notes.json'];

      // try-repo: a throw-away install of the package, both hooks of the manifest.
      const failed = await timed(['try-repo', pkg, ...files]);
      const out = failed.stdout + failed.stderr;
      expect(failed.status, out).toBe(1);
      expect(out).toMatch(/^articlelint\.+Failed$/m);
      expect(out).toMatch(/^articlelint \(whole corpus\)\.+Failed$/m);
      expect(out).toContain('no-skip-link');
      expect(out).toContain('Skip to content');
      expect(out).not.toContain('notes.json');

      // As a user has it: a config naming the repository and a commit, then real commits through pre-commit's git hook.
      const rev = git(pkg, env, 'rev-parse', 'HEAD').trim();
      writeFileSync(
        path.join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${pkg}\n    rev: ${rev}\n    hooks:\n      - id: articlelint\n      - id: articlelint-corpus\n        args: [articles/]\n`,
      );
      git(project, env, 'add', '.pre-commit-config.yaml');
      const onlyClean = await timed(['run', 'articlelint', '--files', 'articles/clean.md']);
      expect(onlyClean.status, onlyClean.stdout + onlyClean.stderr).toBe(0);
      expect(onlyClean.stdout).toMatch(/^articlelint\.+Passed$/m);

      const installed = await timed(['install']);
      expect(installed.status, installed.stderr).toBe(0);
      const rejected = await shAsync('git', ['commit', '-m', 'articles'], project, env);
      const screen = rejected.stdout + rejected.stderr;
      expect(rejected.status, screen).not.toBe(0);
      expect(screen).toMatch(/^articlelint\.+Failed$/m);
      expect(screen).toMatch(/^articlelint \(whole corpus\)\.+Failed$/m);
      expect(screen).toContain('no-skip-link');
      expect(sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], project, env).status).not.toBe(0);

      const fix = cli(project, env, '--fix', 'articles/story.txt');
      expect(fix.status, fix.stdout + fix.stderr).toBe(0);
      expect(readFileSync(story, 'utf8')).not.toContain('Skip to content');
      git(project, env, 'add', '-A');
      const accepted = await shAsync('git', ['commit', '-m', 'articles'], project, env);
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout + accepted.stderr).toMatch(/^articlelint\.+Passed$/m);
      expect(accepted.stdout + accepted.stderr).toMatch(/^articlelint \(whole corpus\)\.+Passed$/m);
      expect(git(project, env, 'show', 'HEAD:articles/story.txt')).not.toContain('Skip to content');

      // A commit of nothing but an ignored article passes.
      writeFileSync(path.join(project, '.articlelintignore'), 'drafts/\n');
      mkdirSync(path.join(project, 'drafts'));
      writeFileSync(path.join(project, 'drafts', 'idea.txt'), 'Skip to content\n\nA draft.\n');
      git(project, env, 'add', '-A');
      const ignoredOnly = await shAsync('git', ['commit', '-m', 'draft'], project, env);
      expect(ignoredOnly.status, ignoredOnly.stdout + ignoredOnly.stderr).toBe(0);
      expect(ignoredOnly.stdout + ignoredOnly.stderr).toMatch(/^articlelint\.+Passed$/m);
    },
    // Two hook installs (npm install of the package with its dev dependencies, tsc twice each): minutes on a loaded 2-core machine.
    1_500_000,
  );
});
