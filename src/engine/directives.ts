/**
 * Inline directives in Markdown, as HTML comments (plain text has no comment
 * syntax; use the suppressions file there):
 *
 *   <!-- articlelint-disable [rule-id, ...] -->
 *   <!-- articlelint-enable [rule-id, ...] -->
 *   <!-- articlelint-disable-next-line [rule-id, ...] -->
 *   <!-- articlelint-disable-line [rule-id, ...] -->
 *
 * No ids means every rule; text after ` -- ` is the justification. Silenced
 * findings are kept as `suppressedMessages` (ESLint's shape). A directive that
 * silences nothing can be reported (`--report-unused-disable-directives`).
 *
 * Fixes never touch a directive: a fix that would remove a comment, or the
 * lines a directive silences for the fixing rule, is cut short before them
 * (or dropped when it replaces text). Otherwise one pass could delete a
 * comment and the next pass the text it protected.
 */
import type { DocumentView, Fix, LintMessage } from '../types.js';
import { createMessage } from './runner.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: all rules. */
  rules: string[];
  /** Text after `--`, ESLint's justification. */
  justification: string;
  /** 1-based line of the comment. */
  line: number;
  start: number;
  end: number;
  used: boolean;
}

const COMMENT = /<!--\s*articlelint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirectives(doc: DocumentView): Directive[] {
  if (!doc.isMarkdown || !doc.source.includes('articlelint-')) return [];
  const out: Directive[] = [];
  for (const m of doc.source.matchAll(COMMENT)) {
    const start = m.index!;
    const [ids, ...why] = m[2]!.split(/--/);
    const rules = ids!
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const justification = why.join('--').trim();
    out.push({ kind: m[1] as Directive['kind'], rules, justification, line: doc.lineAt(start) + 1, start, end: start + m[0].length, used: false });
  }
  return out;
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** Is `ruleId` disabled at `line`, and by which directive? */
function disabledBy(directives: Directive[], ruleId: string, line: number): Directive | undefined {
  let block: Directive | undefined;
  for (const d of directives) {
    if (d.line > line) break;
    if (!covers(d, ruleId)) continue;
    if (d.kind === 'disable') block = d;
    else if (d.kind === 'enable') block = undefined;
  }
  if (block) return block;
  return directives.find((d) => covers(d, ruleId) && ((d.kind === 'disable-next-line' && d.line + 1 === line) || (d.kind === 'disable-line' && d.line === line)));
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  /** Findings a directive silenced, each with `suppressions: [{ kind: 'directive', justification }]`. */
  suppressed: LintMessage[];
}

export function applyDirectives(doc: DocumentView, messages: LintMessage[], reportUnused: 0 | 1 | 2 = 0): DirectiveOutcome {
  const directives = parseDirectives(doc);
  if (!directives.length) return { messages, suppressed: [] };
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const m of messages) {
    const by = m.ruleId && m.line !== undefined ? disabledBy(directives, m.ruleId, m.line) : undefined;
    if (by) {
      by.used = true;
      m.suppressions = [{ kind: 'directive', justification: by.justification }];
      suppressed.push(m);
      continue;
    }
    if (m.ruleId) keepDirectivesOutOfFixes(doc, directives, m);
    kept.push(m);
  }
  if (reportUnused) {
    for (const d of directives) {
      if (d.used || d.kind === 'enable') continue;
      const what = d.rules.length ? ` (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(', ')})` : '';
      kept.push(createMessage(doc, null, reportUnused, { message: `Unused articlelint-${d.kind} directive${what}.`, start: d.start, end: d.end }));
    }
  }
  return { messages: kept, suppressed };
}

/** Spans a fix from `ruleId` must leave alone: every directive comment and every line the rule is disabled on. */
function protectedSpans(doc: DocumentView, directives: Directive[], ruleId: string): [number, number][] {
  const spans: [number, number][] = directives.map((d) => [d.start, d.end]);
  for (const line of doc.lines) {
    if (disabledBy(directives, ruleId, line.index + 1)) spans.push([line.start, line.end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The fix cut short before the first protected span it reaches; undefined when nothing safe is left. */
function clip(fix: Fix, spans: [number, number][]): Fix | undefined {
  const [start, end] = fix.range;
  const hit = spans.find(([s, e]) => s < end && e > start);
  if (!hit) return fix;
  // A replacement cannot be split without changing its meaning; a removal can stop early.
  if (fix.text !== '' || hit[0] <= start) return undefined;
  return { range: [start, hit[0]], text: '' };
}

function keepDirectivesOutOfFixes(doc: DocumentView, directives: Directive[], m: LintMessage): void {
  if (!m.fix && !m.suggestions?.length) return;
  const spans = protectedSpans(doc, directives, m.ruleId!);
  if (m.fix) {
    const fix = clip(m.fix, spans);
    if (fix) m.fix = fix;
    else {
      delete m.fix;
      m.expected = undefined;
    }
  }
  if (m.suggestions?.length) {
    m.suggestions = m.suggestions.flatMap((s) => {
      const fix = clip(s.fix, spans);
      return fix ? [{ ...s, fix }] : [];
    });
    if (!m.suggestions.length) delete m.suggestions;
  }
}
