#!/usr/bin/env node
/**
 * Precision and recall of the sentence rules on the fixture set
 * `tests/fixtures/sentences/cases.txt`.
 *
 *   npx tsc -p . && node scripts/score-sentences.mjs [--verbose]
 *
 * A "+" case must be flagged by the rule of its kind (recall); a "-" case must
 * not be flagged by the rule of its kind (precision) — and, counted
 * separately, by no sentence rule at all ("cross-rule false positives").
 * The parsing and scoring functions are exported for the tests, which run
 * them on the TypeScript sources.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const CASES_PATH = join(here, '..', 'tests', 'fixtures', 'sentences', 'cases.txt');

/** The rule ids of the sentence kinds, in report order. */
export const SENTENCE_RULES = [
  'no-sentence-fragment',
  'no-stray-token',
  'sentence-spacing',
  'no-unbalanced-quotes',
  'no-mismatched-quotes',
  'no-hard-wrap',
  'no-truncated-paragraph',
  'no-unterminated-paragraph',
  'repeated-words',
];

/** @returns {{kind: string, broken: boolean, text: string, line: number}[]} */
export function parseCases(source = readFileSync(CASES_PATH, 'utf8')) {
  const cases = [];
  let kind = '';
  source.split('\n').forEach((raw, i) => {
    if (raw.startsWith('## ')) kind = raw.slice(3).trim();
    else if (/^[+-] /.test(raw)) {
      if (!kind) throw new Error(`cases.txt:${i + 1}: case before any "## kind" line`);
      cases.push({ kind, broken: raw[0] === '+', text: raw.slice(2).replace(/\\n/g, '\n'), line: i + 1 });
    }
  });
  return cases;
}

/**
 * @param cases from parseCases
 * @param lint (text) => array of rule ids that reported on the text
 */
export function scoreCases(cases, lint) {
  const kinds = new Map();
  const failures = [];
  let crossFalsePositives = 0;
  let legit = 0;
  for (const c of cases) {
    const k = kinds.get(c.kind) ?? { kind: c.kind, tp: 0, fn: 0, fp: 0, tn: 0, broken: 0, legit: 0 };
    kinds.set(c.kind, k);
    const ids = lint(c.text);
    const flagged = ids.includes(c.kind);
    if (c.broken) {
      k.broken++;
      if (flagged) k.tp++;
      else {
        k.fn++;
        failures.push({ ...c, why: 'missed', ids });
      }
    } else {
      k.legit++;
      legit++;
      if (flagged) {
        k.fp++;
        failures.push({ ...c, why: 'false positive', ids });
      } else k.tn++;
      const others = ids.filter((id) => id !== c.kind && SENTENCE_RULES.includes(id));
      if (others.length) {
        crossFalsePositives++;
        failures.push({ ...c, why: `flagged by ${others.join(', ')}`, ids });
      }
    }
  }
  const rows = [...kinds.values()].map((k) => ({
    ...k,
    precision: k.tp + k.fp === 0 ? 1 : k.tp / (k.tp + k.fp),
    recall: k.tp + k.fn === 0 ? 1 : k.tp / (k.tp + k.fn),
  }));
  return { rows, failures, crossFalsePositives, legit, total: cases.length };
}

export function formatTable(score) {
  const out = ['| kind (rule) | broken | legitimate | precision | recall |', '| --- | ---: | ---: | ---: | ---: |'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of score.rows) {
    out.push(`| \`${r.kind}\` | ${r.broken} | ${r.legit} | ${r.precision.toFixed(2)} | ${r.recall.toFixed(2)} |`);
    tp += r.tp;
    fp += r.fp;
    fn += r.fn;
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const rc = tp + fn === 0 ? 1 : tp / (tp + fn);
  const broken = score.rows.reduce((n, r) => n + r.broken, 0);
  out.push(`| **all** | ${broken} | ${score.legit} | ${p.toFixed(2)} | ${rc.toFixed(2)} |`);
  out.push('');
  out.push(`${score.total} cases; legitimate cases flagged by another sentence rule: ${score.crossFalsePositives} of ${score.legit}.`);
  return out.join('\n');
}

async function main() {
  const dist = join(here, '..', 'dist');
  const { Document } = await import(join(dist, 'src', 'engine', 'document.js'));
  const { runRules } = await import(join(dist, 'src', 'engine', 'runner.js'));
  const active = [];
  for (const id of SENTENCE_RULES) {
    const rule = (await import(join(dist, 'rules', `${id}.js`))).default;
    active.push({ rule, severity: rule.meta.severity === 'error' ? 2 : 1, options: rule.meta.defaultOptions ?? {} });
  }
  const lint = (text) => runRules(new Document(text, 'case.txt'), active).map((m) => m.ruleId);
  const score = scoreCases(parseCases(), lint);
  console.log(formatTable(score));
  if (process.argv.includes('--verbose')) {
    for (const f of score.failures) console.log(`cases.txt:${f.line} [${f.kind}] ${f.why}: ${JSON.stringify(f.text)} -> ${f.ids.join(', ') || 'nothing'}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
