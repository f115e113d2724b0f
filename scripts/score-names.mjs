#!/usr/bin/env node
/**
 * Scores the names rules on tests/fixtures/names/ against expected.json:
 * precision, recall, and how many must-not-flag pairs were respected.
 *
 *   npx tsc -p . && node scripts/score-names.mjs [--verbose]
 *
 * A report is a true positive when it flags, on the expected line, either
 * spelling of an expected variant pair (which side is flagged depends on
 * which spelling dominates). Every other report is a false positive. A
 * must-not-flag pair is broken when a report flags one of its spellings and
 * names the other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFiles, lintText } from '../dist/src/api.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'tests/fixtures/names');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const verbose = process.argv.includes('--verbose');

function flaggedOf(message, source) {
  const { start, end } = message.place;
  return { line: start.line, text: source.slice(start.offset, end.offset), reason: message.reason };
}

function score(label, reports, flags, keeps) {
  let tp = 0;
  const fps = [];
  const matched = new Set();
  for (const r of reports) {
    const i = flags.findIndex((f, k) => !matched.has(k) && f.sides.some((s) => s.file === r.file && s.line === r.line && s.text === r.text));
    if (i >= 0) {
      matched.add(i);
      tp++;
    } else fps.push(r);
  }
  const missed = flags.filter((_, k) => !matched.has(k));
  let broken = 0;
  for (const k of keeps) {
    if (reports.some((r) => r.file === k.file && k.pair.some((a, j) => r.text === a && r.reason.includes(`"${k.pair[1 - j]}"`)))) broken++;
  }
  const precision = reports.length ? tp / reports.length : 1;
  const recall = flags.length ? tp / flags.length : 1;
  console.log(
    `${label}: precision ${(precision * 100).toFixed(1)}% (${tp}/${reports.length}), recall ${(recall * 100).toFixed(1)}% (${tp}/${flags.length}), must-not-flag pairs respected ${keeps.length - broken}/${keeps.length}`,
  );
  if (verbose || fps.length || missed.length) {
    for (const f of fps) console.log(`  false positive: ${f.file}:${f.line} "${f.text}" — ${f.reason}`);
    for (const m of missed) console.log(`  missed: ${m.sides.map((s) => `${s.file}:${s.line} "${s.text}"`).join(' / ')}`);
  }
  return { tp, reports: reports.length, expected: flags.length, broken };
}

// Within articles.
const reports = [];
const flags = [];
const keeps = [];
const articles = Object.entries(expected.articles);
for (const [file, exp] of articles) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const result = await lintText(text, { filePath: file, cwd: dir, config: { rules: { 'consistent-names': 'warn' } } });
  for (const m of result.messages.filter((m) => m.ruleId === 'consistent-names')) reports.push({ file, ...flaggedOf(m, text) });
  for (const f of exp.flag) {
    flags.push({ sides: [{ file, line: f.variant[1], text: f.variant[0] }, { file, line: f.of[1], text: f.of[0] }] });
  }
  for (const pair of exp.keep) keeps.push({ file, pair });
}
console.log(`${articles.length} articles, ${flags.length} true variants, ${keeps.length} must-not-flag pairs`);
score('consistent-names', reports, flags, keeps);

// Across articles (corpus mode on).
const corpusDir = path.join(dir, 'corpus');
const results = await lintFiles([corpusDir], { cwd: corpusDir, config: { rules: { 'consistent-names-corpus': 'warn' } } });
const corpusReports = [];
for (const r of results) {
  const file = path.basename(r.filePath);
  const text = readFileSync(r.filePath, 'utf8');
  for (const m of r.messages.filter((m) => m.ruleId === 'consistent-names-corpus')) corpusReports.push({ file, ...flaggedOf(m, text) });
}
const corpusFlags = expected.corpus.flag.map((f) => ({
  sides: [
    { file: f.variant[1], line: f.variant[2], text: f.variant[0] },
    { file: f.of[1], line: f.of[2], text: f.of[0] },
  ],
}));
const corpusKeeps = expected.corpus.keep.map((pair) => ({ file: undefined, pair }));
for (const k of corpusKeeps) k.file = corpusReports.find((r) => k.pair.includes(r.text))?.file;
console.log(`${results.length} corpus articles, ${corpusFlags.length} cross-article variants, ${corpusKeeps.length} must-not-flag pairs`);
score('consistent-names-corpus', corpusReports, corpusFlags, corpusKeeps);
