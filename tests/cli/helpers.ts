/** The built CLI in child processes, on small projects in temp folders. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cliBin, isolatedEnv, tempDir } from '../workflow/helpers.js';

export const SKIP_LINK = 'Skip to content\n\nTalks resume in Cairo\n\nThe delegation arrived on Sunday.\n';
export const REPEAT = 'Talks resume\n\nThe the delegation arrived on Sunday.\n';
export const TWO_RULES = { rules: { 'no-skip-link': 'error', 'repeated-words': 'warn' } };

/** A project folder: the two-rule config plus `files`. */
export function project(files: Record<string, string> = {}): string {
  const dir = tempDir('conventions');
  const all = { '.articlelintrc.json': JSON.stringify(TWO_RULES), 'err.txt': SKIP_LINK, 'warn.txt': REPEAT, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The built CLI in a child process (asynchronous, so the test worker stays responsive on a busy machine). */
export function run(cwd: string, args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], { cwd, env: isolatedEnv(tempDir('home')), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

export type JsonResult = { filePath: string; messages: { ruleId: string | null; severity: number; message: string }[]; warningCount: number; output?: string };
export const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

/** One line on stderr, no stack frame. */
export function expectOneLine(stderr: string) {
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}
