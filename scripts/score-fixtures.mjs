#!/usr/bin/env node
/**
 * Scores the residue rules against the hand-labelled fixture corpus in
 * tests/fixtures/articles/: each NAME.txt / NAME.md has NAME.expected.json
 * listing every residue line (1-based) with its kind.
 *
 *   npx tsc -p . && node scripts/score-fixtures.mjs [--json] [folder]
 *
 * A line counts as flagged when a message of any rule whose
 * `meta.category === 'residue'` covers it (blank lines are not scored). All residue rules are switched on
 * (at their own severity) and every other rule off, so the score does not
 * depend on the preset. The whole folder is linted in one run, so corpus rules
 * see the other fixtures.
 *
 * Recall per kind: residue lines of that kind that are flagged. Precision per
 * kind: of the lines flagged by the rules attributed to that kind (the kind
 * most of a rule's correct flags have), the share that are residue. Overall
 * precision: flagged lines that are residue / all flagged lines.
 *
 * The scoring itself (`scoreFixtures`) takes the API as a parameter so that
 * tests can run it on the sources (tests/residue-fixtures.test.ts).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const KINDS = ['navigation', 'byline', 'cta', 'embed', 'duplicate', 'template'];

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DIR = path.resolve(here, '..', 'tests', 'fixtures', 'articles');

/** Lines (1-based) a message covers; an end at column 1 of a later line does not cover that line. */
function coveredLines(message) {
  const place = message.place;
  if (!place || !('start' in place)) return message.line ? [message.line] : [];
  const first = place.start.line;
  let last = place.end.line;
  if (last > first && place.end.column === 1) last--;
  const out = [];
  for (let l = first; l <= last; l++) out.push(l);
  return out;
}

async function loadExpectations(dir) {
  const names = (await fs.readdir(dir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  const out = new Map();
  for (const name of names) {
    const stem = name.replace(/\.(txt|md)$/i, '');
    const raw = JSON.parse(await fs.readFile(path.join(dir, `${stem}.expected.json`), 'utf8'));
    const residue = new Map();
    for (const { line, kind } of raw.residue) {
      if (!KINDS.includes(kind)) throw new Error(`${stem}.expected.json: unknown kind "${kind}"`);
      residue.set(line, kind);
    }
    const blank = new Set();
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') blank.add(i + 1);
    });
    out.set(path.join(dir, name), { name, residue, blank });
  }
  return out;
}

const ratio = (a, b) => (b === 0 ? null : a / b);

/**
 * @param {{ lintFiles: Function, rules: readonly any[], dir?: string }} api
 */
