/** Item 5 of issue 15: a reader that leaves early (`| head -1`, `| head -c 64`) ends the run quietly, in every format and with --jsonl. */
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliBin, isolatedEnv, requireBuiltCli, setupOnce, tempDir } from '../workflow/helpers.js';

let cwd = '';
let env: NodeJS.ProcessEnv = {};
const ready = setupOnce(() => {
  requireBuiltCli();
  cwd = tempDir('pipe');
  env = isolatedEnv(tempDir('pipe-home'));
  // Warnings only: a run that ends normally exits 0, a crash exits 1.
  writeFileSync(path.join(cwd, '.articlelintrc.json'), JSON.stringify({ rules: { 'repeated-words': 'warn' } }));
  const lines = Array.from({ length: 1500 }, (_, i) => `The the delegation arrived in the capital on day ${i + 1}.`);
  writeFileSync(path.join(cwd, 'long.txt'), `${lines.join('\n\n')}\n`);
  writeFileSync(path.join(cwd, 'records.jsonl'), lines.map((text) => JSON.stringify({ text })).join('\n') + '\n');
});

/** `articlelint … | head -c 64` in bash (a reader that stops within the first line): the CLI's stderr and exit status, and what head printed. */
function runAndLeave(args: string[]): Promise<{ status: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', '"$@" | head -c 64; exit "${PIPESTATUS[0]}"', 'pipe', process.execPath, cliBin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => (first += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, first }));
  });
}

describe('a closed pipe', { timeout: 120_000 }, () => {
  for (const format of ['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'html']) {
    it(`ends a -f ${format} run quietly`, async () => {
      ready();
      // The report must be larger than a pipe's buffer, or the reader never misses anything.
      const report = path.join(cwd, `report.${format}`);
      const whole = cli(cwd, env, 'long.txt', '-f', format, '-o', report);
      expect(statSync(report).size).toBeGreaterThan(100_000);
      const run = await runAndLeave(['long.txt', '-f', format]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(whole.status);
    });
  }
  it('ends a --jsonl run quietly', async () => {
    ready();
    const run = await runAndLeave(['--jsonl', 'records.jsonl']);
    expect(run.first).toMatch(/^\{"filePath":"records\.jsonl:1"/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
