#!/usr/bin/env node
/**
 * `npm run bench`: articlelint as users run it — the built CLI (bin/articlelint.js,
 * the bundle), one process per measure — on a folder of small generated articles and
 * on one JSON Lines file of the same articles, side by side in the same run with
 * textlint (four trivial rules) and with a bare retext-english parse of the same files
 * on one core. Prints ratios (absolute figures vary with the machine) and writes
 * bench/RESULTS.md.
 *
 *   npm run build && npm run bench                  # ~2-4 minutes
 *   npm run bench -- --files 6000                   # folder size (default 3000, ~1.6 KB each)
 *   npm run bench -- --big                          # also --jsonl on a 1 GB file: peak RSS (one thread, two passes: ~45 min idle)
 *   npm run bench -- --profile                      # instead: CPU profile of one single-thread CLI run + per-rule costs
 *   npm run bench -- --out /tmp/results.md          # write the results elsewhere
 *
 * Second table: the in-process figures of bench/rules.mjs (rules alone, no reading or report).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { article, rng } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    files: { type: 'string', default: '3000' },
    big: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'bench/RESULTS.md') },
    'bare-parse': { type: 'string' },
  },
});

// Child mode: the reference floor, a bare retext-english parse of every file in a folder, one core.
if (flags['bare-parse']) {
  const { retext } = await import('retext');
  const { default: retextEnglish } = await import('retext-english');
  const processor = retext().use(retextEnglish).freeze();
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(flags['bare-parse'])) if (file.endsWith('.txt')) processor.parse(readFileSync(file, 'utf8'));
  process.exit(0);
}

const BIN = path.join(root, 'bin/articlelint.js');
const TEXTLINT = path.join(root, 'node_modules/textlint/bin/textlint.js');
const TEXTLINT_RULES = ['no-todo', 'en-max-word-count', 'doubled-spaces', 'no-zero-width-spaces'];
if (!existsSync(path.join(root, 'dist/bundle/cli.mjs'))) {
  console.error('bench: dist/bundle/cli.mjs is missing: run "npm run build" first');
  process.exit(2);
}

// Every measured process reports its own CPU time and peak RSS on exit (worker threads included).
const RUSAGE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_RUSAGE '+JSON.stringify(process.resourceUsage())+'\\n'))`;
function runNode(args, { cwd = root, okCodes = [0, 1] } = {}) {
  const t = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RUSAGE, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const usage = JSON.parse(/BENCH_RUSAGE (.*)/.exec(child.stderr ?? '')?.[1] ?? 'null');
  if (!okCodes.includes(child.status) || !usage) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}: ${(child.stderr ?? '').replace(/\nBENCH_RUSAGE.*/, '').trim().split('\n').slice(-3).join(' | ')}`);
  }
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMb: usage.maxRSS / 1024, stdout: child.stdout };
}
/** Several processes at once (same measures as runNode): wall clock of all of them, CPU and peak RSS summed. */
async function runNodeTogether(argLists, { cwd = root, okCodes = [0, 1] } = {}) {
  const t = process.hrtime.bigint();
  const runs = await Promise.all(
    argLists.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', RUSAGE, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('error', reject);
          child.on('close', (status) => {
            const usage = JSON.parse(/BENCH_RUSAGE (.*)/.exec(stderr)?.[1] ?? 'null');
            if (!okCodes.includes(status) || !usage) reject(new Error(`node ${args.join(' ')} exited ${status}`));
            else resolve(usage);
          });
        }),
    ),
  );
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const sum = (f) => runs.reduce((a, u) => a + f(u), 0);
  return { wall, cpu: sum((u) => u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: sum((u) => u.maxRSS) / 1024 };
}
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const mb = (bytes) => bytes / 1048576;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (line) => console.log(line);

// ---------------------------------------------------------------- the corpus
const work = mkdtempSync(path.join(os.tmpdir(), 'articlelint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const FILES = Number(flags.files);
const IN_PROCESS_ARTICLES = 400;
let bigTotal = 0;
const folder = path.join(work, 'articles');
const jsonl = path.join(work, 'articles.jsonl');
const r = rng(42);
let bytes = 0;
const records = [];
for (let i = 0; i < FILES; i++) {
  const text = article(r, 1400);
  bytes += Buffer.byteLength(text);
  // 100 files per folder, as scraped datasets are usually sharded.
  const sub = path.join(folder, String(Math.floor(i / 100)).padStart(3, '0'));
  if (i % 100 === 0) mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.txt`), text);
  records.push(JSON.stringify({ id: `a${i}`, text }));
}
writeFileSync(jsonl, `${records.join('\n')}\n`);
log(`corpus: ${FILES} files, ${fmt(mb(bytes), 1)} MB (bench/corpus.mjs, seed 42, ~${Math.round(bytes / FILES)} bytes each), and the same articles as one JSONL file\n`);

