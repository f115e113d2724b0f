#!/usr/bin/env node
/**
 * Output-identity check for performance work.
 *
 *   node scripts/check-identical.mjs --baseline   # record (after `npx tsc -p .`)
 *   node scripts/check-identical.mjs              # compare against the record
 *
 * Runs the built CLI (`--format json --no-config-lookup --rule consistent-names-corpus:warn`)
 * over the seeds, the article and name fixtures, the real-page dev sets and a
 * generated bench corpus (300 articles, seed 42), and diffs every message
 * (ruleId, severity, message, line, column, endLine, endColumn, fix, suggestions).
 * Findings that differ only in severity are counted apart, per rule and
 * direction (a configured severity change shows there, not as a difference).
 * Exit code 1 on any other difference.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from '../bench/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baselineMode = process.argv.includes('--baseline');
const outDir = process.env.CHECK_IDENTICAL_DIR ?? path.join(os.tmpdir(), 'articlelint-check-identical');
const baseDir = path.join(outDir, 'baseline');
const corpusDir = path.join(outDir, 'bench-corpus');

fs.mkdirSync(baseDir, { recursive: true });
if (!fs.existsSync(path.join(corpusDir, 'done'))) {
  fs.rmSync(corpusDir, { recursive: true, force: true });
  fs.mkdirSync(corpusDir, { recursive: true });
  corpus(300, 42).forEach((t, i) => fs.writeFileSync(path.join(corpusDir, `a${String(i).padStart(4, '0')}.txt`), t));
  fs.writeFileSync(path.join(corpusDir, 'done'), '');
}

const sets = {
  seeds: path.join(root, 'seeds'),
  articles: path.join(root, 'tests/fixtures/articles'),
  names: path.join(root, 'tests/fixtures/names'),
  crop15: path.join(root, '../shared/realpages-dev/crop15'),
  page: path.join(root, '../shared/realpages-dev/page'),
  bench: corpusDir,
};

const KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix', 'suggestions'];
/** A file's key: relative to the repository, but the generated corpus by its own folder (it lives wherever CHECK_IDENTICAL_DIR is). */
const keyOf = (file) => file.replace(/^.*?(?:^|\/)(bench-corpus\/)/, '$1');

function normalise(results) {
  const out = {};
  for (const r of results) {
    out[keyOf(path.relative(root, r.filePath))] = r.messages.map((m) => {
      const o = {};
      for (const k of KEYS) if (m[k] !== undefined) o[k] = m[k];
      return o;
    });
  }
  return out;
}

function run(dir) {
  let stdout;
  try {
    stdout = execFileSync(
      process.execPath,
      [path.join(root, 'bin/articlelint.js'), '--format', 'json', '--no-config-lookup', '--rule', 'consistent-names-corpus:warn', dir],
      { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' },
    );
  } catch (e) {
    // exit code 1 = lint errors found; the JSON is still on stdout
    if (e.status !== 1 || !e.stdout) throw e;
    stdout = e.stdout;
  }
  return JSON.parse(stdout);
}

/** A message without its severity, to tell severity changes from other differences. */
const withoutSeverity = (m) => JSON.stringify({ ...m, severity: undefined });
const severityChanges = new Map();

/** True when the two lists are the same messages but for severities; tallies those changes. */
function onlySeverityDiffers(before, after) {
  if (before.length !== after.length || !before.every((m, i) => withoutSeverity(m) === withoutSeverity(after[i]))) return false;
  before.forEach((m, i) => {
    if (m.severity === after[i].severity) return;
    const key = `${m.ruleId ?? '(file)'}: ${m.severity} → ${after[i].severity}`;
    severityChanges.set(key, (severityChanges.get(key) ?? 0) + 1);
  });
  return true;
}

let differences = 0;
for (const [name, dir] of Object.entries(sets)) {
  const t = performance.now();
  const results = normalise(run(dir));
  const ms = performance.now() - t;
  const file = path.join(baseDir, `${name}.json`);
  const count = Object.values(results).reduce((s, m) => s + m.length, 0);
  if (baselineMode) {
    fs.writeFileSync(file, JSON.stringify(results, null, 1));
    console.log(`${name.padEnd(9)} baseline: ${Object.keys(results).length} files, ${count} messages (${ms.toFixed(0)} ms)`);
    continue;
  }
  const base = Object.fromEntries(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))).map(([f, m]) => [keyOf(f), m]));
  let diff = 0;
  const files = new Set([...Object.keys(base), ...Object.keys(results)]);
  for (const f of [...files].sort()) {
    const a = JSON.stringify(base[f] ?? null);
    const b = JSON.stringify(results[f] ?? null);
    if (a === b) continue;
    if (onlySeverityDiffers(base[f] ?? [], results[f] ?? [])) continue;
    diff++;
    if (diff <= 5) {
      const am = base[f] ?? [];
      const bm = results[f] ?? [];
      const as = new Set(am.map((m) => JSON.stringify(m)));
      const bs = new Set(bm.map((m) => JSON.stringify(m)));
      console.log(`  DIFF ${f}`);
      for (const m of as) if (!bs.has(m)) console.log(`    - ${m}`);
      for (const m of bs) if (!as.has(m)) console.log(`    + ${m}`);
      if ([...as].every((m) => bs.has(m)) && [...bs].every((m) => as.has(m))) console.log('    (same messages, different order)');
    }
  }
  differences += diff;
  console.log(`${name.padEnd(9)} ${diff === 0 ? 'identical' : `${diff} file(s) differ`}: ${Object.keys(results).length} files, ${count} messages (${ms.toFixed(0)} ms)`);
}
if (!baselineMode) {
  if (severityChanges.size) {
    console.log('severity changes (same findings, another severity):');
    for (const [key, n] of [...severityChanges].sort()) console.log(`  ${key}: ${n}`);
  }
  console.log(differences === 0 ? 'OK: no differences other than severity changes' : `FAIL: ${differences} file(s) differ`);
  process.exit(differences === 0 ? 0 : 1);
}
