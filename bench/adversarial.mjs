#!/usr/bin/env node
/**
 * Times every rule on adversarial inputs at two sizes, to find super-linear
 * regular expressions and algorithms. Run after a build (`npx tsc -p .`):
 *
 *   node bench/adversarial.mjs            # n = 50 000 characters, then 2n
 *   node bench/adversarial.mjs --n 200000 --budget 500 --json
 *
 * For each (rule, input) it reports the time at n and 2n. A linear rule takes
 * about twice as long at 2n; a ratio above 3 that repeats from 2n to 4n is
 * flagged SUPERLINEAR, and any time above the budget (ms at 2n) is flagged SLOW.
 * The natural-language tree is parsed once per input before the rules run, so
 * rule times exclude it; its own time is shown as the "(nlcst parse)" row.
 * Exit code 1 when anything is flagged, so CI can run it as a gate.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { rules } from '../dist/rules/index.js';
import { Document, NLCST_MAX_CHARS } from '../dist/src/engine/document.js';
import { runRules } from '../dist/src/engine/runner.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '50000' },
    budget: { type: 'string', default: '1000' },
    only: { type: 'string' },
    json: { type: 'boolean' },
    repeat: { type: 'string', default: '1' },
  },
});
const N = Number(values.n);
const BUDGET = Number(values.budget);
const REPEAT = Math.max(1, Number(values.repeat));

const rep = (s, n) => s.repeat(Math.max(1, Math.ceil(n / s.length))).slice(0, n);
/** Each input: name → (n) => text of about n characters. */
const INPUTS = {
  'one long word': (n) => 'a'.repeat(n),
  'blank lines': (n) => '\n'.repeat(n),
  'blank lines CRLF': (n) => rep('\r\n', n),
  'whitespace lines': (n) => rep(' \t \n', n),
  'spaces then x': (n) => `${' '.repeat(n)}x`,
  'spaces then newline': (n) => `x${' '.repeat(n)}\nx`,
  'nested quotes': (n) => `${'“'.repeat(n / 2)}${'”'.repeat(n / 2)}`,
  'unclosed quotes': (n) => rep('"a ', n),
  'nested brackets': (n) => `${'(['.repeat(n / 4)}x${'])'.repeat(n / 4)}`,
  'unclosed brackets': (n) => '('.repeat(n),
  'repeated !': (n) => '!'.repeat(n),
  'repeated .': (n) => '.'.repeat(n),
  'repeated , ': (n) => rep(', ', n),
  'repeated ?!': (n) => rep('?!', n),
  'dots and spaces': (n) => rep('. ', n),
  'words one line': (n) => rep('the talks resumed on Sunday ', n),
  'same word': (n) => rep('the ', n),
  'capitalised words': (n) => rep('Ahmed Al Rashid ', n),
  'short lines': (n) => rep('Talks resumed.\n', n),
  'residue lines': (n) => rep('Skip to content\nMost Popular\nShare this article\n', n),
  'mojibake run': (n) => rep('â€™', n),
  'digits': (n) => '1'.repeat(n),
  'digits and separators': (n) => rep('1,2.3:4 ', n),
  'long url': (n) => `https://example.com/${'a/'.repeat(n / 2)}`,
  'email-like': (n) => `${'a.'.repeat(n / 2)}@`,
  'hyphens': (n) => rep('a-', n),
  'apostrophes': (n) => rep("a'", n),
  'nbsp and zero-width': (n) => rep('a\u00a0\u200b', n),
  'html entities': (n) => rep('&amp;', n),
  'broken entities': (n) => rep('&#', n),
  'markdown emphasis': (n) => rep('*_', n),
  'hashes': (n) => '#'.repeat(n),
  'pipes': (n) => rep('| a ', n),
  'replacement chars': (n) => '\ufffd'.repeat(n),
  'tabs': (n) => '\t'.repeat(n),
  'mixed scripts': (n) => rep('Москва 東京 القاهرة ', n),
  'CRLF blanks then nbsp': (n) => `A.${'\r\n'.repeat(n / 2)}\u00a0\r\nB.`,
  'CRLF blanks then form feed': (n) => `A${'\r\n'.repeat(n / 2)}\f\nb`,
};

const selected = values.only ? rules.filter((r) => values.only.split(',').includes(r.meta.id)) : rules;