const lint = (extra, cwd = work) => runNode([BIN, ...extra, '-f', 'json', '-o', path.join(work, 'report.json')], { cwd });
const textlint = (targets) => runNode([TEXTLINT, '--no-textlintrc', ...TEXTLINT_RULES.flatMap((id) => ['--rule', id]), '-f', 'json', '-o', path.join(work, 'textlint.json'), ...targets]);

if (flags.profile) {
  await profile();
  process.exit(0);
}

const rows = [];
/** One measured process; `size` (bytes it processed) gives a throughput column. */
function record(name, run, { size = bytes, note = '' } = {}) {
  rows.push({ name, ...run, size, note });
  log(`${name.padEnd(58)} ${fmt(run.wall).padStart(7)} s wall ${fmt(run.cpu).padStart(7)} s cpu ${fmt(run.rssMb, 0).padStart(5)} MB  ${note}`);
  return run;
}

// Cold start: the README's first command, against textlint on the same five files; interleaved, median of 5.
const seeds = readdirSync(path.join(root, 'seeds')).map((f) => path.join('seeds', f));
const startA = [];
const startT = [];
for (let i = 0; i < 5; i++) {
  startA.push(lint(['seeds/'], root));
  startT.push(textlint(seeds));
}
const pickMedian = (runs) => runs.find((x) => x.wall === median(runs.map((y) => y.wall)));
const coldA = record('cold start: articlelint seeds/ (median of 5)', pickMedian(startA), { size: 0 });
const coldT = record('cold start: textlint, same 5 files, 4 rules (median of 5)', pickMedian(startT), { size: 0 });

// Folder throughput, default rules and concurrency (all cores), against textlint and a bare parse.
const tl = record(`textlint, 4 trivial rules, ${FILES} files`, textlint([folder]));
const all = record(`articlelint, default rules, all cores`, lint([folder]));
const one = record(`articlelint, default rules, one thread (--concurrency off)`, lint([folder, '--concurrency', 'off']));
const parse = record(`bare retext-english parse of the same files, one core`, runNode([fileURLToPath(import.meta.url), '--bare-parse', folder]));

// Scaling: one worker against two.
const w1 = record(`articlelint --concurrency 1`, lint([folder, '--concurrency', '1']));
const w2 = record(`articlelint --concurrency 2`, lint([folder, '--concurrency', '2']));
// What two cores give this work without any sharing between threads: two independent one-thread
// processes, each on half of the folders, against one process on all of them. Workers cannot beat it.
const shards = readdirSync(folder).sort().map((d) => path.join(folder, d));
const halves = [shards.slice(0, shards.length >> 1), shards.slice(shards.length >> 1)];
const apart = record(
  `two one-thread processes at once, half the folders each`,
  await runNodeTogether(halves.map((half, i) => [BIN, ...half, '--concurrency', 'off', '-f', 'json', '-o', path.join(work, `half${i}.json`)]), { cwd: work }),
);

// Cache: a cold run that fills it, then a warm run over the unchanged files.
const cacheFile = path.join(work, 'cache');
const cold = record(`articlelint --cache, cold (no cache file)`, lint([folder, '--cache', '--cache-location', cacheFile]));
const warm = record(`articlelint --cache, warm (nothing changed)`, lint([folder, '--cache', '--cache-location', cacheFile]));

// One JSONL file of the same articles (streamed, one thread).
const jl = record(`articlelint --jsonl, the same articles in one file`, lint(['--jsonl', jsonl, '--id-field', 'id']));

let big;
if (flags.big) {
  const bigFile = path.join(work, 'big.jsonl');
  await writeBigJsonl(bigFile, 1024 * 1048576);
  big = record(`articlelint --jsonl, ${fmt(mb(bigTotal) / 1024, 2)} GB`, lint(['--jsonl', bigFile, '--id-field', 'id']), { size: bigTotal });
  rmSync(bigFile, { force: true });
}

const mbps = (run) => mb(bytes) / run.wall;
log('');
const encoding = encodingFigures();
const lsp = lspFigure();
const inProcess = inProcessFigures();

