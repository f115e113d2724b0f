/** The formats through the built CLI: registered by name, written with -o, same counts as the CLI's JSON report. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, isolatedEnv, repoRoot, requireBuiltCli, setupOnce, tempDir } from './helpers.js';

const ready = setupOnce(() => requireBuiltCli());

describe('report formats from the command line', { timeout: 180_000 }, () => {
  it('writes every format for the seeds run with counts matching --format json', () => {
    ready();
    const env = isolatedEnv(tempDir('cli-home'));
    const json = cli(repoRoot, env, 'seeds', '--format', 'json');
    expect(json.status).toBeLessThanOrEqual(1);
    const report = JSON.parse(json.stdout) as { messages: { severity: number }[] }[];
    const total = report.reduce((n, r) => n + r.messages.length, 0);
    const errors = report.reduce((n, r) => n + r.messages.filter((m) => m.severity === 2).length, 0);
    expect(total).toBeGreaterThan(0);

    const out = tempDir('cli-out');
    for (const [format, file] of [
      ['html', 'report.html'],
      ['sarif', 'report.sarif'],
      ['junit', 'report.xml'],
      ['github', 'report.txt'],
    ] as const) {
      const res = cli(repoRoot, env, 'seeds', '--format', format, '-o', path.join(out, file));
      expect(res.status, `${format}: ${res.stderr}`).toBe(json.status);
      expect(res.stdout).toBe('');
    }
    // The CLI drops the article text before formatting; the HTML report reads it back from the files.
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain(`data-problems="${total}"`);
    expect(html).toContain(`data-errors="${errors}"`);
    expect(html.match(/<li class="finding /g)).toHaveLength(total);
    expect(html).toContain('<pre class="text">');
    const sarif = JSON.parse(readFileSync(path.join(out, 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(total);
    const junit = readFileSync(path.join(out, 'report.xml'), 'utf8');
    expect(junit).toContain(`failures="${total}"`);
    const github = readFileSync(path.join(out, 'report.txt'), 'utf8').split('\n').filter(Boolean);
    expect(github).toHaveLength(total);
    expect(github.filter((l) => l.startsWith('::error '))).toHaveLength(errors);
  });

  it('lists the new formats in the unknown-format message', () => {
    ready();
    const res = cli(repoRoot, isolatedEnv(tempDir('cli-home')), 'seeds', '--format', 'nope');
    expect(res.status).toBe(2);
    for (const f of ['github', 'sarif', 'junit', 'html']) expect(res.stderr).toContain(f);
  });
});
