// Throughput of no-mojibake (and of all encoding rules) on clean and on damaged text.
// news: the seed articles with their damage repaired; clean: the same plus the must-not-change
// prose of tests/fixtures/encoding (many languages and scripts, Thai and Arabic included);
// damaged: the fixtures' damaged inputs between lines of clean prose. Documents are built before the clock starts, so the figure is
// the rules' own cost; it is CPU time of this process (user + system), which a machine shared
// with other jobs does not inflate as it does wall time. `npm run bench` can call
// benchEncoding(); run alone:
//   npx tsc -p . && node scripts/bench-encoding.mjs [MB]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));

function corpora() {
  const seeds = readdirSync(path.join(root, 'seeds')).sort().map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'));
  const cases = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/encoding/cases.json'), 'utf8'));
  const prose = cases.filter((c) => c.kind === 'negative:prose').map((c) => c.input);
  const damagedLines = cases.filter((c) => !c.kind.startsWith('negative') && c.input !== c.expected).map((c) => c.input);
  const news = seeds.join('\n\n').replace('β€œ', '“');
  const clean = `${news}\n\n${prose.join('\n\n')}\n`;
  const damaged = `${damagedLines.map((l, i) => `${l}\n\n${prose[i % prose.length]}`).join('\n\n')}\n`;
  return { news: `${news}\n`, clean, damaged };
}

/**
 * MB/s of no-mojibake alone and of all encoding rules, on `mb` MB of clean and of damaged text.
 * Returns rows { corpus, rules, mb, seconds, mbPerSecond, messages }.
 */
export async function benchEncoding({ mb = 20 } = {}) {
  const { Document } = await dist('src/engine/document.js');
  const { runRules } = await dist('src/engine/runner.js');
  const { rules } = await dist('src/api.js');
  const encoding = rules.filter((r) => r.meta.category === 'encoding');
  const noMojibake = encoding.filter((r) => r.meta.id === 'no-mojibake');
  const rows = [];
  for (const [name, article] of Object.entries(corpora())) {
    const copies = Math.max(1, Math.ceil((mb * 1048576) / Buffer.byteLength(article)));
    const size = (copies * Buffer.byteLength(article)) / 1048576;
    for (const [label, selected] of [['no-mojibake', noMojibake], ['all encoding rules', encoding]]) {
      const active = selected.map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));
      // Each copy is a new document: no memo is shared between copies.
      const docs = Array.from({ length: copies }, (_, i) => new Document(article, `bench-${i}.txt`));
      const c0 = process.cpuUsage();
      let messages = 0;
      for (const doc of docs) messages += runRules(doc, active).length;
      const cpu = process.cpuUsage(c0);
      const seconds = (cpu.user + cpu.system) / 1e6;
      rows.push({ corpus: name, rules: label, mb: Number(size.toFixed(1)), seconds: Number(seconds.toFixed(2)), mbPerSecond: Number((size / seconds).toFixed(1)), messages });
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const mb = Number(process.argv[2] ?? 20);
  for (const r of await benchEncoding({ mb })) {
    console.log(`${r.corpus.padEnd(8)} ${r.rules.padEnd(20)} ${String(r.mb).padStart(6)} MB ${String(r.mbPerSecond).padStart(8)} MB/s (CPU)  ${r.messages} messages`);
  }
}