// [measure, wall-clock value, CPU-time value, goal, held (by wall clock, as the goals are stated)]
const ratios = [
  ['folder throughput, default rules, all cores, vs textlint with 4 trivial rules', `${fmt(tl.wall / all.wall)}× (${fmt(mbps(all))} vs ${fmt(mbps(tl))} MB/s)`, `${fmt(tl.cpu / all.cpu)}×`, '≥ 1.4×', tl.wall / all.wall >= 1.4],
  ['default rules, CLI on one thread, vs a bare retext-english parse (time)', `${fmt(one.wall / parse.wall)}×`, `${fmt(one.cpu / parse.cpu)}×`, '≤ 2×', one.wall / parse.wall <= 2],
  ['cold start on the seeds, articlelint / textlint (time)', `${fmt(coldA.wall / coldT.wall)} (${fmt(coldA.wall * 1000, 0)} vs ${fmt(coldT.wall * 1000, 0)} ms)`, `${fmt(coldA.cpu / coldT.cpu)}`, '≤ 1', coldA.wall <= coldT.wall],
  ['1 → 2 workers (time of 1 / time of 2)', `${fmt(w1.wall / w2.wall)}×`, `${fmt(w2.cpu / w1.cpu)} (CPU of 2 / CPU of 1)`, '≥ 1.7×', w1.wall / w2.wall >= 1.7],
  ['this machine\'s ceiling for two: one thread on all files / two independent processes on halves', `${fmt(one.wall / apart.wall)}×`, `${fmt(apart.cpu / one.cpu)} (CPU of both / CPU of one)`, '', undefined],
  ['warm --cache run / cold --cache run (time)', `${fmt((100 * warm.wall) / cold.wall, 1)}%`, `${fmt((100 * warm.cpu) / cold.cpu, 1)}%`, '≤ 10%', warm.wall / cold.wall <= 0.1],
  [
    big ? `--jsonl on ${fmt(mb(bigTotal) / 1024, 2)} GB, peak RSS` : `--jsonl on ${fmt(mb(bytes), 1)} MB, peak RSS (1 GB: \`--big\`)`,
    `${fmt((big ?? jl).rssMb, 0)} MB`,
    '',
    '< 300 MB on 1 GB',
    big ? big.rssMb < 300 : undefined,
  ],
  ['--jsonl throughput vs the folder on one thread', `${fmt(one.wall / jl.wall)}× (${fmt(mbps(jl))} MB/s)`, `${fmt(one.cpu / jl.cpu)}×`, '', undefined],
];

const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const verdict = (ok) => (ok === undefined ? '' : ok ? 'held' : 'not held');
const md = `# Benchmark results

\`npm run build && npm run bench${flags.files !== '3000' ? ` -- --files ${flags.files}` : ''}${flags.big ? ' -- --big' : ''}\` (bench/bench.mjs), one run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
${os.cpus().length}-core ${os.platform()} ${os.arch()} VM (${cpu}), ${fmt(os.totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version};
load average at the end ${load}. Every figure is one process of the built CLI (bin/articlelint.js → dist/bundle), as users run it.
Corpus: ${FILES} generated articles (bench/corpus.mjs, seed 42), ${fmt(mb(bytes), 1)} MB, ~${Math.round(bytes / FILES)} bytes each, in folders of 100,
and the same articles as one JSONL file. Absolute figures depend on the machine (and on what else runs on it); the ratios
are measured within this one run.

## Acceptance ratios

| measure | wall clock | CPU time | goal | by wall clock |
|---|---:|---:|---|---|
${ratios.map(([name, value, cpuValue, goal, ok]) => `| ${name} | ${value} | ${cpuValue} | ${goal} | ${verdict(ok)} |`).join('\n')}

The goals are stated in wall-clock time. On a machine shared with other jobs the CPU-time column (user + system
of the process, worker threads included) is the steadier one for the single-thread ratios.

## Processes

| run | wall s | CPU s | MB/s (wall) | peak RSS MB | |
|---|---:|---:|---:|---:|---|
${rows.map((x) => `| ${x.name} | ${fmt(x.wall)} | ${fmt(x.cpu)} | ${x.size ? fmt(mb(x.size) / x.wall) : ''} | ${fmt(x.rssMb, 0)} | ${x.note} |`).join('\n')}

## Encoding rules (scripts/bench-encoding.mjs, in-process)

${encoding}

## LSP latency

${lsp}

## In-process (bench/rules.mjs ${IN_PROCESS_ARTICLES}: rules alone on parsed documents, no reading, corpus pass or report)

${inProcess}
`;
writeFileSync(flags.out, md);
log(`\n${md}`);
log(`wrote ${path.relative(process.cwd(), flags.out)}`);

