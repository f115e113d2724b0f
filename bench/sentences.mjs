#!/usr/bin/env node
/**
 * Cost of the sentence rules against a bare retext-english parse of the same text.
 *
 *   npx tsc -p . && node bench/sentences.mjs [--iterations N] [--json FILE]
 *
 * Corpus: the seeds plus the sentence fixtures (one document each). For each
 * iteration every document is built fresh (so nothing is cached between
 * iterations except the syllable memo, as in a real run over many articles):
 *
 *   parse  = time of `doc.nlcst` (the shared retext-english parse)
 *   rules  = time of running the default sentence/style rules after the parse
 *            (sharing `doc.nlcst`; their own work only)
 *   ratio  = rules / parse   — goal: at most 2
 *
 * For comparison it also times the published retext-readability plugin and
 * retext-repeated-words on the same trees.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { Document } = await import(join(dist, 'src', 'engine', 'document.js'));
const { runRules } = await import(join(dist, 'src', 'engine', 'runner.js'));
const { rules } = await import(join(dist, 'rules', 'index.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const iterations = Number(arg('--iterations', 40));
const jsonOut = arg('--json', undefined);

const MINE = new Set([
  'repeated-words',
  'no-sentence-fragment',
  'no-stray-token',
  'sentence-spacing',
  'no-unbalanced-quotes',
  'no-hard-wrap',
  'no-truncated-paragraph',
  'readability',
]);
const active = rules
  .filter((r) => MINE.has(r.meta.id) && r.meta.recommended)
  .map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? 2 : 1, options: rule.meta.defaultOptions ?? {} }));

const cases = readFileSync(join(root, 'tests', 'fixtures', 'sentences', 'cases.txt'), 'utf8')
  .split('\n')
  .filter((l) => /^[+-] /.test(l))
  .map((l) => l.slice(2).replace(/\\n/g, '\n'))
  .join('\n\n');
const texts = [...readdirSync(join(root, 'seeds')).sort().map((f) => readFileSync(join(root, 'seeds', f), 'utf8')), cases];
const chars = texts.reduce((n, t) => n + t.length, 0);

function run() {
  let parse = 0;
  let mine = 0;
  let plugins = 0;
  let messages = 0;
  for (const text of texts) {
    const doc = new Document(text, 'bench.txt');
    let t = performance.now();
    const tree = doc.nlcst;
    parse += performance.now() - t;
    t = performance.now();
    messages += runRules(doc, active).length;
    mine += performance.now() - t;
    t = performance.now();
    const file = new VFile({ value: text });
    retextReadability({ age: 22, threshold: 5 / 7, minWords: 8 })(tree, file);
    retextRepeatedWords()(tree, file);
    plugins += performance.now() - t;
  }
  return { parse, mine, plugins, messages };
}

for (let i = 0; i < 5; i++) run(); // warm-up (JIT, syllable memo)
const totals = { parse: 0, mine: 0, plugins: 0 };
let messages = 0;
for (let i = 0; i < iterations; i++) {
  const r = run();
  totals.parse += r.parse;
  totals.mine += r.mine;
  totals.plugins += r.plugins;
  messages = r.messages;
}
const per = (ms) => ms / iterations;
const result = {
  corpus: { documents: texts.length, characters: chars },
  iterations,
  rules: active.map((a) => a.rule.meta.id),
  msPerCorpus: { parse: per(totals.parse), rules: per(totals.mine), publishedPlugins: per(totals.plugins) },
  ratio: totals.mine / totals.parse,
  publishedPluginsRatio: totals.plugins / totals.parse,
  goal: 2,
  messages,
  node: process.version,
};

console.log(`sentence rules (${result.rules.length}: ${result.rules.join(', ')})`);
console.log(`corpus: ${texts.length} documents, ${chars} characters; ${iterations} iterations`);
console.log(`retext-english parse        ${result.msPerCorpus.parse.toFixed(2)} ms`);
console.log(`sentence rules (shared tree) ${result.msPerCorpus.rules.toFixed(2)} ms  = ${result.ratio.toFixed(2)} x parse (goal <= ${result.goal})`);
console.log(`published retext-readability + retext-repeated-words ${result.msPerCorpus.publishedPlugins.toFixed(2)} ms  = ${result.publishedPluginsRatio.toFixed(2)} x parse`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
if (result.ratio > result.goal) process.exitCode = 1;
