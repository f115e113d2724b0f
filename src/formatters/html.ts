/**
 * `--format html -o report.html`: one self-contained page for a whole run.
 *
 * Totals by rule and by file, a bar chart of findings per rule (inline SVG),
 * then every article that has problems with its text and the problems
 * highlighted in place, each finding listed with its proposed fix or
 * suggestions as a diff (removed text struck through in red, inserted text in
 * green). Checkboxes filter by rule and severity (inline script). Nothing is
 * loaded from the network: the page carries a Content-Security-Policy that
 * forbids it.
 *
 * Counts are exposed as data attributes for tests and scripts:
 * `body[data-problems|data-errors|data-warnings|data-files]`,
 * `[data-testid=…][data-count]`, `tr[data-rule][data-count]`,
 * `tr[data-file][data-count]`, `li.finding[data-rule][data-severity]`,
 * `#shown[data-count]` (the problems the filters let through).
 */
import type { Fix, LintResult, RuleMeta } from '../types.js';
import type { Formatter } from './types.js';
import { documentText, packageInfo, relativePath, severityName, spanOf } from './util.js';

/** Pseudo rule id for file-level failures (unreadable, binary, too large). */
export const FATAL_RULE = '(file)';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

interface Finding {
  id: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  start?: number;
  end?: number;
  fix?: Fix;
  suggestions: { desc: string; fix: Fix }[];
  /** A residue finding's confidence (0–1) and the signals that fired. */
  confidence?: number;
  evidence?: string[];
}

interface FileEntry {
  index: number;
  path: string;
  text: string | undefined;
  findings: Finding[];
  errors: number;
  warnings: number;
}

interface RuleTotals {
  ruleId: string;
  errors: number;
  warnings: number;
  fixable: number;
}

/** Offset of a 1-based line/column in `text`, when the message carries no offset. */
function offsetOf(text: string, line: number, column: number): number | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  const at = offset + column - 1;
  return at <= text.length ? at : undefined;
}

function collect(results: LintResult[], cwd: string): { files: FileEntry[]; rules: Map<string, RuleTotals> } {
  const rules = new Map<string, RuleTotals>();
  const files: FileEntry[] = [];
  results.forEach((r, index) => {
    const text = r.messages.length ? documentText(r) : undefined;
    const entry: FileEntry = { index, path: relativePath(r.filePath, cwd), text, findings: [], errors: 0, warnings: 0 };
    r.messages.forEach((m, k) => {
      const ruleId = m.ruleId ?? FATAL_RULE;
      const severity = severityName(m);
      const f: Finding = { id: `${index}-${k}`, ruleId, severity, message: m.reason, suggestions: m.suggestions ?? [] };
      if (typeof m.data?.confidence === 'number') f.confidence = m.data.confidence;
      if (Array.isArray(m.data?.evidence)) f.evidence = m.data.evidence.map(String);
      if (m.fix) f.fix = m.fix;
      const span = spanOf(m);
      if (span) {
        Object.assign(f, { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn });
        if (text !== undefined) {
          let start = span.start ?? offsetOf(text, span.line, span.column);
          let end = span.end ?? (span.endLine !== undefined && span.endColumn !== undefined ? offsetOf(text, span.endLine, span.endColumn) : start);
          if (start !== undefined && end !== undefined && start <= text.length) {
            end = Math.min(Math.max(end, start), text.length);
            start = Math.max(0, start);
            f.start = start;
            f.end = end;
          }
        }
      }
      entry.findings.push(f);
      if (severity === 'error') entry.errors++;
      else entry.warnings++;
      const t = rules.get(ruleId) ?? { ruleId, errors: 0, warnings: 0, fixable: 0 };
      if (severity === 'error') t.errors++;
      else t.warnings++;
      if (m.fix) t.fixable++;
      rules.set(ruleId, t);
    });
    files.push(entry);
  });
  return { files, rules };
}

/** Text with visible line breaks, for diffs: a removed or inserted newline must show. */
function showBreaks(s: string): string {
  return esc(s).replace(/\r\n|\n|\r/g, (nl) => `<span class="nl">${nl === '\r\n' ? '␍↵' : nl === '\r' ? '␍' : '↵'}</span>\n`);
}

const CONTEXT = 60;

