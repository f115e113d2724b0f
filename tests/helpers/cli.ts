/** Runs the CLI in-process with captured output, and temp folders for tests. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], options: { cwd: string; stdin?: string; isTTY?: boolean; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? '',
    stdinStream: () => Readable.from([options.stdin ?? '']),
    stdoutStream: () =>
      new Writable({
        write(chunk, _encoding, done) {
          stdout += chunk.toString();
          done();
        },
      }),
    stderrIsTTY: false,
    cwd: options.cwd,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

const created: string[] = [];
// Temp folders of a test file are removed when the file's tests are done.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder filled with `files` (path → content); returns its path. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'articlelint-test-'));
  created.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export const SKIP_LINK_ARTICLE = 'Skip to content\n\nTalks resume in Cairo\n\nThe delegation arrived on Sunday.\n';
export const REPEAT_ARTICLE = 'Talks resume\n\nThe the delegation arrived on Sunday.\n';
/** A config enabling exactly two stable rules, so tests do not depend on the rest of the rule set. */
export const TWO_RULES = JSON.stringify({ rules: { 'no-skip-link': 'error', 'repeated-words': 'warn' } });
