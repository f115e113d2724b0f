#!/usr/bin/env node
/**
 * `npm run score:precision`: how precise each residue rule and each kind of
 * finding (messageId) is on the labelled development sets, and what the
 * default `--fix` does to them. Writes docs/residue-precision.md.
 *
 * A finding flags the lines from its start line to its end line (an end at
 * column 1 of a later line does not cover that line), exactly as
 * ../shared/tools/score-residue.py counts them. A flagged line labelled
 * `residue` is correct, `content` wrong, `ignore` is not counted. A kind may
 * be a safe fix only when its precision is at least 99.5% on every set where
 * it flags a labelled line and it flags at least MIN_SUPPORT labelled lines
 * over all sets (fewer cannot show 99.5%).
 *
 * scripts/residue-label-audit.json lists the few lines the labels call
 * content that are plainly furniture (a photo credit, a "published on" stamp,
 * a copyright footer), each with its reason. The verdict goes by the labels
 * as they are (a default --fix must not delete what they call article text);
 * the table shows the audit beside the raw precision.
 *
 *   node scripts/residue-precision.mjs [--no-fix] [--out docs/residue-precision.md]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.REALPAGES ?? '../shared/realpages-dev');
const fixScorer = path.resolve(root, '../shared/tools/score-fix.py');
const SETS = ['crop15', 'page', 'multilingual'];
const THRESHOLD = 0.995;
const MIN_SUPPORT = 8;

const args = process.argv.slice(2);
const out = path.resolve(root, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/residue-precision.md');
const withFix = !args.includes('--no-fix');

for (const set of SETS) {
  if (!existsSync(path.join(shared, set))) {
    console.error(`articlelint: ${path.join(shared, set)} not found (set REALPAGES to the folder of the development sets)`);
    process.exit(2);
  }
}
const { rules } = await import(path.join(root, 'dist/src/api.js'));
const residueRules = rules.filter((r) => r.meta.category === 'residue');
const residueIds = new Set(residueRules.map((r) => r.meta.id));

const audit = JSON.parse(readFileSync(path.join(root, 'scripts/residue-label-audit.json'), 'utf8'));

function lint(dir, extra = []) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/articlelint.js'), dir, '--no-config-lookup', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status === 2) throw new Error(`articlelint failed on ${dir}: ${run.stderr.split('\n')[0]}`);
  return run.stdout;
}

/** Labels and lines of a set, by page name (as score-residue.py's load_bench). */
function loadSet(dir) {
  const pages = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.labels.json')).sort()) {
    const name = f.slice(0, -'.labels.json'.length);
    const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    const labels = Array.isArray(raw) ? raw : raw.labels;
    const lines = readFileSync(path.join(dir, `${name}.txt`), 'utf8').split('\n');
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    if (lines.length !== labels.length) throw new Error(`${name}: ${lines.length} lines but ${labels.length} labels`);
    pages.set(name, labels);
  }
  return pages;
}

/** 1-based lines a message covers (score-residue.py's flagged_lines for one message). */
function coveredLines(m, nLines) {
  const a = m.line;
  if (!a) return [];
  let b = m.endLine || a;
  if (b > a && m.endColumn === 1) b -= 1;
  const lines = [];
  for (let ln = Math.max(1, a); ln <= Math.min(nLines, Math.max(a, b)); ln++) lines.push(ln);
  return lines;
}

const fixClass = (m) => (m.fix ? 'safe' : m.suggestions?.length ? 'suggestion' : 'none');
const blank = () => ({ findings: 0, residue: 0, content: 0, audited: 0, fix: new Set() });

/** stats[kind][set] and stats[rule][set]: findings, residue and content lines flagged. */
const byKind = new Map();
const byRule = new Map();
const flaggedBy = new Map(); // set -> { residue, content } over all residue rules
function add(map, key, set, m, labs, audited) {
  if (!map.has(key)) map.set(key, Object.fromEntries(SETS.map((s) => [s, blank()])));
  const s = map.get(key)[set];
  s.findings++;
  s.fix.add(fixClass(m));
  labs.forEach((l, i) => {
    if (l === 'residue' || l === 'content') s[l]++;
    if (l === 'content' && audited[i]) s.audited++;
  });
}

