#!/usr/bin/env node
/**
 * Seeded fuzzer for lint and fix (`npm run fuzz`; needs a build: `npx tsc -p .`).
 *
 *   node scripts/fuzz.mjs                       # 180 s, random seed (printed)
 *   node scripts/fuzz.mjs --seed 1234 --seconds 60
 *   FUZZ_SEED=1234 FUZZ_SECONDS=600 npm run fuzz
 *   node scripts/fuzz.mjs --seed 1234 --replay 57   # re-run one iteration, print its input
 *   node scripts/fuzz.mjs --seed 1234 --replay 57 --dump case.md   # only write its bytes
 *
 * Each iteration builds bytes from the seed articles and fixtures (or a
 * generated article), mutates them (byte flips, splices, residue and defect
 * insertions, encodings: UTF-16 LE/BE with and without BOM, Latin-1, BOMs,
 * CRLF, invalid UTF-8, NUL) and runs them through decode → lint → fix with
 * every rule on, checking:
 *   crash      no exception escapes; no rule fails ("Rule ... failed")
 *   position   message.actual === text.slice(start, end); line/column agree with offsets
 *   overlap    applied fixes come from reported ranges only (first pass, texts < 200 KB)
 *   idempotent fixText(fixText(t)) === fixText(t)
 *   keep       line style (pure CRLF stays CRLF), BOM, final newline after text
 *   disk       every 10th case also goes through a real file with --fix semantics
 *              (lintFiles write: true): bytes unchanged unless written, written text
 *              re-decodes to the fix output, BOM kept, no temp files left
 *   slow       lint + fix of one case under the budget (default 5 s)
 * and prints a summary. Exit code 1 when a property failed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
if (!existsSync(dist('src/api.js'))) {
  console.error('fuzz: dist/ is missing; run "npx tsc -p ." first');
  process.exit(2);
}
const { lintText, fixText, lintFiles } = await import(dist('src/api.js'));
const { decodeBytes } = await import(dist('src/engine/decode.js'));
const { applyFixes, chosenFix } = await import(dist('src/fix/apply.js'));

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    seconds: { type: 'string' },
    iterations: { type: 'string' },
    replay: { type: 'string' },
    budget: { type: 'string', default: '5000' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    dump: { type: 'string' },
  },
});
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const seconds = Number(values.seconds ?? process.env.FUZZ_SECONDS ?? 180);
const maxIterations = Number(values.iterations ?? process.env.FUZZ_ITERATIONS ?? Infinity);
const budget = Number(values.budget);
const CONFIG = { config: { extends: 'articlelint:all' } };

// ---- deterministic randomness: one stream per iteration, so any case replays alone ----
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rngFor = (iteration) => mulberry32((seed ^ Math.imul(iteration + 1, 0x9e3779b1)) >>> 0);

// ---- corpus: seed articles and text fixtures ----
function textFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.(txt|md)$/.test(f) && statSync(f).isFile() && statSync(f).size < 500_000);
}
const corpusFiles = [...textFiles(path.join(root, 'seeds')), ...textFiles(path.join(root, 'tests/fixtures'))];
const corpus = corpusFiles.map((f) => readFileSync(f));

const CLEAN = [
  'The delegation arrived in Cairo on Sunday evening and met officials from the foreign ministry.',
  'Negotiators said the talks would resume next week, after both sides had consulted their governments.',
  'The city council approved the budget by a narrow margin, with seven members voting against it.',
  'Farmers in the north reported a smaller harvest than last year because of the long drought.',
  'The museum will reopen in March after a renovation that cost more than four million euros.',
];
const RESIDUE = ['Skip to content', 'Most Popular', 'Share this article', 'Advertisement', 'Sign up for our newsletter', 'Share on Facebook', 'Related Articles', 'Read more:', 'Jump to navigation'];
const DEFECTS = [
  'Iâ€™m glad we could meet, â€œthe envoyâ€\u009d said.',
  'The the delegation left early on Monday.',
  'The talks  ended late,  officials said.',
  'The vote was close.   ',
  'It was a long day.The meeting ended at noon.',
  'Café owners â€” and their staff â€” were relieved.',
  'A zero\u200bwidth space hides here.',
  'Tom &amp; Jerry met the mayor.',
  '“An unbalanced quote, he said.',
  'Text with a replacement \uFFFD character.',
  '# A heading\n\n* a list item\n* [a link](http://example.com)',
  '> a quote\n>\n> Skip to content',
];

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const int = (rng, n) => Math.floor(rng() * n);

function generated(rng) {
  const blocks = [];
  const n = 1 + int(rng, 12);
  for (let i = 0; i < n; i++) {
    const r = rng();
    blocks.push(r < 0.4 ? pick(rng, CLEAN) : r < 0.7 ? pick(rng, RESIDUE) : pick(rng, DEFECTS));
  }
  let text = blocks.map((b, i) => (i ? pick(rng, ['\n\n', '\n', '\n\n\n']) : '') + b).join('');
  if (rng() < 0.6) text += '\n';
  return Buffer.from(text);
}

// ---- mutations ----
const MUTATIONS = {
  flip(rng, b) {
    const out = Buffer.from(b);
    for (let k = 1 + int(rng, 8); k > 0 && out.length; k--) out[int(rng, out.length)] ^= 1 << int(rng, 8);
    return out;
  },
  splice(rng, b) {
    const other = corpus.length ? pick(rng, corpus) : generated(rng);
    const at = int(rng, b.length + 1);
    const from = int(rng, other.length + 1);
    const len = int(rng, Math.min(2000, other.length - from) + 1);
    return Buffer.concat([b.subarray(0, at), other.subarray(from, from + len), b.subarray(at + int(rng, 200))]);
  },
  insertLine(rng, b) {
    const s = b.toString('utf8');
    const lines = s.split('\n');
    lines.splice(int(rng, lines.length + 1), 0, rng() < 0.5 ? pick(rng, RESIDUE) : pick(rng, DEFECTS));
    return Buffer.from(lines.join('\n'));
  },
  duplicate(rng, b) {
    const a = int(rng, b.length + 1);
    const len = int(rng, 500);
    return Buffer.concat([b.subarray(0, a + len), b.subarray(a, a + len), b.subarray(a + len)]);
  },
  truncate(rng, b) {
    return b.subarray(0, int(rng, b.length + 1));
  },
  crlf(rng, b) {
    return Buffer.from(b.toString('utf8').replace(/\r?\n/g, () => (rng() < 0.8 ? '\r\n' : '\n')));
  },
  utf16(rng, b) {
    const le = Buffer.from(b.toString('utf8'), 'utf16le');
    const be = rng() < 0.5;
    const body = be ? Buffer.from(le).swap16() : le;
    return rng() < 0.5 ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
  },
  latin1(rng, b) {
    return Buffer.from(b.toString('utf8').replace(/[^\u0000-\u00ff]/g, '?'), 'latin1');
  },
  bom(rng, b) {
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
  },
  invalidUtf8(rng, b) {
    const at = int(rng, b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(pick(rng, [[0xff], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88]])), b.subarray(at)]);
  },
  nul(rng, b) {
    const at = int(rng, b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.alloc(1 + int(rng, 3)), b.subarray(at)]);
  },
  pathological(rng, b) {
    const at = int(rng, b.length + 1);
    const k = 100 + int(rng, 5000);
    const piece = pick(rng, ['!', '.', ' ', '\t', '“', '(', 'a', '\n', '\r\n', 'â€', '&#', '*']).repeat(k);
    return Buffer.concat([b.subarray(0, at), Buffer.from(piece), b.subarray(at)]);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

function makeCase(iteration) {
  const rng = rngFor(iteration);
  let bytes = rng() < 0.35 || !corpus.length ? generated(rng) : Buffer.from(pick(rng, corpus));
  const applied = [];
  for (let k = int(rng, 4); k > 0; k--) {
    const name = pick(rng, MUTATION_NAMES);
    bytes = MUTATIONS[name](rng, bytes);
    applied.push(name);
  }
  if (bytes.length > 400_000) bytes = bytes.subarray(0, 400_000);
  const md = rng() < 0.25;
  return { bytes, applied, filePath: md ? 'fuzz.md' : 'fuzz.txt', onDisk: iteration % 10 === 0 };
}

// ---- properties ----
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
function lineColumn(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Whether output is text with some non-overlapping subset of fixes applied, nothing else changed. */
function changesWithinFixes(text, output, fixes) {
  const byStart = new Map();
  for (const f of fixes) {
    const [a, b] = f.range;
    if (a < 0 || b < a || b > text.length || (a === b && f.text === '')) continue;
    byStart.set(a, [...(byStart.get(a) ?? []), f]);
  }
  const starts = [...byStart.keys()].sort((x, y) => x - y);
  const nextStart = (i) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : text.length;
  };
  const seen = new Set();
  const stack = [[0, 0]];
  while (stack.length) {
    const [i, o] = stack.pop();
    const key = `${i},${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const next = nextStart(i);
    if (output.slice(o, o + next - i) !== text.slice(i, next)) continue;
    const at = o + next - i;
    if (next === text.length && at === output.length) return true;
    for (const f of byStart.get(next) ?? []) if (output.startsWith(f.text, at)) stack.push([f.range[1], at + f.text.length]);
    if (next < text.length && output[at] === text[next]) stack.push([next + 1, at + 1]);
  }
  return false;
}

const findings = new Map(); // property → { count, first: { iteration, detail } }
function fail(property, iteration, detail, c) {
  let f = findings.get(property);
  if (!f) {
    f = { count: 0, examples: [] };
    findings.set(property, f);
  }
  f.count++;
  if (f.examples.length < 3) f.examples.push({ iteration, mutations: c.applied, filePath: c.filePath, detail: String(detail).slice(0, 300) });
}

let tmpRoot;
async function runCase(iteration, c) {
  const decoded = decodeBytes(c.bytes);
  if (!decoded.ok) return 'refused';
  const text = decoded.text;
  const opts = { ...CONFIG, filePath: c.filePath };
  const t0 = performance.now();
  const linted = await lintText(text, opts);
  const starts = lineStarts(text);
  for (const m of linted.messages) {
    if (/^Rule ".*" failed/.test(m.reason)) fail('crash', iteration, `${m.ruleId}: ${m.reason}`, c);
    const p = m.place;
    if (!p?.start || p.start.offset === undefined || m.fileLevel) continue;
    const { start, end } = p;
    if (!(start.offset <= end.offset && end.offset <= text.length)) fail('position', iteration, `${m.ruleId}: bad range ${start.offset}-${end.offset}`, c);
    else if (m.actual !== text.slice(start.offset, end.offset)) fail('position', iteration, `${m.ruleId}: actual ${JSON.stringify(m.actual)} ≠ text ${JSON.stringify(text.slice(start.offset, end.offset))}`, c);
    for (const point of [start, end]) {
      const want = lineColumn(starts, point.offset);
      if (point.line !== want.line || point.column !== want.column) {
        fail('position', iteration, `${m.ruleId}: offset ${point.offset} at ${point.line}:${point.column}, expected ${want.line}:${want.column}`, c);
      }
    }
  }
  if (text.length < 200_000) {
    const fixes = linted.messages.map((m) => chosenFix(m, ['safe'])).filter(Boolean);
    const { output } = applyFixes(text, linted.messages, ['safe']);
    if (!changesWithinFixes(text, output, fixes)) fail('overlap', iteration, 'first pass changed text outside every reported fix range', c);
  }
  const once = await fixText(text, opts);
  const twice = await fixText(once.output, opts);
  if (twice.output !== once.output) {
    const i = [...once.output].findIndex((ch, k) => twice.output[k] !== ch);
    fail('idempotent', iteration, `differs at ${i}: ${JSON.stringify(once.output.slice(Math.max(0, i - 30), i + 30))} → ${JSON.stringify(twice.output.slice(Math.max(0, i - 30), i + 30))}`, c);
  }
  const out = once.output;
  const pureCrlf = text.includes('\r\n') && !/(?<!\r)\n/.test(text);
  if (pureCrlf && /(?<!\r)\n/.test(out)) fail('keep', iteration, 'a CRLF file got bare LF line endings', c);
  // Only judged when the last line ends in a visible character (a trailing control character or
  // blank line may legitimately be removed, which changes what "the end" is).
  const visibleEnd = /[\p{L}\p{N}\p{P}\p{S}]\r?\n?$/u;
  if (out.trim() && visibleEnd.test(text) && /\n$/.test(text) && !/\n$/.test(out)) fail('keep', iteration, 'final newline lost', c);
  if (out.trim() && /[\p{L}\p{N}\p{P}\p{S}]$/u.test(text) && /\n$/.test(out)) fail('keep', iteration, 'final newline added', c);
  if (decoded.info.bom && c.bytes.length > 3 && text.includes('\u0000')) fail('binary', iteration, 'NUL bytes after a BOM were decoded as text instead of refused', c);
  const ms = performance.now() - t0;
  if (ms > budget) fail('slow', iteration, `${ms.toFixed(0)} ms for ${text.length} characters`, c);

  if (c.onDisk) {
    tmpRoot ??= mkdtempSync(path.join(os.tmpdir(), 'articlelint-fuzz-'));
    const file = path.join(tmpRoot, c.filePath);
    writeFileSync(file, c.bytes);
    const [result] = await lintFiles([file], { ...CONFIG, cwd: tmpRoot, fix: true, write: true, configLookup: false });
    const after = readFileSync(file);
    const notWritten = result.messages.some((m) => m.fileLevel && /not written/.test(m.reason));
    if (result.output === undefined || notWritten) {
      if (!after.equals(c.bytes)) fail('disk', iteration, 'file changed although no fix was written', c);
    } else {
      const back = decodeBytes(after);
      if (!back.ok || back.text !== result.output) fail('disk', iteration, 'written file does not decode to the fix output', c);
      if (back.ok && decoded.info.bom !== back.info.bom) fail('disk', iteration, `BOM ${decoded.info.bom} → ${back.info.bom}`, c);
      if (back.ok && decoded.info.encoding !== back.info.encoding) fail('encoding', iteration, `written as ${back.info.encoding}, read as ${decoded.info.encoding}`, c);
    }
    const strays = readdirSync(tmpRoot).filter((f) => f.endsWith('.tmp'));
    if (strays.length) fail('disk', iteration, `temp files left: ${strays.join(', ')}`, c);
    rmSync(file, { force: true });
  }
  return once.fixed ? 'fixed' : 'clean';
}

// ---- main loop ----
if (values.replay !== undefined) {
  const iteration = Number(values.replay);
  const c = makeCase(iteration);
  console.log(`seed ${seed}, iteration ${iteration}, mutations [${c.applied.join(', ')}], ${c.filePath}, ${c.bytes.length} bytes`);
  console.log(JSON.stringify(c.bytes.toString('latin1').slice(0, 2000)));
  if (values.dump) {
    writeFileSync(values.dump, c.bytes);
    console.log(`input written to ${values.dump}`);
    process.exit(0);
  }
  const outcome = await runCase(iteration, c).catch((e) => (fail('crash', iteration, e?.stack ?? e, c), 'crashed'));
  console.log(outcome, JSON.stringify(Object.fromEntries(findings), null, 2));
  process.exit(findings.size ? 1 : 0);
}

console.log(`articlelint fuzz: seed ${seed} (replay with --seed ${seed}), ${seconds} s, ${corpus.length} corpus files, Node ${process.version}, ${os.cpus().length} CPUs`);
const started = performance.now();
const outcomes = { refused: 0, clean: 0, fixed: 0, crashed: 0 };
const mutationCounts = Object.fromEntries(MUTATION_NAMES.map((n) => [n, 0]));
let bytesTotal = 0;
let iteration = 0;
for (; iteration < maxIterations && performance.now() - started < seconds * 1000; iteration++) {
  const c = makeCase(iteration);
  if (process.env.FUZZ_TRACE) process.stderr.write(`[${iteration}] ${c.applied.join(',')} ${c.filePath} ${c.bytes.length}\n`);
  for (const m of c.applied) mutationCounts[m]++;
  bytesTotal += c.bytes.length;
  try {
    outcomes[await runCase(iteration, c)]++;
  } catch (error) {
    outcomes.crashed++;
    fail('crash', iteration, error?.stack?.split('\n').slice(0, 3).join(' | ') ?? error, c);
  }
  if (!values.quiet && iteration % 200 === 199) console.log(`  ${iteration + 1} iterations, ${((performance.now() - started) / 1000).toFixed(0)} s, findings: ${[...findings].map(([k, v]) => `${k} ${v.count}`).join(', ') || 'none'}`);
}
if (tmpRoot) rmSync(tmpRoot, { recursive: true, force: true });

const elapsed = (performance.now() - started) / 1000;
const summary = {
  seed,
  iterations: iteration,
  seconds: Number(elapsed.toFixed(1)),
  bytes: bytesTotal,
  outcomes,
  mutations: mutationCounts,
  findings: Object.fromEntries([...findings].map(([k, v]) => [k, v])),
};
console.log(`\n${iteration} iterations in ${elapsed.toFixed(1)} s (${(bytesTotal / 1e6).toFixed(1)} MB): ${outcomes.fixed} fixed, ${outcomes.clean} clean, ${outcomes.refused} refused (binary), ${outcomes.crashed} crashed`);
console.log(`mutations: ${Object.entries(mutationCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (!findings.size) console.log('findings: none');
for (const [property, f] of findings) {
  console.log(`FINDING ${property}: ${f.count} case(s)`);
  for (const e of f.examples) console.log(`  iteration ${e.iteration} [${e.mutations.join(', ')}] ${e.filePath}: ${e.detail}\n    replay: node scripts/fuzz.mjs --seed ${seed} --replay ${e.iteration}`);
}
if (values.out) writeFileSync(values.out, `${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = findings.size ? 1 : 0;
