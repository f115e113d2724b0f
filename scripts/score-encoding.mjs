// Scores the encoding rules on tests/fixtures/encoding/cases.json: repair
// rate per kind of damage and false changes on the negative controls, next
// to ftfy's figures from scripts/compare-ftfy.py when its results exist.
// Usage: npx tsc -p . && node scripts/score-encoding.mjs [--markdown] [--classes] [--failures]
//        [--pages DIR...]  also: lines that no-mojibake would change in real .txt pages (all must-not-change)
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fixText, rules } from '../dist/src/api.js';

const root = new URL('../tests/fixtures/encoding/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', root), 'utf8'));
const ftfyFile = new URL('ftfy-results.json', root);
const ftfy = existsSync(ftfyFile) ? JSON.parse(readFileSync(ftfyFile, 'utf8')) : undefined;

const ENCODING = rules.filter((r) => r.meta.category === 'encoding').map((r) => r.meta.id);
const config = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, ENCODING.includes(r.meta.id) ? 'error' : 'off'])) };

const groups = new Map();
const failures = [];
for (const [i, c] of cases.entries()) {
  const { output } = await fixText(c.input, { config, configLookup: false });
  const group = process.argv.includes('--classes') && !c.kind.startsWith('negative') ? c.kind.split(':')[0] : c.kind;
  const g = groups.get(group) ?? { n: 0, ours: 0, ftfy: 0 };
  g.n++;
  const good = output === c.expected;
  if (good) g.ours++;
  else failures.push({ kind: c.kind, input: c.input, expected: c.expected, got: output });
  if (ftfy && ftfy[i] !== undefined && ftfy[i] === c.expected) g.ftfy++;
  groups.set(group, g);
}

const md = process.argv.includes('--markdown');
const isNegative = (kind) => kind.startsWith('negative');
const rows = [...groups.entries()].sort(([a], [b]) => isNegative(a) - isNegative(b) || a.localeCompare(b));
const line = (cells) => (md ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i ? 14 : 30)).join(''));
console.log(line(['kind', 'cases', 'articlelint', ftfy ? 'ftfy 6' : 'ftfy (not run)']));
if (md) console.log('|---|---:|---:|---:|');
let damaged = 0, oursRepaired = 0, ftfyRepaired = 0;
for (const [kind, g] of rows) {
  const neg = isNegative(kind);
  const label = neg ? `${kind} (unchanged)` : kind;
  console.log(line([label, g.n, `${g.ours}/${g.n}`, ftfy ? `${g.ftfy}/${g.n}` : '-']));
  if (!neg) {
    damaged += g.n;
    oursRepaired += g.ours;
    ftfyRepaired += g.ftfy;
  }
}
const neg = { n: 0, ours: 0, ftfy: 0 };
for (const [kind, g] of groups) if (isNegative(kind)) for (const k of ['n', 'ours', 'ftfy']) neg[k] += g[k];
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log('');
console.log(`repair rate: articlelint ${oursRepaired}/${damaged} (${pct(oursRepaired, damaged)})${ftfy ? `, ftfy ${ftfyRepaired}/${damaged} (${pct(ftfyRepaired, damaged)})` : ''}`);
console.log(`false changes on ${neg.n} negative controls: articlelint ${neg.n - neg.ours} (${pct(neg.n - neg.ours, neg.n)})${ftfy ? `, ftfy ${neg.n - neg.ftfy} (${pct(neg.n - neg.ftfy, neg.n)})` : ''}`);
if (process.argv.includes('--failures')) for (const f of failures) console.log(JSON.stringify(f));

// Real pages: every line is legitimate text unless it is mojibake; report each repair for review.
const pagesAt = process.argv.indexOf('--pages');
if (pagesAt > 0) {
  const { findMojibake } = await import('../dist/rules/lib/encoding/mojibake.js');
  for (const dir of process.argv.slice(pagesAt + 1).filter((a) => !a.startsWith('--'))) {
    let lines = 0;
    const changed = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const l of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        lines++;
        for (const r of findMojibake(l)) changed.push(`${f}: ${JSON.stringify(r.original)} -> ${JSON.stringify(r.repaired)} (${r.safe ? 'fix' : 'suggestion'})`);
      }
    }
    console.log(`${dir}: ${lines} lines, ${changed.length} repairs`);
    for (const c of changed) console.log(`  ${c}`);
  }
}
