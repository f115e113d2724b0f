#!/usr/bin/env node
/**
 * Per-rule cost on the bench corpus: `node bench/rules.mjs [articles]` (after `npm run build`).
 * In-process: rules alone, no file reading or report (`npm run bench` measures the CLI).
 *
 * Everything is CPU time (user + system, `process.cpuUsage`), so other work on a
 * shared machine does not count. Each round lints every article as the CLI does:
 * the corpus pass first (each corpus rule's `collect` on a fresh document, the
 * summaries merged), then one fresh document per article with all recommended
 * rules together in one `runRules` call, given the merged corpus, so that
 * a rule that depends on others reads their findings and a corpus rule has its
 * summary.
 *
 * The per-row table is self time, measured inside that one run: the parse
 * (done before the rules), each rule's `check`, each corpus `collect`, each
 * shared per-document analysis (`doc.memo` key: paid once whichever rule asks
 * first, so it has its own row instead of being charged to that rule), and
 * the engine's own work in `runRules` (reports, messages, sorting). The rows
 * add up to the whole. Minimum per row over the rounds after a warm-up round.
 *
 * The combined figure is measured apart, uninstrumented, interleaved with a bare
 * parse of the same texts, one fresh document at a time (ratios of the same round).
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

/** CPU milliseconds of this process so far. */
function cpu() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const recommended = rules.filter((r) => r.meta.recommended).map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));
const corpusRules = recommended.filter((a) => a.rule.corpus);

/** The corpus pass: every corpus rule's summary of every text, merged (as the CLI's first pass). */
function corpusPass(active) {
  const merged = {};
  for (const tx of texts) {
    const doc = new Document(tx, 'a.txt');
    for (const { rule, options } of active) {
      const one = rule.corpus.collect(doc, options);
      merged[rule.meta.id] = rule.meta.id in merged ? rule.corpus.merge(merged[rule.meta.id], one) : one;
    }
  }
  return merged;
}

// ------------------------------------------------------------ combined, uninstrumented
const combined = [];
for (let round = 0; round < ROUNDS; round++) {
  let t = cpu();
  for (const tx of texts) void new Document(tx, 'a.txt').nlcst;
  const parseAlone = cpu() - t;
  t = cpu();
  const summaries = corpusPass(corpusRules);
  for (const tx of texts) runRules(new Document(tx, 'a.txt'), recommended, { corpus: summaries });
  const all = cpu() - t;
  combined.push({ parseAlone, all, ratio: all / parseAlone });
}

// ------------------------------------------------------------ per row, self time
/** A stack of open timed segments; each row gets its time minus that of segments opened inside it. */
let spent = new Map();
const stack = [];
function timed(row, fn) {
  const frame = { row, start: cpu(), inner: 0 };
  stack.push(frame);
  try {
    return fn();
  } finally {
    stack.pop();
    const elapsed = cpu() - frame.start;
    spent.set(row, (spent.get(row) ?? 0) + elapsed - frame.inner);
    if (stack.length) stack[stack.length - 1].inner += elapsed;
  }
}

const instrumented = recommended.map((active) => {
  const { rule } = active;
  const id = rule.meta.id;
  const wrapped = { ...rule, check: (context) => timed(id, () => rule.check(context)) };
  if (rule.corpus) wrapped.corpus = { ...rule.corpus, collect: (doc, options) => timed(`${id} (corpus collect)`, () => rule.corpus.collect(doc, options)) };
  return { ...active, rule: wrapped };
});

/** A document whose shared analyses are timed as rows of their own. */
function timedDocument(text) {
  const doc = new Document(text, 'a.txt');
  const memo = doc.memo.bind(doc);
  doc.memo = (key, compute) => memo(key, () => timed(`analysis ${key}`, compute));
  return doc;
}

const best = new Map();
for (let round = 0; round <= ROUNDS; round++) {
  spent = new Map();
  const merged = {};
  for (const tx of texts) {
    const doc = timedDocument(tx);
    for (const { rule, options } of instrumented.filter((a) => a.rule.corpus)) {
      const one = rule.corpus.collect(doc, options);
      merged[rule.meta.id] = rule.meta.id in merged ? rule.corpus.merge(merged[rule.meta.id], one) : one;
    }
  }
  for (const tx of texts) {
    const doc = timedDocument(tx);
    timed('parse', () => doc.nlcst);
    timed('engine (runRules: reports, messages, order)', () => runRules(doc, instrumented, { corpus: merged }));
  }
  if (round) for (const [row, ms] of spent) best.set(row, Math.min(best.get(row) ?? Infinity, ms));
}

const parseMs = best.get('parse');
console.log(`${n} articles, ${mb.toFixed(1)} MB; retext-english parse ${(mb / (parseMs / 1000)).toFixed(2)} MB/s (CPU time, fresh document per article, best of ${ROUNDS} rounds)`);
console.log('self CPU time per row, all recommended rules in one run (an analysis row is shared by the rules that read it):');
let sum = 0;
const rows = [...best].filter(([row]) => row !== 'parse').sort((a, b) => b[1] - a[1]);
for (const [row, ms] of rows) {
  sum += ms;
  console.log(`${row.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / parseMs).toFixed(3)}× parse`);
}
console.log(`all rows but the parse, sum of minima: ${sum.toFixed(0)} ms = ${(sum / parseMs).toFixed(2)}× parse`);

console.log('');
combined.forEach(({ parseAlone, all, ratio }, i) => {
  console.log(`round ${i + 1}: bare parse ${parseAlone.toFixed(0)} ms CPU; corpus pass + recommended rules incl. parse ${all.toFixed(0)} ms CPU = ${ratio.toFixed(2)}× a bare parse`);
});
const sorted = [...combined].sort((a, b) => a.ratio - b.ratio);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`median of ${combined.length} rounds: corpus pass + recommended rules incl. parse = ${median.ratio.toFixed(2)}× a bare parse (best ${sorted[0].ratio.toFixed(2)}×)`);