function timeRule(doc, rule) {
  const active = [{ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }];
  let best = Infinity;
  let messages = 0;
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    messages = runRules(doc, active).length;
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, messages };
}

function measure(name, make, n) {
  const text = make(n);
  const doc = new Document(text, 'adversarial.txt');
  const t = performance.now();
  try {
    if (text.length <= NLCST_MAX_CHARS) void doc.nlcst;
  } catch {
    // parse failures show up per rule
  }
  const parse = performance.now() - t;
  const perRule = new Map();
  for (const rule of selected) perRule.set(rule.meta.id, timeRule(doc, rule));
  return { parse, perRule, length: text.length };
}

const rows = [];
const started = performance.now();
for (const [name, make] of Object.entries(INPUTS)) {
  const a = measure(name, make, N);
  const b = measure(name, make, 2 * N);
  rows.push({ rule: '(nlcst parse)', input: name, n: a.length, msN: a.parse, ms2N: b.parse });
  for (const rule of selected) {
    const id = rule.meta.id;
    rows.push({ rule: id, input: name, n: a.length, msN: a.perRule.get(id).ms, ms2N: b.perRule.get(id).ms, messages: b.perRule.get(id).messages });
  }
}
for (const r of rows) {
  r.ratio = r.ms2N / Math.max(r.msN, 0.5);
  r.flags = [r.ms2N > BUDGET ? 'SLOW' : ''].filter(Boolean);
}
// A suspect (time more than tripled from n to 2n) is confirmed at 4n, alone, best of 3:
// a super-linear rule more than triples again; noise and GC pauses do not.
for (const r of rows.filter((x) => x.ratio > 3 && x.ms2N > 20)) {
  const make = INPUTS[r.input];
  const once = (n) => {
    const doc = new Document(make(n), 'adversarial.txt');
    if (r.rule === '(nlcst parse)') {
      const t = performance.now();
      void doc.nlcst;
      return performance.now() - t;
    }
    try {
      if (doc.text.length <= NLCST_MAX_CHARS) void doc.nlcst;
    } catch {
      // see above
    }
    const rule = rules.find((x) => x.meta.id === r.rule);
    return Math.min(...[0, 1, 2].map(() => timeRule(doc, rule).ms));
  };
  const t1 = once(N);
  const t2 = once(2 * N);
  const t4 = once(4 * N);
  r.confirm = [t1, t2, t4];
  r.ms4N = t4;
  r.ratio4 = t4 / Math.max(t2, 0.5);
  // Linear doubles; quadratic quadruples. Both steps must grow by more than 2.8×.
  if (t2 / Math.max(t1, 0.5) > 2.8 && r.ratio4 > 2.8 && t4 > 50) r.flags.unshift('SUPERLINEAR');
}
const offenders = rows.filter((r) => r.flags.length);
const elapsed = ((performance.now() - started) / 1000).toFixed(1);

if (values.json) {
  console.log(JSON.stringify({ n: N, budgetMs: BUDGET, node: process.version, elapsedS: Number(elapsed), offenders, rows }, null, 2));
} else {
  const fmt = (x) => x.toFixed(1).padStart(9);
  console.log(`articlelint adversarial bench: ${selected.length} rules × ${Object.keys(INPUTS).length} inputs, n = ${N} and ${2 * N} chars, budget ${BUDGET} ms (Node ${process.version})`);
  const slowest = [...rows].sort((x, y) => y.ms2N - x.ms2N).slice(0, 15);
  console.log('\nslowest (rule, input, ms at n, ms at 2n, ratio):');
  for (const r of slowest) console.log(`  ${r.rule.padEnd(26)} ${r.input.padEnd(22)} ${fmt(r.msN)} ${fmt(r.ms2N)} ${r.ratio.toFixed(1).padStart(6)} ${r.flags.join(' ')}`);
  console.log(`\noffenders: ${offenders.length}`);
  for (const r of offenders) {
    const times = r.confirm ? r.confirm : [r.msN, r.ms2N];
    console.log(`  ${r.flags.join('+').padEnd(17)} ${r.rule.padEnd(26)} ${r.input.padEnd(22)} ${times.map((t) => `${t.toFixed(0)} ms`).join(' → ')} (n, 2n${r.confirm ? ', 4n' : ''})`);
  }
  console.log(`\ndone in ${elapsed} s`);
}
process.exitCode = offenders.length ? 1 : 0;
