#!/usr/bin/env node
/**
 * `npm run score:realpages`: lints ../shared/realpages-dev (crop15 and page)
 * with the built CLI and scores the residue rules with the shared scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.REALPAGES ?? '../shared/realpages-dev');
const scorer = path.resolve(root, '../shared/tools/score-residue.py');
if (!existsSync(shared) || !existsSync(scorer)) {
  console.error(`articlelint: ${shared} or ${scorer} not found`);
  process.exit(2);
}
const { rules } = await import(path.join(root, 'dist/src/api.js'));
const residue = rules.filter((r) => r.meta.category === 'residue').map((r) => r.meta.id).join(',');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'articlelint-realpages-'));
for (const set of ['crop15', 'page']) {
  const lint = spawnSync(process.execPath, [path.join(root, 'bin/articlelint.js'), path.join(shared, set), '--format', 'json', '--no-config-lookup'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const report = path.join(tmp, `${set}.json`);
  writeFileSync(report, lint.stdout);
  console.log(`## ${set}`);
  const score = spawnSync('python3', [scorer, path.join(shared, set), report, '--rules', residue, ...process.argv.slice(2)], { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.status !== 0) process.stderr.write(score.stderr);
}
