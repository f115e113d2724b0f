// Lints the seeds with the encoding rules only and prints their messages and
// the diff their safe fixes make. Usage: npx tsc -p . && node scripts/encoding-seeds.mjs [dir]
import { lintFiles, rules } from '../dist/src/api.js';

const ENCODING = rules.filter((r) => r.meta.category === 'encoding').map((r) => r.meta.id);
const only = Object.fromEntries(rules.map((r) => [r.meta.id, ENCODING.includes(r.meta.id) ? 'error' : 'off']));
const dir = process.argv[2] ?? 'seeds/';
const plain = await lintFiles([dir], { configLookup: false, rules: only });
const fixed = await lintFiles([dir], { configLookup: false, rules: only, fix: true });
for (const [i, r] of plain.entries()) {
  const name = r.filePath.split('/').pop();
  for (const m of r.messages) console.log(`${name} ${m.line}:${m.column} ${m.ruleId} ${m.message}${m.fix ? ' [fix]' : ''}${m.suggestions ? ' [suggestion]' : ''}`);
  const out = fixed[i].output;
  if (out === undefined) continue;
  const a = r.source.split('\n');
  const b = out.split('\n');
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k] !== b[k]) console.log(`  ${name} line ${k + 1} changed:\n    - ${JSON.stringify(a[k])?.slice(0, 160)}\n    + ${JSON.stringify(b[k])?.slice(0, 160)}`);
  }
}
