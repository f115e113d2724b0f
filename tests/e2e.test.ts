/** The built CLI, run as a user runs it, on the seed articles. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const bin = path.join(root, 'bin/articlelint.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('articlelint seeds/ (built CLI)', () => {
  it('prints a stylish report and exits 1 because the seeds contain errors', () => {
    const r = run(['seeds/']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    for (const f of readdirSync(path.join(root, 'seeds'))) expect(r.stdout).toContain(path.join(root, 'seeds', f));
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });
  it('--format json is ESLint-shaped JSON whose counts match its messages', () => {
    const r = run(['seeds/', '--format', 'json']);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { severity: number; ruleId: string | null; line: number; column: number }[]; errorCount: number; warningCount: number }[];
    expect(results).toHaveLength(5);
    for (const res of results) {
      expect(path.isAbsolute(res.filePath)).toBe(true);
      expect(res.errorCount).toBe(res.messages.filter((m) => m.severity === 2).length);
      expect(res.warningCount).toBe(res.messages.filter((m) => m.severity === 1).length);
      for (const m of res.messages) {
        expect(typeof m.ruleId).toBe('string');
        expect(m.line).toBeGreaterThan(0);
        expect(m.column).toBeGreaterThan(0);
      }
    }
  });
  it('--fix-dry-run leaves the seeds byte for byte', () => {
    const before = readdirSync(path.join(root, 'seeds')).map((f) => readFileSync(path.join(root, 'seeds', f)));
    run(['seeds/', '--fix-dry-run', '--format', 'json']);
    const after = readdirSync(path.join(root, 'seeds')).map((f) => readFileSync(path.join(root, 'seeds', f)));
    expect(after).toEqual(before);
  });
  it('reads --stdin through the real process', () => {
    const r = run(['--stdin', '--format', 'json', '--no-config-lookup'], 'Skip to content\n\nText.\n');
    expect(JSON.parse(r.stdout)[0].messages[0].ruleId).toBe('no-skip-link');
    expect(r.status).toBe(1);
  });
  it('a user mistake prints one line and no stack trace', () => {
    const r = run(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('    at ');
  });
  it('the package bin is the built CLI', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.bin.articlelint).toBe('bin/articlelint.js');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`v${pkg.version}\n`);
  });
});
