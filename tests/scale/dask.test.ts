/**
 * examples/dask end to end: a LocalCluster (scheduler and two worker processes
 * on 127.0.0.1) maps `summarize`, merges, and maps the lint over shards; the
 * result equals a single run. Needs Debian's python3-distributed (.ci/run
 * installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { toJsonResult } from '../../src/formatters/json.js';
import { tempTree } from '../helpers/cli.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

describe('examples/dask', () => {
  it('shards on a local Dask cluster and gives the single-run result', async () => {
    const probe = spawnSync(python, ['-c', 'import distributed'], { encoding: 'utf8' });
    expect(probe.status, `python3-distributed is required (apt-get install python3-distributed): ${probe.stderr}`).toBe(0);
    const seeds = readFileSync(path.join(root, 'seeds/004_b098d514eaf49ddf.txt'), 'utf8');
    const files: Record<string, string> = { '.articlelintrc.json': '{"extends": "articlelint:all"}' };
    for (let i = 0; i < 12; i++) files[`corpus/${i}.txt`] = `Story ${i} headline\n\n${seeds.split('\n\n')[3 + i]}\n\nSubscribe to the Daily Example Gazette for more coverage\n`;
    const cwd = tempTree(files);
    const run = spawnSync(python, [path.join(root, 'examples/dask/lint_corpus.py'), 'corpus', '--shards', '3', '--scheduler', 'local'], { cwd, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr.slice(-2000)).toBeLessThanOrEqual(1);
    const distributed = JSON.parse(run.stdout);
    const single = (await lintFiles(['corpus'], { cwd })).map(toJsonResult);
    expect(distributed).toEqual(JSON.parse(JSON.stringify(single)));
    expect(distributed).toHaveLength(12);
  }, 300_000);
});