for (const set of SETS) {
  const dir = path.join(shared, set);
  const pages = loadSet(dir);
  const report = JSON.parse(lint(dir, ['--format', 'json']));
  const all = { residue: new Set(), content: new Set() };
  for (const entry of report) {
    const name = path.basename(entry.filePath).replace(/\.txt$/, '');
    const labels = pages.get(name);
    if (!labels) continue;
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8').split('\n');
    const isAudited = (ln) => audit.some((a) => a.set === set && a.page === name && a.text === text[ln - 1]);
    for (const m of entry.messages) {
      if (!residueIds.has(m.ruleId)) continue;
      const lines = coveredLines(m, labels.length);
      const labs = lines.map((ln) => labels[ln - 1]);
      const audited = lines.map(isAudited);
      add(byKind, `${m.ruleId}/${m.messageId ?? '?'}`, set, m, labs, audited);
      add(byRule, m.ruleId, set, m, labs, audited);
      lines.forEach((ln, i) => {
        if (labs[i] === 'residue' || labs[i] === 'content') all[labs[i]].add(`${name}:${ln}`);
      });
    }
  }
  flaggedBy.set(set, { residue: all.residue.size, content: all.content.size });
}

/** What default `--fix` did, by score-fix.py. */
const fixScores = new Map();
if (withFix) {
  for (const set of SETS) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), `articlelint-precision-${set}-`));
    try {
      const copy = path.join(tmp, set);
      cpSync(path.join(shared, set), copy, { recursive: true });
      lint(copy, ['--fix', '--format', 'json']);
      const json = path.join(tmp, 'fix.json');
      const score = spawnSync('python3', [fixScorer, path.join(shared, set), copy, '--json', json], { encoding: 'utf8' });
      if (score.status !== 0) throw new Error(`score-fix.py failed: ${score.stderr}`);
      fixScores.set(set, JSON.parse(readFileSync(json, 'utf8')));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

const pct = (x) => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const precision = (s) => (s.residue + s.content ? s.residue / (s.residue + s.content) : undefined);
/** Precision with the audited lines counted as residue. */
const auditedPrecision = (s) => (s.residue + s.content ? (s.residue + s.audited) / (s.residue + s.content) : undefined);

/** Whether the measurements allow a safe fix for this kind. */
function verdict(stats) {
  const support = SETS.reduce((n, set) => n + stats[set].residue + stats[set].content, 0);
  const failing = SETS.filter((set) => {
    const p = precision(stats[set]);
    return p !== undefined && p < THRESHOLD;
  });
  if (failing.length) return { safe: false, why: `precision < 99.5% on ${failing.join(', ')}` };
  if (support < MIN_SUPPORT) return { safe: false, why: `${support} labelled lines (< ${MIN_SUPPORT})` };
  return { safe: true, why: `≥ 99.5% on every set, ${support} labelled lines` };
}

function cells(stats) {
  return SETS.map((set) => {
    const s = stats[set];
    const note = s.audited ? ` (${s.audited} audited: ${pct(auditedPrecision(s))})` : '';
    return s.findings ? `${s.findings} · ${s.residue}/${s.content} · ${pct(precision(s))}${note}` : '–';
  });
}

function row(key, stats) {
  const fixes = [...new Set(SETS.flatMap((set) => [...stats[set].fix]))].sort().join(' + ') || '–';
  const v = verdict(stats);
  const flag = fixes.includes('safe') && !v.safe ? ' **(safe without measure)**' : '';
  return `| \`${key}\` | ${cells(stats).join(' | ')} | ${fixes}${flag} | ${v.safe ? 'may be safe' : 'suggestion'}: ${v.why} |`;
}

const lines = [
  '# Residue rules: precision by rule and kind of finding',
  '',
  'Written by `npm run build && npm run score:precision` (scripts/residue-precision.mjs) from the',
  'labelled development sets in `../shared/realpages-dev` (crop15, page, multilingual), all rules of',
  '`articlelint:recommended`, after the engine keeps one residue finding per line. Do not edit by hand.',
  '',
  'Each cell: findings · flagged lines labelled residue/content · precision (lines labelled `ignore`',
  `are not counted; on multilingual only ~3% of lines carry a label). A kind may be a safe fix only`,
  `with precision ≥ 99.5% on every set where it flags a labelled line, and ≥ ${MIN_SUPPORT} labelled lines in all`,
  '(fewer is no measurement at all; even 8 clean lines only bound the error rate loosely). Everything else is a suggestion.',
  '',
  'Audited labels (scripts/residue-label-audit.json): lines the labels call content that are plainly',
  'furniture. The verdict goes by the labels as they are (a default `--fix` must not delete what they',
  'call article text); the audit is shown beside the raw precision:',
  '',
  ...audit.map((a) => `- ${a.set} \`${a.page}\`: "${a.text}" — ${a.reason}`),
  '',
  'Kinds off by default because our labels call them article text (measured with the option on; the',
  "development pages' publishers keep these lines in the article body, other sources' labels may not):",
  '',
  '- `no-byline/wireCredit` ("Reporting by …; Editing by …"), option `wireCredits`: crop15 0/1, page 0/1 (residue/content lines).',
  '- `no-legal-footer/republished` ("Originally published on …"), option `republicationNotes`: crop15 0/2, page 0/2.',
  '',
  'Both stay suggestions when turned on, so `--fix` never removes them. `no-timestamp/period` (two dates',
  'without a publishing word) flagged 0 residue and 1 content line and is gone: such a line is the period',
  'the story names.',
  '',
  '## By kind of finding (ruleId/messageId)',
  '',
  `| kind | ${SETS.join(' | ')} | fix now | measured |`,
  `|---|${SETS.map(() => '---:').join('|')}|---|---|`,
  ...[...byKind.keys()].sort().map((k) => row(k, byKind.get(k))),
  '',
  '## By rule (all its kinds together; the fix class is decided per kind above)',
  '',
  `| rule | ${SETS.join(' | ')} |`,
  `|---|${SETS.map(() => '---:').join('|')}|`,
  ...[...byRule.keys()].sort().map((k) => `| \`${k}\` | ${cells(byRule.get(k)).join(' | ')} |`),
  '',
  '## All residue rules together',
  '',
  `| set | residue lines flagged | content lines flagged |`,
  `|---|---:|---:|`,
  ...SETS.map((set) => `| ${set} | ${flaggedBy.get(set).residue} | ${flaggedBy.get(set).content} |`),
];
if (withFix) {
  lines.push(
    '',
    '## Default `--fix` (safe fixes only), scored by `../shared/tools/score-fix.py`',
    '',
    '| set | residue lines removed | content lines deleted | article words lost |',
    '|---|---:|---:|---:|',
    ...SETS.map((set) => {
      const f = fixScores.get(set);
      return `| ${set} | ${f.residue_removed}/${f.residue_lines} (${pct(f.residue_removed_share)}) | ${f.content_deleted ?? 0} on ${f.pages_losing_content} pages | ${f.content_words_lost ?? 0}/${f.content_words} (${(100 * f.content_words_lost_share).toFixed(2)}%) |`;
    }),
  );
  const deleted = SETS.flatMap((set) => (fixScores.get(set).deleted ?? []).map(([page, ln, text]) => `- ${set} \`${page}\` line ${ln}: ${text}`));
  if (deleted.length) lines.push('', 'Content lines (by the labels) that the default `--fix` deletes:', '', ...deleted);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
