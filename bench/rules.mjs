#!/usr/bin/env node
/** Per-rule cost on the bench corpus: `node bench/rules.mjs [articles]` (after `npm run build`). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(path.join(root, 'dist/rules/index.js'));
const { Document } = await import(path.join(root, 'dist/src/engine/document.js'));
const { runRules } = await import(path.join(root, 'dist/src/engine/runner.js'));

const n = Number(process.argv[2] ?? 500);
const texts = corpus(n, 42);
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1048576;
const docs = texts.map((t) => new Document(t, 'a.txt'));
let t = performance.now();
for (const d of docs) void d.nlcst;
const parseMs = performance.now() - t;
console.log(`${n} articles, ${mb.toFixed(1)} MB; retext-english parse ${(mb / (parseMs / 1000)).toFixed(2)} MB/s`);
const rows = [];
for (const rule of rules) {
  const active = [{ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }];
  t = performance.now();
  for (const d of docs) runRules(d, active, {});
  const ms = performance.now() - t;
  rows.push([rule.meta.id, ms]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows) console.log(`${id.padEnd(28)} ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s  ${(ms / parseMs).toFixed(2)}× parse`);

// All recommended rules together, on fresh documents (parse included), against the parse alone.
const recommended = rules.filter((r) => r.meta.recommended).map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));
const fresh = texts.map((tx) => new Document(tx, 'a.txt'));
t = performance.now();
for (const d of fresh) runRules(d, recommended, {});
const allMs = performance.now() - t;
const parseOnly = texts.map((tx) => new Document(tx, 'a.txt'));
t = performance.now();
for (const d of parseOnly) void d.nlcst;
const parse2 = performance.now() - t;
console.log(`\nrecommended rules incl. parse: ${(mb / (allMs / 1000)).toFixed(2)} MB/s = ${(allMs / parse2).toFixed(2)}× a bare parse`);