export async function scoreFixtures({ lintFiles, rules, dir = DEFAULT_DIR }) {
  const residueRules = rules.filter((r) => r.meta.category === 'residue');
  const residueIds = new Set(residueRules.map((r) => r.meta.id));
  const ruleConfig = Object.fromEntries(rules.map((r) => [r.meta.id, residueIds.has(r.meta.id) ? r.meta.severity : 'off']));
  const expectations = await loadExpectations(dir);
  const files = [...expectations.keys()];
  const results = await lintFiles(files, { cwd: dir, config: { rules: ruleConfig }, ignore: false });

  const perFile = [];
  /** rule id -> { flagged, correct, kinds: {kind: n} } */
  const perRule = new Map([...residueIds].map((id) => [id, { flagged: 0, correct: 0, kinds: {} }]));
  const flaggedLinesByRule = new Map([...residueIds].map((id) => [id, []]));
  const kindTotals = Object.fromEntries(KINDS.map((k) => [k, { total: 0, found: 0 }]));
  let flaggedTotal = 0;
  let correctTotal = 0;
  const cleanErrors = [];

  for (const result of results) {
    const expected = expectations.get(result.filePath);
    if (!expected) continue;
    const flagged = new Map(); // line -> Set(rule ids)
    for (const m of result.messages) {
      if (!residueIds.has(m.ruleId)) continue;
      for (const line of coveredLines(m)) {
        // A block message may span the blank lines between residue lines: they are neither residue nor text.
        if (expected.blank.has(line)) continue;
        if (!flagged.has(line)) flagged.set(line, new Set());
        flagged.get(line).add(m.ruleId);
      }
      if (expected.residue.size === 0 && m.severity === 2) cleanErrors.push(`${expected.name}:${m.line} ${m.ruleId}: ${m.reason}`);
    }
    const missed = [];
    const falseFlags = [];
    for (const [line, kind] of expected.residue) {
      kindTotals[kind].total++;
      if (flagged.has(line)) kindTotals[kind].found++;
      else missed.push({ line, kind });
    }
    for (const [line, ids] of flagged) {
      const kind = expected.residue.get(line);
      flaggedTotal++;
      if (kind) correctTotal++;
      else falseFlags.push({ line, rules: [...ids].sort() });
      for (const id of ids) {
        const r = perRule.get(id);
        r.flagged++;
        flaggedLinesByRule.get(id).push(kind ?? null);
        if (kind) {
          r.correct++;
          r.kinds[kind] = (r.kinds[kind] ?? 0) + 1;
        }
      }
    }
    perFile.push({ name: expected.name, residue: expected.residue.size, found: expected.residue.size - missed.length, missed, falseFlags });
  }

  // Attribute each rule to the kind most of its correct flags have (ties: KINDS order).
  const ruleKind = new Map();
  for (const [id, r] of perRule) {
    let best = null;
    for (const k of KINDS) if ((r.kinds[k] ?? 0) > 0 && (best === null || r.kinds[k] > r.kinds[best])) best = k;
    ruleKind.set(id, best);
  }
  const kinds = KINDS.map((kind) => {
    let flagged = 0;
    let correct = 0;
    for (const [id, labels] of flaggedLinesByRule) {
      if (ruleKind.get(id) !== kind) continue;
      flagged += labels.length;
      correct += labels.filter((l) => l !== null).length;
    }
    const t = kindTotals[kind];
    return { kind, total: t.total, found: t.found, recall: ratio(t.found, t.total), ruleFlags: flagged, precision: ratio(correct, flagged) };
  });
  const totalResidue = KINDS.reduce((n, k) => n + kindTotals[k].total, 0);
  const foundResidue = KINDS.reduce((n, k) => n + kindTotals[k].found, 0);
  return {
    files: perFile.length,
    cleanFiles: perFile.filter((f) => f.residue === 0).length,
    residueRules: [...residueIds],
    kinds,
    overall: {
      total: totalResidue,
      found: foundResidue,
      recall: ratio(foundResidue, totalResidue),
      flagged: flaggedTotal,
      correct: correctTotal,
      precision: ratio(correctTotal, flaggedTotal),
    },
    rules: [...perRule].map(([id, r]) => ({ id, kind: ruleKind.get(id), flagged: r.flagged, correct: r.correct, precision: ratio(r.correct, r.flagged) })),
    cleanErrors,
    perFile,
  };
}

const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

export function formatScore(score) {
  const out = [];
  out.push(`Fixtures: ${score.files} (${score.cleanFiles} clean); residue rules: ${score.residueRules.length}`);
  out.push('');
  out.push('| kind | residue lines | flagged | recall | lines flagged by its rules | precision |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const k of score.kinds) out.push(`| ${k.kind} | ${k.total} | ${k.found} | ${pct(k.recall)} | ${k.ruleFlags} | ${pct(k.precision)} |`);
  const o = score.overall;
  out.push(`| **overall** | ${o.total} | ${o.found} | ${pct(o.recall)} | ${o.flagged} | ${pct(o.precision)} |`);
  out.push('');
  out.push('| rule | kind | lines flagged | correct | precision |');
  out.push('|---|---|---:|---:|---:|');
  for (const r of score.rules) out.push(`| ${r.id} | ${r.kind ?? '–'} | ${r.flagged} | ${r.correct} | ${pct(r.precision)} |`);
  out.push('');
  out.push(`Errors on clean fixtures: ${score.cleanErrors.length}`);
  for (const e of score.cleanErrors) out.push(`  ${e}`);
  return out.join('\n');
}

export function formatDetails(score) {
  const out = [];
  for (const f of score.perFile) {
    if (!f.missed.length && !f.falseFlags.length) continue;
    out.push(`${f.name}: ${f.found}/${f.residue}`);
    if (f.missed.length) out.push(`  missed: ${f.missed.map((m) => `${m.line}(${m.kind})`).join(' ')}`);
    if (f.falseFlags.length) out.push(`  false: ${f.falseFlags.map((m) => `${m.line}[${m.rules.join(',')}]`).join(' ')}`);
  }
  return out.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const details = args.includes('--details');
  const dir = args.find((a) => !a.startsWith('--'));
  const api = await import(pathToFileURL(path.resolve(here, '..', 'dist', 'src', 'api.js')).href);
  const score = await scoreFixtures({ lintFiles: api.lintFiles, rules: api.rules, dir: dir ? path.resolve(dir) : DEFAULT_DIR });
  if (json) process.stdout.write(`${JSON.stringify(score, null, 2)}\n`);
  else {
    process.stdout.write(`${formatScore(score)}\n`);
    if (details) process.stdout.write(`\n${formatDetails(score)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
