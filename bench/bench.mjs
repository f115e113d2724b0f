#!/usr/bin/env node
/**
 * `npm run bench`: throughput, memory, scaling and start-up of articlelint on a
 * deterministic corpus, next to a bare retext-english parse and textlint.
 * Prints the figures and writes bench/RESULTS.md.
 *
 * Env: BENCH_ARTICLES (default 10000, ~50 MB), BENCH_TEXTLINT_ARTICLES (1000),
 * BENCH_SCALING_ARTICLES (2000), BENCH_JSONL_MB (200), BENCH_OUT (results file).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, rng, article } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));
const { ConfigLoader } = await dist('src/config/load.js');
const { lintSource } = await dist('src/engine/lint.js');
const { parseEnglish } = await dist('src/engine/parse.js');
const { rules } = await dist('rules/index.js');
const { lintFiles } = await dist('src/api.js');

const N = Number(process.env.BENCH_ARTICLES ?? 10000);
const N_TEXTLINT = Number(process.env.BENCH_TEXTLINT_ARTICLES ?? 1000);
const N_SCALING = Number(process.env.BENCH_SCALING_ARTICLES ?? 2000);
const JSONL_MB = Number(process.env.BENCH_JSONL_MB ?? 200);
const out = process.env.BENCH_OUT ?? path.join(root, 'bench/RESULTS.md');

const mb = (bytes) => bytes / 1048576;
const fmt = (x, d = 1) => x.toFixed(d);
const rows = [];
function record(name, bytes, articles, seconds, note = '') {
  const row = { name, mbps: mb(bytes) / seconds, aps: articles / seconds, seconds, note };
  rows.push(row);
  console.log(`${name.padEnd(44)} ${fmt(row.mbps, 2).padStart(8)} MB/s ${fmt(row.aps, 0).padStart(8)} articles/s  ${fmt(seconds, 2)} s ${note}`);
  return row;
}
async function time(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

console.log(`generating ${N} articles…`);
const texts = corpus(N, 42);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`corpus: ${N} articles, ${fmt(mb(bytes))} MB\n`);

// (a) bare retext-english parse: the floor any NLCST-based linter pays.
const parse = record('bare retext-english parse', bytes, N, await time(() => texts.forEach((t) => parseEnglish(t))));

async function lintAll(config, list = texts) {
  const loader = new ConfigLoader({ registry: rules, baseConfig: config });
  const fileConfig = await loader.forFile(path.join(root, 'bench/article.txt'));
  let messages = 0;
  const seconds = await time(async () => {
    for (const t of list) messages += (await lintSource(t, 'article.txt', { config: fileConfig })).messages.length;
  });
  return { seconds, messages };
}

const full = await lintAll({ extends: 'articlelint:recommended' });
const fullRow = record('articlelint, recommended rules (1 thread)', bytes, N, full.seconds, `${full.messages} messages`);

const lineRules = Object.fromEntries(rules.filter((r) => r.meta.category === 'residue' || r.meta.category === 'encoding').map((r) => [r.meta.id, 'error']));
const lines = await lintAll({ rules: lineRules });
const lineRow = record('articlelint, residue + encoding rules only', bytes, N, lines.seconds, `${lines.messages} messages`);

// (b) textlint with its plain-text plugin and a few rules, on a subset.
let textlintRow;
try {
  const { createLinter } = await import('textlint');
  const { TextlintKernelDescriptor } = await import('@textlint/kernel');
  const pluginModule = await import('@textlint/textlint-plugin-text');
  const textPlugin = pluginModule.default?.default ?? pluginModule.default;
  const ruleModule = async (name) => {
    const m = await import(name);
    return m.default?.default ?? m.default ?? m;
  };
  const descriptor = new TextlintKernelDescriptor({
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
    rules: [
      { ruleId: 'no-todo', rule: await ruleModule('textlint-rule-no-todo') },
      { ruleId: 'sentence-length', rule: await ruleModule('textlint-rule-sentence-length'), options: { max: 200 } },
      { ruleId: 'max-comma', rule: await ruleModule('textlint-rule-max-comma') },
    ],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  const subset = texts.slice(0, N_TEXTLINT);
  const subsetBytes = subset.reduce((n, t) => n + Buffer.byteLength(t), 0);
  textlintRow = record(`textlint (text plugin, 3 rules; ${N_TEXTLINT} articles)`, subsetBytes, subset.length, await time(async () => {
    for (const t of subset) await linter.lintText(t, '/bench/article.txt');
  }));
} catch (error) {
  console.log(`textlint: not measured (${error.message})`);
}

// Scaling: the same files through 1 and 2 worker threads.
const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-bench-'));
const scaleTexts = texts.slice(0, N_SCALING);
scaleTexts.forEach((t, i) => {
  const sub = path.join(dir, String(i % 50));
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, `${i}.txt`), t);
});
const scaleBytes = scaleTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const w1 = record(`lintFiles, 1 worker (${N_SCALING} files)`, scaleBytes, N_SCALING, await time(() => lintFiles([dir], { concurrency: 1, configLookup: false })));
const w2 = record(`lintFiles, 2 workers (${N_SCALING} files)`, scaleBytes, N_SCALING, await time(() => lintFiles([dir], { concurrency: 2, configLookup: false })));
rmSync(dir, { recursive: true, force: true });

// Streaming JSONL: peak RSS of the CLI on a large dataset (line-level rules).
const jdir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-jsonl-'));
const jsonl = path.join(jdir, 'data.jsonl');
await new Promise((resolve) => {
  const ws = createWriteStream(jsonl);
  const r = rng(7);
  let written = 0;
  let id = 0;
  const pump = () => {
    while (written < JSONL_MB * 1048576) {
      const line = `${JSON.stringify({ id: `rec-${id++}`, source: 'bench', text: article(r) })}\n`;
      written += Buffer.byteLength(line);
      if (!ws.write(line)) return ws.once('drain', pump);
    }
    ws.end(resolve);
  };
  pump();
});
writeFileSync(path.join(jdir, '.articlelintrc.json'), JSON.stringify({ rules: lineRules }));
const probe = path.join(jdir, 'probe.mjs');
writeFileSync(probe, `import { main, processIO } from ${JSON.stringify(path.join(root, 'dist/src/cli/main.js'))};
const code = await main(process.argv.slice(2), processIO());
process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;
`);
const t0 = Date.now();
const child = spawnSync(process.execPath, [probe, '--jsonl', jsonl, '--id-field', 'id', '-o', '/dev/null'], { cwd: jdir, encoding: 'utf8', maxBuffer: 1 << 26 });
const jsonlSeconds = (Date.now() - t0) / 1000;
const rssKb = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN);
rmSync(jdir, { recursive: true, force: true });
console.log(`JSONL ${JSONL_MB} MB, line-level rules: ${fmt(jsonlSeconds, 1)} s, peak RSS ${fmt(rssKb / 1024, 0)} MB`);

// Cold start of the CLI on the seeds.
const starts = [];
for (let i = 0; i < 5; i++) {
  const t = Date.now();
  spawnSync(process.execPath, [path.join(root, 'bin/articlelint.js'), 'seeds/', '-f', 'json', '-o', '/dev/null'], { cwd: root });
  starts.push(Date.now() - t);
}
starts.sort((a, b) => a - b);
const coldMs = starts[2];
console.log(`cold start, articlelint seeds/ (median of 5): ${coldMs} ms`);

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS of this benchmark process: ${fmt(peakMb, 0)} MB`);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = `# Benchmark results

Produced by \`npm run bench\` (bench/bench.mjs) on ${new Date().toISOString().slice(0, 10)}:
${os.cpus().length}-core ${os.platform()} ${os.arch()} VM (${cpu}), ${fmt(os.totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}.
Corpus: bench/corpus.mjs, seed 42, ${N} articles, ${fmt(mb(bytes))} MB (residue, mojibake, spacing and sentence defects mixed in).

| measure | MB/s | articles/s | seconds | note |
|---|---:|---:|---:|---|
${rows.map((r) => `| ${r.name} | ${fmt(r.mbps, 2)} | ${fmt(r.aps, 0)} | ${fmt(r.seconds, 2)} | ${r.note} |`).join('\n')}

| ratio | value | goal |
|---|---:|---|
| recommended rules / bare retext-english parse (time) | ${fmt(full.seconds / parse.seconds, 2)}× | ≤ 2× |
| recommended rules throughput vs textlint (3 trivial rules) | ${textlintRow ? `${fmt(fullRow.mbps / textlintRow.mbps, 2)}×` : 'n/a'} | > 1× |
| line-level rules throughput | ${fmt(lineRow.mbps, 1)} MB/s | ≥ 50 MB/s |
| scaling 1 → 2 workers | ${fmt(w1.seconds / w2.seconds, 2)}× | ≥ 1.7× |
| JSONL ${JSONL_MB} MB streamed (line-level rules), peak RSS | ${fmt(rssKb / 1024, 0)} MB | < 300 MB (for 1 GB) |
| cold start \`articlelint seeds/\` (median of 5) | ${coldMs} ms | < 400 ms |
| peak RSS of the in-process benchmark (whole corpus in memory) | ${fmt(peakMb, 0)} MB | |
`;
writeFileSync(out, md);
console.log(`\nwrote ${path.relative(root, out)}`);