// ---------------------------------------------------------------- helpers
async function writeBigJsonl(file, target) {
  const ws = createWriteStream(file);
  const rb = rng(7);
  let id = 0;
  await new Promise((resolve) => {
    const pump = () => {
      while (bigTotal < target) {
        const line = `${JSON.stringify({ id: `r${id++}`, text: article(rb, 1400) })}\n`;
        bigTotal += Buffer.byteLength(line);
        if (!ws.write(line)) return ws.once('drain', pump);
      }
      ws.end(resolve);
    };
    pump();
  });
  return bigTotal;
}

function encodingFigures() {
  const script = path.join(root, 'scripts/bench-encoding.mjs');
  if (!existsSync(script)) return 'not measured: scripts/bench-encoding.mjs is missing.';
  try {
    const { stdout, wall } = runNode([script, '5'], { okCodes: [0] });
    const wanted = stdout.split('\n').filter((l) => /corpus|no-mojibake|all encoding/i.test(l));
    log(`encoding bench (${fmt(wall, 1)} s):\n${wanted.join('\n')}`);
    return `\`node scripts/bench-encoding.mjs 5\` (no-mojibake on clean and on damaged text):\n\n\`\`\`\n${wanted.join('\n')}\n\`\`\``;
  } catch (error) {
    return `not measured: ${error.message}`;
  }
}

function lspFigure() {
  const script = path.join(root, 'bench/lsp.mjs');
  try {
    const { stdout } = runNode([script], { okCodes: [0] });
    return `\`node ${path.relative(root, script)}\`:\n\n\`\`\`\n${stdout.trim()}\n\`\`\``;
  } catch (error) {
    return `not measured: ${error.message}`;
  }
}

function inProcessFigures() {
  try {
    const { stdout } = runNode([path.join(root, 'bench/rules.mjs'), String(IN_PROCESS_ARTICLES)], { okCodes: [0] });
    const lines = stdout.trim().split('\n');
    const top = lines.filter((l) => /MB\/s .*× parse/.test(l)).slice(0, 8);
    const summary = lines.filter((l) => /^median/.test(l));
    const named = lines.filter((l) => /^(consistent-names|repeated-words) /.test(l) && !top.includes(l));
    log(`in-process:\n${[...top, ...named, ...summary].join('\n')}`);
    return `\`\`\`\n${lines[0]}\n${[...top, ...named].join('\n')}\n${summary.join('\n')}\n\`\`\``;
  } catch (error) {
    return `not measured: ${error.message}`;
  }
}

/** `--profile`: where one single-thread CLI run spends its time (by package and by function), then per-rule costs. */
async function profile() {
  const dir = path.join(work, 'profile');
  // The compiled modules (dist/src), not the bundle: the profile then names files and packages.
  const entry = path.join(work, 'profile-entry.mjs');
  writeFileSync(entry, `import { main, processIO } from ${JSON.stringify(path.join(root, 'dist/src/cli/main.js'))};\nprocess.exitCode = await main(process.argv.slice(2), processIO());\n`);
  runNode(['--cpu-prof', '--cpu-prof-dir', dir, entry, folder, '--concurrency', 'off', '-f', 'json', '-o', path.join(work, 'report.json')], { cwd: work });
  const prof = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]), 'utf8'));
  const hits = new Map();
  for (const id of prof.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const msPerSample = (prof.endTime - prof.startTime) / 1000 / prof.samples.length;
  const byPackage = new Map();
  const byFunction = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const node of prof.nodes) {
    const ms = (hits.get(node.id) ?? 0) * msPerSample;
    if (!ms) continue;
    total += ms;
    const { url, functionName, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(`${root}/`, '');
    add(byPackage, /node_modules\/((@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? (where.startsWith('node:') ? 'node internals' : where || '(vm)'), ms);
    add(byFunction, `${functionName || '(anonymous)'} ${path.basename(where)}:${lineNumber + 1}`, ms);
  }
  const table = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${fmt(ms, 0).padStart(7)} ms ${fmt((100 * ms) / total, 1).padStart(5)}%  ${k}`).join('\n');
  log(`CPU profile of \`articlelint <${FILES} files> --concurrency off\`: ${fmt(total, 0)} ms sampled\n\nby file or package:\n${table(byPackage, 25)}\n\nby function (self time):\n${table(byFunction, 30)}\n`);
  log(runNode([path.join(root, 'bench/rules.mjs'), '300'], { okCodes: [0] }).stdout);
}
