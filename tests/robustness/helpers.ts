/** Shared helpers for the robustness suite: the built CLI, temp trees, report checks. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const BIN = path.join(ROOT, 'bin/articlelint.js');
export const DIST_MAIN = path.join(ROOT, 'dist/src/cli/main.js');

/** Two stable rules, so tests do not depend on the rest of the (growing) rule set. */
export const TWO_RULES_CONFIG = JSON.stringify({ rules: { 'no-skip-link': 'error', 'repeated-words': 'error' } });
export const RESIDUE = 'Skip to content';

/**
 * The built CLI as a child process (`npx tsc -p .` must have run; `npm test` does);
 * `bin` runs another copy of it. Unreadable-file cases use `unreadableRunOptions`.
 */
export function runBuilt(
  args: string[],
  options: { cwd: string; input?: string; withoutFileCapabilities?: boolean; timeout?: number; bin?: string },
): SpawnSyncReturns<string> {
  if (!existsSync(DIST_MAIN)) throw new Error(`${DIST_MAIN} is missing: run "npx tsc -p ." first`);
  const command = [process.execPath, options.bin ?? BIN, ...args];
  // setpriv (util-linux) drops the capabilities that let root ignore permission bits. The
  // child stays the same user, so it reaches this checkout wherever it is (unlike another
  // user, who cannot enter a private home folder or a mktemp -d folder).
  if (options.withoutFileCapabilities) command.unshift('setpriv', '--bounding-set=-dac_override,-dac_read_search', '--');
  return spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
  });
}

export function spawnBuilt(args: string[], cwd: string) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, NO_COLOR: '1' } });
}

/** A fresh temp folder (world-readable, so an unprivileged child can enter it). */
export function tempDir(prefix = 'articlelint-robust-'): string {
  const dir = path.join(os.tmpdir(), `${prefix}${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Whether this process can be denied a read by permission bits (false for root). */
export function permissionBitsApply(dir: string): boolean {
  const probe = path.join(dir, '.probe-permissions');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    rmSync(probe, { force: true });
  }
}

export const isRoot = process.getuid?.() === 0;

/**
 * How to run the CLI so that permission bits stop it in `dir`: as it is where they
 * apply, else (root) without the capabilities that override them; undefined if neither.
 */
export function unreadableRunOptions(dir: string): { withoutFileCapabilities?: boolean } | undefined {
  return permissionBitsApply(dir) ? {} : isRoot ? { withoutFileCapabilities: true } : undefined;
}

/** stderr holds exactly `count` lines, each naming `articlelint:`, none a stack frame. */
export function expectOneLineErrors(stderr: string, count = 1): string[] {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  expect(lines, stderr).toHaveLength(count);
  for (const l of lines) expect(l).toMatch(/^articlelint: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('internal error');
  return lines;
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line?: number; column?: number; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
  output?: string;
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

export function resultFor(results: JsonResult[], file: string): JsonResult {
  const r = results.find((x) => x.filePath === file || x.filePath.endsWith(`${path.sep}${file}`));
  if (!r) throw new Error(`no result for ${file} in ${results.map((x) => x.filePath).join(', ')}`);
  return r;
}

export function ruleIds(r: JsonResult): (string | null)[] {
  return r.messages.map((m) => m.ruleId);
}

/** Temp files the atomic writer may leave; a normal exit must leave none. */
export function strayTempFiles(files: string[]): string[] {
  return files.filter((f) => /\.articlelint-\d+-[0-9a-f]+\.tmp$/.test(f));
}