function diffHtml(text: string | undefined, fix: Fix): string {
  const [a, b] = fix.range;
  if (text === undefined || b > text.length || a < 0 || a > b) {
    return `<pre class="diff"><span class="ctx">(characters ${a}–${b})</span> ${fix.text ? `<ins>${showBreaks(fix.text)}</ins>` : '<del>(removed)</del>'}</pre>`;
  }
  const lineStart = Math.max(text.lastIndexOf('\n', a - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', b);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(lineStart, a - CONTEXT);
  const to = Math.min(lineEnd, b + CONTEXT);
  const before = (from > lineStart ? '…' : '') + text.slice(from, a);
  const after = text.slice(b, to) + (to < lineEnd ? '…' : '');
  const del = text.slice(a, b);
  return (
    '<pre class="diff">' +
    `<span class="ctx">${esc(before)}</span>` +
    (del ? `<del>${showBreaks(del)}</del>` : '') +
    (fix.text ? `<ins>${showBreaks(fix.text)}</ins>` : '') +
    `<span class="ctx">${esc(after)}</span>` +
    '</pre>'
  );
}

/** The article text with each problem's range wrapped in <mark>; overlapping ranges split into segments. */
function highlightedText(text: string, findings: Finding[]): string {
  const ranged = findings.filter((f) => f.start !== undefined && f.end !== undefined);
  const bounds = new Set<number>([0, text.length]);
  for (const f of ranged) {
    bounds.add(f.start!);
    bounds.add(f.end!);
  }
  const cuts = [...bounds].sort((x, y) => x - y);
  const out: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    // Anchors for the findings that start here, then markers for empty ranges.
    for (const f of ranged) if (f.start === at) out.push(`<span class="anchor" id="at-${f.id}"></span>`);
    const points = ranged.filter((f) => f.start === at && f.end === at);
    if (points.length) out.push(`<mark class="hl point" data-ids="${points.map((f) => f.id).join(' ')}"></mark>`);
    const next = cuts[i + 1];
    if (next === undefined) break;
    const piece = text.slice(at, next);
    const covering = ranged.filter((f) => f.start! <= at && f.end! >= next && f.end! > f.start!);
    if (!covering.length) out.push(esc(piece));
    else out.push(`<mark class="hl" data-ids="${covering.map((f) => f.id).join(' ')}">${esc(piece)}</mark>`);
  }
  return out.join('');
}

function findingHtml(f: Finding, text: string | undefined, meta: RuleMeta | undefined): string {
  const where = f.line !== undefined ? `${f.line}:${f.column}` : '—';
  const loc = f.start !== undefined ? `<a class="loc" href="#at-${f.id}">${where}</a>` : `<span class="loc">${where}</span>`;
  const parts = [
    `<li class="finding sev-${f.severity}" id="finding-${f.id}" data-id="${f.id}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}"${f.line !== undefined ? ` data-line="${f.line}"` : ''}>`,
    `<div class="head">${loc} <span class="sev">${f.severity}</span> <span class="msg">${esc(f.message)}</span> <code class="rule" title="${esc(meta?.description ?? '')}">${esc(f.ruleId)}</code></div>`,
  ];
  if (f.confidence !== undefined || f.evidence?.length) {
    const confidence = f.confidence !== undefined ? `confidence ${f.confidence.toFixed(2)}` : '';
    const evidence = f.evidence?.length ? `evidence: ${f.evidence.map(esc).join(', ')}` : '';
    parts.push(`<div class="evidence">${[confidence, evidence].filter(Boolean).join(' · ')}</div>`);
  }
  if (f.fix) parts.push(`<div class="fix" data-kind="fix"><span class="label">Fix (--fix)</span>${diffHtml(text, f.fix)}</div>`);
  for (const s of f.suggestions) parts.push(`<div class="fix suggestion" data-kind="suggestion"><span class="label">Suggestion: ${esc(s.desc)}</span>${diffHtml(text, s.fix)}</div>`);
  parts.push('</li>');
  return parts.join('');
}

function chartSvg(rules: RuleTotals[]): string {
  const rowH = 26;
  const labelW = 210;
  const barW = 520;
  const max = Math.max(1, ...rules.map((r) => r.errors + r.warnings));
  const height = rules.length * rowH + 8;
  const rows = rules.map((r, i) => {
    const y = 4 + i * rowH;
    const we = (r.errors / max) * barW;
    const ww = (r.warnings / max) * barW;
    const total = r.errors + r.warnings;
    return (
      `<g class="bar" data-rule="${esc(r.ruleId)}" data-count="${total}" data-errors="${r.errors}" data-warnings="${r.warnings}">` +
      `<title>${esc(r.ruleId)}: ${total} (${r.errors} errors, ${r.warnings} warnings)</title>` +
      `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="label">${esc(r.ruleId)}</text>` +
      (we > 0 ? `<rect x="${labelW}" y="${y + 3}" width="${we.toFixed(1)}" height="${rowH - 8}" class="e"/>` : '') +
      (ww > 0 ? `<rect x="${(labelW + we).toFixed(1)}" y="${y + 3}" width="${ww.toFixed(1)}" height="${rowH - 8}" class="w"/>` : '') +
      `<text x="${(labelW + we + ww + 6).toFixed(1)}" y="${y + 16}" class="n">${total}</text>` +
      '</g>'
    );
  });
  return `<svg class="chart" role="img" aria-label="Findings per rule" viewBox="0 0 ${labelW + barW + 60} ${height}" width="100%" style="max-width:${labelW + barW + 60}px">${rows.join('')}</svg>`;
}

const STYLE = `
:root{--err:#c62828;--warn:#b7791f;--err-bg:rgba(198,40,40,.16);--warn-bg:rgba(214,158,46,.24);--ins:#1a7f37;--ins-bg:#dafbe1;--del-bg:#ffebe9;--line:#d8dee4;--muted:#57606a;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;background:#fff}
header,main>section{padding:16px 28px}
header{background:var(--bg);border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:8px 0 12px}h3{font-size:15px;margin:0}
.meta{color:var(--muted);margin:0 0 12px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 16px;min-width:120px}
.card .num{display:block;font-size:24px;font-weight:650}
.card.err .num{color:var(--err)}.card.warn .num{color:var(--warn)}
#filters{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
#filters legend{float:left;font-weight:600;margin-right:6px}
#filters label{white-space:nowrap;cursor:pointer}
#filters button{font:inherit;padding:1px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
#shown{margin:0;font-weight:600}
table{border-collapse:collapse;width:100%;max-width:1100px}
th,td{text-align:left;padding:4px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--bg);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.dim{opacity:.4}
.chart .label{font-size:12px;fill:#1f2328}.chart .n{font-size:12px;fill:var(--muted)}
.chart .e{fill:var(--err)}.chart .w{fill:#d69e2e}.chart .dim{opacity:.25}
.legend{color:var(--muted);font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:-1px}
article.file{border:1px solid var(--line);border-radius:8px;margin:0 0 20px;overflow:hidden}
article.file>h3{background:var(--bg);padding:8px 14px;border-bottom:1px solid var(--line);display:flex;gap:12px;align-items:baseline}
article.file>h3 .counts{color:var(--muted);font-weight:400}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr)}
@media (max-width:1000px){.cols{grid-template-columns:1fr}}
ol.findings{list-style:none;margin:0;padding:8px 12px;border-right:1px solid var(--line);max-height:640px;overflow:auto}
li.finding{padding:6px 0;border-bottom:1px dashed var(--line)}
li.finding .loc{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);margin-right:4px}
li.finding .evidence{color:var(--muted);font-size:12px;margin:2px 0 0 4px}
li.finding .sev{font-size:11px;text-transform:uppercase;font-weight:700;padding:0 5px;border-radius:4px;color:#fff}
li.sev-error .sev{background:var(--err)}li.sev-warning .sev{background:var(--warn)}
li.finding code.rule{color:var(--muted);font-size:12px}
li.finding.flash{background:#fff8c5}
.fix{margin:4px 0 0 20px}.fix .label{font-size:12px;color:var(--muted)}
pre.diff{margin:2px 0;padding:4px 8px;background:var(--bg);border-radius:6px;white-space:pre-wrap;word-break:break-word;font:12px/1.45 ui-monospace,"DejaVu Sans Mono",monospace}
pre.diff del{background:var(--del-bg);color:var(--err);text-decoration:line-through}
pre.diff ins{background:var(--ins-bg);color:var(--ins);text-decoration:none}
pre.diff .ctx{color:var(--muted)}pre.diff .nl{opacity:.7}
pre.text{margin:0;padding:10px 14px;white-space:pre-wrap;word-break:break-word;font:13px/1.6 ui-monospace,"DejaVu Sans Mono",monospace;max-height:640px;overflow:auto}
mark.hl{background:var(--warn-bg);color:inherit;border-bottom:2px solid var(--warn);cursor:help}
mark.hl.has-error{background:var(--err-bg);border-bottom-color:var(--err)}
mark.hl.off{background:none;border-bottom:0;cursor:auto}
mark.hl.point{display:inline-block;width:3px;height:1.1em;vertical-align:-2px;background:var(--warn);border:0}
mark.hl.point.has-error{background:var(--err)}mark.hl.point.off{background:none}
mark.hl.flash{outline:2px solid #0969da}
.notext{padding:10px 14px;color:var(--muted)}
[hidden]{display:none!important}
article.file,li.finding,.anchor{scroll-margin-top:11rem}
`;

const SCRIPT = `
(() => {
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const findings = $$('li.finding');
  const byId = new Map(findings.map((li) => [li.dataset.id, li]));
  const sevBoxes = $$('input[data-filter-severity]');
  const ruleBoxes = $$('input[data-filter-rule]');
  const shown = document.getElementById('shown');
  const total = findings.length;
  function apply() {
    const sev = new Set(sevBoxes.filter((b) => b.checked).map((b) => b.dataset.filterSeverity));
    const rules = new Set(ruleBoxes.filter((b) => b.checked).map((b) => b.dataset.filterRule));
    const visible = new Set();
    const perRule = new Map();
    const perFile = new Map();
    for (const li of findings) {
      const on = sev.has(li.dataset.severity) && rules.has(li.dataset.rule);
      li.hidden = !on;
      if (!on) continue;
      visible.add(li.dataset.id);
      perRule.set(li.dataset.rule, (perRule.get(li.dataset.rule) || 0) + 1);
      const file = li.closest('article').dataset.file;
      perFile.set(file, (perFile.get(file) || 0) + 1);
    }
    for (const mk of $$('mark.hl')) {
      const ids = mk.dataset.ids.split(' ').filter((id) => visible.has(id));
      mk.classList.toggle('off', ids.length === 0);
      mk.classList.toggle('has-error', ids.some((id) => byId.get(id).dataset.severity === 'error'));
      mk.title = ids.map((id) => { const li = byId.get(id); return li.dataset.rule + ': ' + li.querySelector('.msg').textContent; }).join('\\n');
    }
    for (const art of $$('article.file')) {
      const n = perFile.get(art.dataset.file) || 0;
      art.hidden = n === 0;
      art.dataset.visibleCount = String(n);
      art.querySelector('.visible-count').textContent = String(n);
    }
    for (const tr of $$('#by-file tr[data-file]')) {
      const n = perFile.get(tr.dataset.file) || 0;
      tr.dataset.visibleCount = String(n);
      tr.classList.toggle('dim', n === 0);
    }
    for (const el of $$('#by-rule tr[data-rule], .chart g.bar')) el.classList.toggle('dim', !perRule.get(el.dataset.rule));
    shown.dataset.count = String(visible.size);
    shown.textContent = 'Showing ' + visible.size + ' of ' + total + ' problem' + (total === 1 ? '' : 's');
  }
  for (const b of sevBoxes.concat(ruleBoxes)) b.addEventListener('change', apply);
  for (const btn of $$('button[data-rules]')) btn.addEventListener('click', () => {
    for (const b of ruleBoxes) b.checked = btn.dataset.rules === 'all';
    apply();
  });
  for (const a of $$('a.loc')) a.addEventListener('click', () => {
    const li = a.closest('li');
    for (const mk of $$('mark.hl')) mk.classList.toggle('flash', mk.dataset.ids.split(' ').includes(li.dataset.id));
  });
  for (const mk of $$('mark.hl')) mk.addEventListener('click', () => {
    const id = mk.dataset.ids.split(' ').find((x) => !byId.get(x).hidden);
    const li = id && byId.get(id);
    if (!li) return;
    li.scrollIntoView({ block: 'nearest' });
    li.classList.add('flash');
    setTimeout(() => li.classList.remove('flash'), 1200);
  });
  apply();
})();
`;

function generatedAt(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const html: Formatter = (results, { cwd, rulesMeta }) => {
  const { files, rules } = collect(results, cwd);
  const ruleList = [...rules.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.ruleId.localeCompare(b.ruleId));
  const errors = files.reduce((n, f) => n + f.errors, 0);
  const warnings = files.reduce((n, f) => n + f.warnings, 0);
  const problems = errors + warnings;
  const fixable = ruleList.reduce((n, r) => n + r.fixable, 0);
  const withProblems = files.filter((f) => f.findings.length);
  const version = packageInfo().version;

  const card = (id: string, cls: string, n: number, label: string) =>
    `<div class="card ${cls}" data-testid="${id}" data-count="${n}"><span class="num">${n}</span>${label}</div>`;

  const ruleRows = ruleList
    .map((r) => {
      const meta = rulesMeta[r.ruleId];
      const desc = r.ruleId === FATAL_RULE ? 'The file could not be linted (unreadable, binary or too large).' : (meta?.description ?? '');
      return `<tr data-rule="${esc(r.ruleId)}" data-count="${r.errors + r.warnings}" data-errors="${r.errors}" data-warnings="${r.warnings}" data-fixable="${r.fixable}"><td><code>${esc(r.ruleId)}</code></td><td>${esc(desc)}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td><td class="n">${r.errors + r.warnings}</td><td class="n">${r.fixable}</td></tr>`;
    })
    .join('\n');

  const fileRows = files
    .map((f) => {
      const name = f.findings.length ? `<a href="#file-${f.index}">${esc(f.path)}</a>` : esc(f.path);
      return `<tr data-file="${esc(f.path)}" data-count="${f.findings.length}" data-errors="${f.errors}" data-warnings="${f.warnings}"${f.findings.length ? '' : ' class="clean"'}><td>${name}</td><td class="n">${f.errors}</td><td class="n">${f.warnings}</td><td class="n">${f.findings.length}</td></tr>`;
    })
    .join('\n');

  const articles = withProblems
    .map((f) => {
      const list = f.findings.map((x) => findingHtml(x, f.text, rulesMeta[x.ruleId])).join('\n');
      const body = f.text !== undefined ? `<pre class="text">${highlightedText(f.text, f.findings)}</pre>` : '<div class="notext">The text of this file is not available.</div>';
      return (
        `<article class="file" id="file-${f.index}" data-file="${esc(f.path)}" data-count="${f.findings.length}" data-errors="${f.errors}" data-warnings="${f.warnings}">` +
        `<h3><span class="path">${esc(f.path)}</span><span class="counts"><span class="visible-count">${f.findings.length}</span> shown · ${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')}</span></h3>` +
        `<div class="cols"><ol class="findings">${list}</ol>${body}</div></article>`
      );
    })
    .join('\n');

  const severityFilter = ['error', 'warning']
    .map((s) => `<label><input type="checkbox" checked data-filter-severity="${s}"> ${s}s (${s === 'error' ? errors : warnings})</label>`)
    .join(' ');
  const ruleFilter = ruleList
    .map((r) => `<label data-rule="${esc(r.ruleId)}"><input type="checkbox" checked data-filter-rule="${esc(r.ruleId)}"> ${esc(r.ruleId)} (${r.errors + r.warnings})</label>`)
    .join(' ');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="articlelint ${esc(version)}">
<title>articlelint report: ${plural(problems, 'problem')} in ${plural(withProblems.length, 'file')}</title>
<style>${STYLE}</style>
</head>
<body data-problems="${problems}" data-errors="${errors}" data-warnings="${warnings}" data-fixable="${fixable}" data-files="${files.length}" data-files-with-problems="${withProblems.length}">
<header>
<h1>articlelint report</h1>
<p class="meta">${plural(files.length, 'file')} linted · ${plural(withProblems.length, 'file')} with problems · generated ${generatedAt()} by articlelint ${esc(version)}</p>
<div class="cards">
${card('problems', '', problems, ' problems')}
${card('errors', 'err', errors, ' errors')}
${card('warnings', 'warn', warnings, ' warnings')}
${card('fixable', '', fixable, ' fixable with --fix')}
${card('files', '', files.length, ` files (${withProblems.length} with problems)`)}
</div>
</header>
<main>
<section id="filters" aria-label="Filters">
<fieldset><legend>Severity</legend>${severityFilter}</fieldset>
<fieldset><legend>Rules</legend>${ruleFilter || '<span class="meta">none</span>'} <button type="button" data-rules="all">all</button> <button type="button" data-rules="none">none</button></fieldset>
<p id="shown" data-count="${problems}">Showing ${problems} of ${plural(problems, 'problem')}</p>
</section>
<section id="by-rule">
<h2>Findings per rule</h2>
${ruleList.length ? `${chartSvg(ruleList)}<div class="legend"><i style="background:var(--err)"></i>errors<i style="background:#d69e2e"></i>warnings</div>` : '<p>No problems found.</p>'}
<table><thead><tr><th>Rule</th><th>Description</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Total</th><th class="n">Fixable</th></tr></thead>
<tbody>
${ruleRows}
</tbody></table>
</section>
<section id="by-file">
<h2>Findings per file</h2>
<table><thead><tr><th>File</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Total</th></tr></thead>
<tbody>
${fileRows}
</tbody></table>
</section>
<section id="articles">
<h2>Articles</h2>
${articles || '<p>No article has problems.</p>'}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

export default html;
