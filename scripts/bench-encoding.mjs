// Throughput of the encoding rules alone on a large synthetic corpus (seed
// articles repeated, plus lines with damage, entities and invisibles).
// Usage: npx tsc -p . && node scripts/bench-encoding.mjs [MB]
import { readdirSync, readFileSync } from 'node:fs';
import { Document } from '../dist/src/engine/document.js';
import { runRules } from '../dist/src/engine/runner.js';
import { rules } from '../dist/src/api.js';

const mb = Number(process.argv[2] ?? 20);
const seeds = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8'));
// "clean": the seed articles with their damage repaired (typical news text:
// curly quotes, Arabic, single no-break spaces); "damaged": the seeds as they
// are plus lines holding every kind of damage, in each document.
const cleanArticle = seeds.join('\n\n').replace('β€œ', '“').replace(/\u00a0\n/g, '\n') + '\n';
const extra = [
  'Iâ€™m sure the Ã©tÃ© will be hot â€” said MÃ¼ller.',
  'Ελλάδα, Москва, São Paulo, naïve café, 東京 — clean text “quoted”.',
  'Tom &amp; Jerry&#8217;s show\u00a0\u00a0today.\u00a0',
  'Break\u200bing\u00adnews with  double spaces\t and tabs.',
];
const damagedArticle = seeds.join('\n\n') + '\n\n' + extra.join('\n\n') + '\n';
const selected = rules.filter((r) => r.meta.category === 'encoding');
for (const [label, article] of [['clean', cleanArticle], ['damaged', damagedArticle]]) {
const docs = [];
let size = 0;
while (size < mb * 1024 * 1024) {
  docs.push(article);
  size += Buffer.byteLength(article);
}
const results = [];
for (const rule of [...selected, null]) {
  const active = (rule ? [rule] : selected).map((r) => ({ rule: r, severity: 2, options: { ...(r.meta.defaultOptions ?? {}) } }));
  const t0 = performance.now();
  let messages = 0;
  for (const text of docs) messages += runRules(new Document(text, 'a.txt'), active).length;
  const s = (performance.now() - t0) / 1000;
  results.push([rule ? rule.meta.id : 'all encoding rules', (size / 1048576 / s).toFixed(1), messages]);
}
console.log(`${label} corpus: ${(size / 1048576).toFixed(1)} MB in ${docs.length} documents (Document construction included)`);
for (const [id, rate, n] of results) console.log(`  ${id.padEnd(26)} ${rate.padStart(8)} MB/s   ${n} messages`);
}
