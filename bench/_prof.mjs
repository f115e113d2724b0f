#!/usr/bin/env node
/**
 * Per-rule wall time as the engine lints: a fresh document per article, parsed,
 * then each recommended rule on its own (shared per-document caches fill in
 * rule order, as in a real run). 300 articles, the minimum of 6 rounds after a
 * warm-up round, as ms and as a share of the parse.
 *   node bench/_prof.mjs [rows]        (after `npx tsc -p .`; BENCH_ROOT=<folder with dist/> for another build)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from './corpus.mjs';

const root = process.env.BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(path.join(root, 'dist/rules/index.js'));
const { Document } = await import(path.join(root, 'dist/src/engine/document.js'));
const { runRules } = await import(path.join(root, 'dist/src/engine/runner.js'));
const texts = corpus(300, 42);
const recommended = rules.filter((r) => r.meta.recommended).map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));
const best = new Map();
for (let round = 0; round < 7; round++) {
  const per = new Map();
  for (const tx of texts) {
    const d = new Document(tx, 'a.txt');
    let t = performance.now();
    void d.nlcst;
    per.set('parse', (per.get('parse') ?? 0) + performance.now() - t);
    for (const a of recommended) {
      t = performance.now();
      runRules(d, [a], {});
      per.set(a.rule.meta.id, (per.get(a.rule.meta.id) ?? 0) + performance.now() - t);
    }
  }
  if (round) for (const [k, v] of per) best.set(k, Math.min(best.get(k) ?? Infinity, v));
}
const parse = best.get('parse');
let sum = 0;
for (const [k, v] of best) if (k !== 'parse') sum += v;
for (const [k, v] of [...best].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 14))) {
  console.log(k.padEnd(26), `${v.toFixed(0).padStart(4)} ms`, `${(v / parse).toFixed(2)}× parse`);
}
console.log(`all recommended rules (sum of per-rule minima): ${sum.toFixed(0)} ms = ${(sum / parse).toFixed(2)}× parse`);
