/** Real git repositories in temp folders, and the built CLI of this checkout. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliBin = path.join(repoRoot, 'bin', 'articlelint.js');

/** The tests drive the compiled CLI (`npm test` builds it first). */
export function requireBuiltCli(): void {
  const hook = path.join(repoRoot, 'dist', 'src', 'cli', 'hook.js');
  if (!existsSync(path.join(repoRoot, 'dist', 'src', 'cli', 'main.js')) || !existsSync(hook) || !readFileSync(hook, 'utf8').includes('articlelint-managed-hook')) {
    throw new Error(`the CLI is not built (or is stale): run "npx tsc -p ." in ${repoRoot} first (npm test does)`);
  }
}

const created: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `articlelint-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Removes the folders made by tempDir (set ARTICLELINT_KEEP_TMP=1 to keep them for a look). */
export function removeTempDirs(): void {
  if (process.env.ARTICLELINT_KEEP_TMP) return;
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** An environment that keeps the user's and the machine's git configuration (hooksPath, signing, templates) out. */
export function isolatedEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', ...extra };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  delete env.FORCE_COLOR;
  return env;
}

export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 120_000): SpawnSyncReturns<string> {
  const res = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  if (res.error) throw res.error;
  return res;
}

/** Runs git and fails loudly when it fails. */
export function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  const res = sh('git', args, cwd, env);
  if (res.status !== 0) throw new Error(`git ${args.join(' ')} failed (${res.status}): ${res.stderr}`);
  return res.stdout;
}

export function initRepo(dir: string, env: NodeJS.ProcessEnv): void {
  git(dir, env, 'init', '-q', '-b', 'main');
  git(dir, env, 'config', 'user.name', 'Article Lint Test');
  git(dir, env, 'config', 'user.email', 'test@articlelint.invalid');
  git(dir, env, 'config', 'commit.gpgsign', 'false');
}

export function cli(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): SpawnSyncReturns<string> {
  return sh(process.execPath, [cliBin, ...args], cwd, env);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Like `sh`, without blocking the test worker (for commands that take minutes). */
export function shAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 540_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeout} ms\n${stdout}\n${stderr}`));
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Runs `setup` once before the file's tests and removes temp folders after.
 * A setup failure fails every test that calls the returned `ready()`, with the
 * reason — never a silent skip.
 */
export function setupOnce(setup: () => void | Promise<void>, timeout?: number): () => void {
  let setupError: unknown;
  beforeAll(async () => {
    try {
      await setup();
    } catch (error) {
      setupError = error;
    }
  }, timeout);
  afterAll(() => removeTempDirs());
  return () => {
    if (setupError) throw setupError;
  };
}
