#!/usr/bin/env node
/**
 * Per-rule cost on the bench corpus: `node bench/rules.mjs [articles]` (after `npm run build`).
 * In-process: rules alone, no file reading, corpus pass or report (`npm run bench` measures the CLI).
 *
 * The combined figure (last lines) is measured FIRST, on a clean heap: one fresh
 * document at a time, as the engine lints, against a bare parse of the same
 * texts. (Measured after the per-rule table, with its 400 parsed documents still
 * alive, the bare parse runs 2–3× slower and the ratio looks far better than it is.)
 * Set BENCH_ROOT to measure another build (a folder with `dist/`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from './corpus.mjs';

const root = process.env.BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(path.join(root, 'dist/rules/index.js'));
const { Document } = await import(path.join(root, 'dist/src/engine/document.js'));
const { runRules } = await import(path.join(root, 'dist/src/engine/runner.js'));

const n = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const texts = corpus(n, 42);
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1048576;

// All recommended rules together, one fresh document at a time (as the engine lints), against a bare parse.
const recommended = rules.filter((r) => r.meta.recommended).map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));
const combined = [];
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  for (const tx of texts) void new Document(tx, 'a.txt').nlcst;
  const parseAlone = performance.now() - t;
  t = performance.now();
  for (const tx of texts) runRules(new Document(tx, 'a.txt'), recommended, {});
  const all = performance.now() - t;
  combined.push({ parseAlone, all, ratio: all / parseAlone });
}

// Per rule, as the engine lints: a fresh document per article, its parse timed apart, then each
// recommended rule on its own in registry order (a shared per-document analysis is paid by the
// first rule that asks for it). The minimum over the rounds after a warm-up round.
const best = new Map();
for (let round = 0; round <= ROUNDS; round++) {
  const spent = new Map();
  const add = (id, ms) => spent.set(id, (spent.get(id) ?? 0) + ms);
  for (const tx of texts) {
    const doc = new Document(tx, 'a.txt');
    let t = performance.now();
    void doc.nlcst;
    add('parse', performance.now() - t);
    for (const active of recommended) {
      t = performance.now();
      runRules(doc, [active], {});
      add(active.rule.meta.id, performance.now() - t);
    }
  }
  if (round) for (const [id, ms] of spent) best.set(id, Math.min(best.get(id) ?? Infinity, ms));
}
const parseMs = best.get('parse');
console.log(`${n} articles, ${mb.toFixed(1)} MB; retext-english parse ${(mb / (parseMs / 1000)).toFixed(2)} MB/s (fresh document per article, best of ${ROUNDS} rounds)`);
let sum = 0;
const rows = [...best].filter(([id]) => id !== 'parse').sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows) {
  sum += ms;
  console.log(`${id.padEnd(28)} ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s  ${(ms / parseMs).toFixed(2)}× parse`);
}
console.log(`all recommended rules, sum of per-rule minima: ${(sum / parseMs).toFixed(2)}× parse`);

console.log('');
combined.forEach(({ parseAlone, all, ratio }, i) => {
  if (i === combined.length - 1) return;
  console.log(`round ${i + 1}: bare parse ${(mb / (parseAlone / 1000)).toFixed(2)} MB/s; recommended rules incl. parse ${(mb / (all / 1000)).toFixed(2)} MB/s = ${ratio.toFixed(2)}× a bare parse`);
});
const sorted = [...combined].sort((a, b) => a.ratio - b.ratio);
const median = sorted[Math.floor(sorted.length / 2)];
const last = combined[combined.length - 1];
console.log(`round ${combined.length}: bare parse ${(mb / (last.parseAlone / 1000)).toFixed(2)} MB/s; recommended rules incl. parse ${(mb / (last.all / 1000)).toFixed(2)} MB/s = ${last.ratio.toFixed(2)}× a bare parse`);
console.log(`median of ${combined.length} rounds: recommended rules incl. parse ${(mb / (median.all / 1000)).toFixed(2)} MB/s = ${median.ratio.toFixed(2)}× a bare parse (best ${sorted[0].ratio.toFixed(2)}×)`);
